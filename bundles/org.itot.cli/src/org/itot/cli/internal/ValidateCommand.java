package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.LoadWarning;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.report.ValidationReport;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePackProblem;

/**
 * {@code itot validate}: checks a model against the rule catalogue and any user rule packs, the same
 * validator the desktop runs, and reports in the format CI tools read. The exit status says whether
 * anything at or above the fail level was found.
 */
public final class ValidateCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit");

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
                + "                     [--output FILE] [--fail-on error|warning|info]\n"
                + "\n"
                + "Check a model against the built-in rules (segmentation, boundary protection, remote access,\n"
                + "protocols, monitoring, identity, operations, security levels) and your rule packs\n"
                + "(see docs/RULE-PACKS.md). The model's own rule settings and waivers apply.\n"
                + "\n"
                + "Options:\n"
                + "  --rules FILE.ocl   also run the rules of this pack (repeatable); a broken rule is reported\n"
                + "                     with file, line and column, and every other rule still runs\n"
                + "  --format FORMAT    text (default), json, sarif (SARIF 2.1.0) or junit (JUnit XML, one\n"
                + "                     test case per rule)\n"
                + "  -o, --output FILE  write the report to FILE instead of standard output\n"
                + "  --fail-on LEVEL    error (default), warning or info: the exit status is 1 when a finding\n"
                + "                     at or above LEVEL is open (accepted findings never count)\n"
                + "\n"
                + "Exit status: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input\n"
                + "(unreadable model, missing rule pack, unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Path modelFile = null;
        List<Path> packs = new ArrayList<>();
        String format = "text";
        Path output = null;
        int failOn = Diagnostic.ERROR;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
            case "--rules" -> packs.add(
                    CommandArguments.existingFile(CommandArguments.value(args, ++i, arg), "rule pack"));
            case "--format" -> {
                format = CommandArguments.value(args, ++i, arg);
                if (!FORMATS.contains(format)) {
                    throw new UsageException("unknown format '" + format + "' (known: " + String.join(", ", FORMATS) + ")");
                }
            }
            case "-o", "--output" -> output = CommandArguments.path(CommandArguments.value(args, ++i, arg));
            case "--fail-on" -> failOn = failLevel(CommandArguments.value(args, ++i, arg));
            default -> {
                if (arg.startsWith("-")) {
                    throw new UsageException("unknown option '" + arg + "'");
                }
                if (modelFile != null) {
                    throw new UsageException("one model at a time; got '" + modelFile + "' and '" + arg + "'");
                }
                modelFile = CommandArguments.existingFile(arg, "model");
            }
            }
        }
        if (modelFile == null) {
            throw new UsageException("no model given; usage: itot validate MODEL.itot [options]");
        }

        ArchitectureModel model;
        try {
            model = ModelFiles.load(modelFile);
        } catch (ModelLoadException e) {
            throw new UsageException(e.getMessage());
        }
        // Diagram views of missing elements load marked; say so on standard error, beside the report.
        for (LoadWarning warning : ModelFiles.warnings(model)) {
            err.println("itot validate: warning: " + warning.getMessage());
        }
        ModelFindings.Configuration configuration = CommandArguments.rules(packs);
        List<RulePackProblem> problems = configuration.problems();
        ModelValidator validator = configuration.validator();
        List<RuleDefinition> rules = validator.rules().stream().map(CompiledRule::definition).distinct().toList();
        ValidationReport report = new ValidationReport(modelFile.toString(), rules,
                ModelFindings.validate(model, validator), problems, Cli.version());
        String text = switch (format) {
        case "json" -> report.toJson();
        case "sarif" -> report.toSarif();
        case "junit" -> report.toJUnit(failOn);
        default -> report.toText();
        };
        if (output == null) {
            out.print(text);
        } else {
            write(output, text);
            if (!"text".equals(format)) {
                err.print(report.toText().lines().reduce((first, second) -> second).orElse("") + "\n");
            }
        }
        for (RulePackProblem problem : problems) {
            if (output != null || !"text".equals(format)) {
                err.println("itot validate: " + problem);
            }
        }
        return report.countAtLeast(failOn) > 0 ? Cli.EXIT_FAILURE : Cli.EXIT_OK;
    }

    private static int failLevel(String text) throws UsageException {
        return switch (text) {
        case "error" -> Diagnostic.ERROR;
        case "warning" -> Diagnostic.WARNING;
        case "info" -> Diagnostic.INFO;
        default -> throw new UsageException("--fail-on takes error, warning or info, not '" + text + "'");
        };
    }

    /** An unwritable report is bad input (a wrong path), like an unreadable model: exit status 2. */
    private static void write(Path output, String text) throws UsageException {
        try {
            Path parent = output.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(parent, "." + output.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }
}
