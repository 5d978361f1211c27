package org.itot.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.AtomicFileWriter;
import org.itot.validation.engine.FindingSummary;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.report.ElementPositions;
import org.itot.validation.report.SarifArtifacts;
import org.itot.validation.report.ValidationReport;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackProblem;

/**
 * {@code itot validate}: checks a model against the rule catalogue and any user rule packs, the same
 * validator the desktop runs, and reports in the format CI tools read. The exit status says whether
 * anything at or above the fail level was found.
 */
public final class ValidateCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit");
    private static final List<Option> OPTIONS = List.of(Option.value("--rules").repeatable(), Option.value("--format"),
            Option.value("--output").alias("-o"), Option.flag("--force"), Option.value("--fail-on"),
            Option.flag("--keep-going"), Option.flag("--completeness"));

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check a model against the rule catalogue (and your rule packs)";
    }

    @Override
    public String usage() {
        return "Usage: itot validate MODEL.itot [--rules FILE.ocl]... [--format text|json|sarif|junit]\n"
                + "                     [--output FILE [--force]] [--fail-on error|warning|info] [--keep-going]\n"
                + "       itot validate MODEL.itot --completeness [--format text|json] [--output FILE [--force]]\n"
                + "\n"
                + "Check a model against the built-in rules (segmentation, boundary protection, remote access,\n"
                + "protocols, monitoring, identity, operations, security levels) and your rule packs\n"
                + "(see docs/RULE-PACKS.md). The model's own rule settings and waivers apply.\n"
                + "\n"
                + "Options:\n"
                + "  --rules FILE.ocl   also run the rules of this pack (repeatable); a broken rule is reported\n"
                + "                     once, with file, line, column and what was expected, and every other\n"
                + "                     rule still runs\n"
                + "  --keep-going       a rule pack with problems is not bad input: exit by the findings of the\n"
                + "                     rules that ran; the problems are still in the report (as errors)\n"
                + "  --format FORMAT    text (default), json (docs/schemas/validate.schema.json), sarif (SARIF\n"
                + "                     2.1.0, located by line) or junit (JUnit XML, one test case per rule,\n"
                + "                     disabled rules skipped, rule pack problems as errors)\n"
                + "  -o, --output FILE  write the report to FILE instead of standard output; never the model or a\n"
                + "                     rule pack\n"
                + "  --force            overwrite FILE if it exists\n"
                + "  --fail-on LEVEL    error (default), warning or info: the exit status is 1 when a finding\n"
                + "                     at or above LEVEL is open (accepted findings never count)\n"
                + "  --completeness     instead of the findings, list for each rule what the model lacks for it to\n"
                + "                     decide (input, where, on how many elements) and where to enter it; the exit\n"
                + "                     status is 1 when an input is missing (unless accepted), 0 when none is\n"
                + "\n"
                + "Exit status: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input\n"
                + "(unreadable model, missing rule pack, a rule pack with problems or without rules unless\n"
                + "--keep-going, unknown option, a report that exists, is an input or cannot be written; the\n"
                + "report of a run with a rule pack's problems is still written), " + Cli.EXIT_INTERNAL
                + " internal error.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        CommandLine line = CommandLine.parse(args, OPTIONS);
        Path modelFile = CommandArguments.modelFile(CommandArguments.single(line, "model",
                "itot validate MODEL.itot [options]"));
        List<Path> packs = new ArrayList<>();
        for (String pack : line.values("--rules")) {
            packs.add(CommandArguments.existingFile(pack, "rule pack"));
        }
        String format = line.has("--format") ? CommandArguments.format(line.value("--format"), FORMATS) : "text";
        int failOn = line.has("--fail-on") ? failLevel(line.value("--fail-on")) : Diagnostic.ERROR;
        Path output = line.has("--output") ? CommandArguments.path(line.value("--output")) : null;
        if (output != null) {
            List<CommandArguments.Input> inputs = new ArrayList<>();
            inputs.add(new CommandArguments.Input(modelFile, "the model"));
            packs.forEach(pack -> inputs.add(new CommandArguments.Input(pack, "a rule pack")));
            CommandArguments.checkOutput(output, line.has("--force"), inputs);
        }
        // The rule catalogue is parsed while the model loads: two cold starts side by side on two cores.
        Catalogue.parseBuiltInInBackground();
        // Diagram views of missing elements load marked; the loader says so on standard error, beside the report.
        ArchitectureModel model = CommandArguments.load(modelFile, name(), err);
        // Unlike the other commands, validate reports a pack's problems in its report (and exits 2) instead of refusing.
        List<RulePack> userPacks = CommandArguments.readPacks(packs);
        ModelFindings.Configuration configuration = new ModelFindings.Configuration(userPacks, Map.of());
        List<RulePackProblem> problems = configuration.problems();
        boolean packRefused = userPacks.stream().anyMatch(pack -> pack.diagnostic().getSeverity() >= Diagnostic.ERROR);
        ModelValidator validator = configuration.validator();
        ValidationReport report = ValidationReport.of(modelFile.toString(), validator,
                FindingSummary.disabledRules(model), ModelFindings.validate(model, validator), problems, Cli.version());
        if (line.has("--completeness")) {
            List<RuleDefinition> rules = validator.rules().stream().map(CompiledRule::definition).distinct().toList();
            return CompletenessCommand.report(modelFile.toString(), rules, report.findings(), format, output, out, err,
                    packRefused);
        }
        if ("json".equals(format)) {
            // Streamed: the JSON of a large plant's findings is tens of megabytes, never held whole in memory.
            writeStreaming(output, out, report::writeJson);
        } else {
            String text = switch (format) {
            case "sarif" -> report.toSarif(SarifArtifacts.against(Path.of("")), positions(modelFile));
            case "junit" -> report.toJUnit(failOn);
            default -> report.toText();
            };
            if (output == null) {
                out.print(text);
            } else {
                write(output, text);
            }
        }
        if (output != null && !"text".equals(format)) {
            err.print(report.summaryLine() + "\n");
        }
        for (RulePackProblem problem : problems) {
            if (output != null || !"text".equals(format)) {
                err.println("itot validate: " + problem);
            }
        }
        if (packRefused && !line.has("--keep-going")) {
            // A pack that lost rules (or has none) must not let a CI gate pass on what it did not check.
            err.println("itot validate: a rule pack has problems (listed in the report); the rules they concern did "
                    + "not run. Fix the pack, or add --keep-going to judge the run by the rules that ran");
            return Cli.EXIT_USAGE;
        }
        return report.countAtLeast(failOn) > 0 ? Cli.EXIT_FAILURE : Cli.EXIT_OK;
    }

    /**
     * Where each element starts in the model file, for SARIF regions; a file that cannot be read as text again (it
     * changed meanwhile) gives results without regions rather than failing the report.
     */
    static ElementPositions positions(Path modelFile) {
        try {
            return ElementPositions.of(Files.readString(modelFile));
        } catch (IOException e) {
            return ElementPositions.NONE;
        }
    }

    /** The level of a {@code --fail-on} option, as validate and merge take it. */
    static int failLevel(String text) throws UsageException {
        return switch (text) {
        case "error" -> Diagnostic.ERROR;
        case "warning" -> Diagnostic.WARNING;
        case "info" -> Diagnostic.INFO;
        default -> throw new UsageException("--fail-on takes error, warning or info, not '" + text + "'");
        };
    }

    /**
     * An unwritable report is bad input (a wrong path), like an unreadable model: exit status 2, because status 1
     * means findings to a CI gate.
     */
    /**
     * Writes a report as it is made: into {@code output} (atomically, like {@link #write(Path, String)}) or, without
     * one, to standard output in its encoding, as {@code out.print} would.
     */
    static void writeStreaming(Path output, PrintStream out, Consumer<Appendable> report) throws UsageException {
        if (output == null) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, out.charset()));
            report.accept(writer);
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try {
            AtomicFileWriter.write(output, stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                try {
                    report.accept(writer);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                writer.flush();
            });
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void write(Path output, String text) throws UsageException {
        try {
            AtomicFileWriter.write(output, text);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
