package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.compare.DiffText;
import org.itot.compare.ModelComparison;
import org.itot.compare.ModelDiff;

/**
 * {@code itot diff}: as-is against to-be. What changed between two models and which findings and
 * attack paths appeared or disappeared, the roadmap view of a phased upgrade.
 */
public final class DiffCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json");

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "Compare two models: changed elements, findings and attack paths that appeared or disappeared";
    }

    @Override
    public String usage() {
        return "Usage: itot diff OLD.itot NEW.itot [--rules FILE.ocl]... [--format text|json]\n"
                + "\n"
                + "Compare two models (as-is and to-be, or two revisions of one file). Elements are matched by id\n"
                + "and listed as added, removed or changed (with the features that changed); both models are\n"
                + "validated as 'itot validate' does (built-in rules, the packs given, each model's rule settings\n"
                + "and waivers) and the findings that appeared or disappeared are listed;\n"
                + "attack paths (see 'itot paths') are matched by entry point, target and hop elements.\n"
                + "A model may be REV:PATH, the file PATH as it was at a revision of the Git repository around it:\n"
                + "itot diff HEAD~3:plant.itot plant.itot\n"
                + "\n"
                + "Options:\n"
                + "  --rules FILE.ocl   also run the rules of this pack on both models (repeatable)\n"
                + "  --format FORMAT    text (default) or json\n"
                + "\n"
                + "Exit status: 0 compared, 2 bad input (unreadable model, unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        CommandLine line = CommandLine.parse(args, List.of(Option.value("--format"), Option.value("--rules").repeatable()));
        String format = line.has("--format") ? CommandArguments.format(line.value("--format"), FORMATS) : "text";
        List<Path> packs = new ArrayList<>();
        for (String pack : line.values("--rules")) {
            packs.add(CommandArguments.existingFile(pack, "rule pack"));
        }
        List<String> given = line.positionals();
        if (given.size() > 2) {
            throw new UsageException("two models to compare; got a third, '" + given.get(2) + "'");
        }
        if (given.size() != 2) {
            throw new UsageException("two models needed; usage: itot diff OLD.itot NEW.itot [--format text|json]");
        }
        for (String file : given) {
            ModelRevision.check(file);
        }
        ModelDiff diff = ModelComparison.compare(ModelRevision.load(given.get(0), name(), err),
                ModelRevision.load(given.get(1), name(), err), CommandArguments.rules(packs));
        out.print("json".equals(format) ? DiffText.toJson(diff) : DiffText.toText(diff));
        return Cli.EXIT_OK;
    }
}
