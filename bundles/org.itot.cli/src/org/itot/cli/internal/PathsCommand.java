package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.analysis.paths.PathText;
import org.itot.analysis.paths.UnknownElementException;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.model.ArchitectureModel;

/**
 * {@code itot paths}: the attack paths of a model from its entry points to its level 0-2 and safety
 * assets, weakest first, with the barriers and monitoring each crosses.
 */
public final class PathsCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json");
    private static final List<Option> OPTIONS = List.of(Option.value("--from"), Option.value("--to"),
            Option.value("--max"), Option.value("--per-target"), Option.value("--fail-under"), Option.value("--format"));

    @Override
    public String name() {
        return "paths";
    }

    @Override
    public String summary() {
        return "List attack paths from entry points to level 0-2 and safety assets, weakest first";
    }

    @Override
    public String usage() {
        return "Usage: itot paths MODEL.itot [--from ID|NAME] [--to ID|NAME] [--max N] [--per-target N]\n"
                + "                  [--fail-under BARRIERS] [--format text|json]\n"
                + "\n"
                + "List the ways an attacker could get from the model's entry points (Internet, enterprise users,\n"
                + "remote vendors, wireless, transient devices) to its level 0-2 and safety assets over conduits,\n"
                + "flows and dual-homed hosts, weakest first: fewest independent barriers (an HA pair or the same\n"
                + "firewall twice counts once), then fewest monitored hops, then fewest hops.\n"
                + "\n"
                + "Options:\n"
                + "  --from ENTRY       an entry kind (internet, enterprise, vendor, wireless, transient) or the\n"
                + "                     id or name of an asset or zone to start from\n"
                + "  --to TARGET        the id or name of an asset or zone (all its assets) to reach\n"
                + "  --max N            list at most N paths (default " + PathQuery.DEFAULT_TOTAL + ")\n"
                + "  --per-target N     keep at most N paths per entry point and target (default "
                + PathQuery.DEFAULT_PER_PAIR + ")\n"
                + "  --fail-under B     exit status 1 when a listed path crosses fewer than B barriers\n"
                + "  --format FORMAT    text (default) or json\n"
                + "\n"
                + "The search is bounded (" + PathQuery.DEFAULT_MAX_HOPS + " hops, "
                + PathQuery.DEFAULT_MAX_EXPANSIONS + " expanded partial paths per entry point); the report says\n"
                + "when a limit cut it short.\n"
                + "\n"
                + "Exit status: 0 paths listed, 1 a path below --fail-under, 2 bad input (unreadable model,\n"
                + "unknown --from or --to, unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        CommandLine line = CommandLine.parse(args, OPTIONS);
        Path modelFile = CommandArguments.modelFile(CommandArguments.single(line, "model",
                "itot paths MODEL.itot [options]"));
        PathQuery query = PathQuery.defaults();
        if (line.has("--from")) {
            query = query.from(line.value("--from"));
        }
        if (line.has("--to")) {
            query = query.to(line.value("--to"));
        }
        if (line.has("--max")) {
            query = query.total(CommandArguments.positive(line.value("--max"), "--max"));
        }
        if (line.has("--per-target")) {
            query = query.perPair(CommandArguments.positive(line.value("--per-target"), "--per-target"));
        }
        int failUnder = line.has("--fail-under") ? CommandArguments.nonNegative(line.value("--fail-under"),
                "--fail-under") : 0;
        String format = line.has("--format") ? CommandArguments.format(line.value("--format"), FORMATS) : "text";
        ArchitectureModel model = CommandArguments.load(modelFile, name(), err);
        PathReport report;
        try {
            report = AttackPaths.analyse(model, query);
        } catch (UnknownElementException e) {
            throw new UsageException(modelFile + ": " + e.getMessage());
        }
        out.print("json".equals(format) ? PathText.toJson(report) : PathText.toText(report));
        int threshold = failUnder;
        return report.paths().stream().anyMatch(path -> path.barriers() < threshold) ? Cli.EXIT_FAILURE : Cli.EXIT_OK;
    }
}
