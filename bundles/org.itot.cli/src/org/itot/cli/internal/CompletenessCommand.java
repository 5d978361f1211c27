package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.cli.Cli;
import org.itot.cli.UsageException;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.rules.RuleDefinition;

/** The {@code --completeness} part of {@code itot validate}, kept apart from the findings reports. */
final class CompletenessCommand {

    private CompletenessCommand() {
    }

    /**
     * Writes what each rule lacks to decide; exit status 1 when an input is missing and not accepted, 0 when the
     * model is complete, 2 when a rule pack has problems (its rules could not say what they lack).
     */
    static int report(String modelFile, List<RuleDefinition> rules, Diagnostic result, String format, Path output,
            PrintStream out, PrintStream err, boolean packRefused) throws UsageException {
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new UsageException("--completeness writes text or json, not " + format);
        }
        CompletenessReport report = new CompletenessReport(modelFile,
                ModelFindings.completeness(rules, ModelFindings.findings(result)), Cli.version());
        String text = "json".equals(format) ? report.toJson() : report.toText();
        if (output == null) {
            out.print(text);
        } else {
            ValidateCommand.write(output, text);
        }
        if (packRefused) {
            err.println("itot validate: a rule pack has problems; the rules they concern did not run");
            return Cli.EXIT_USAGE;
        }
        return report.complete() ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
    }
}
