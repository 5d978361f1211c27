package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itot.asbuilt.Adoption;
import org.itot.asbuilt.Reconcile;
import org.itot.asbuilt.TrafficReconciliation;
import org.itot.asbuilt.config.ConfigFormat;
import org.itot.asbuilt.config.ConfigReadException;
import org.itot.asbuilt.traffic.ReadSummary;
import org.itot.asbuilt.traffic.TrafficReadException;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.export.excel.RegisterExporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.report.SarifArtifacts;
import org.itot.validation.report.ValidationReport;

/**
 * {@code itot reconcile}: the model against the traffic seen on the plant and the devices' configurations (as built vs
 * as designed), reported like
 * {@code itot validate}; with {@code --adopt} the unknown hosts and undocumented sessions become part of the model.
 */
public final class ReconcileCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "xlsx");
    private static final List<Option> OPTIONS = List.of(Option.value("--traffic").repeatable(),
            Option.value("--config").repeatable(), Option.value("--config-format"),
            Option.value("--format"), Option.value("--output").alias("-o"), Option.flag("--force"),
            Option.value("--fail-on"), Option.flag("--strict"), Option.flag("--adopt"),
            Option.value(ReconcileDrawing.DRAWING), Option.value(ReconcileDrawing.DIAGRAM));

    @Override
    public String name() {
        return "reconcile";
    }

    @Override
    public String summary() {
        return "Compare a model with the traffic seen on the plant (as built vs as designed)";
    }

    @Override
    public String usage() {
        return "Usage: itot reconcile MODEL.itot [--traffic FILE]... [--config DEVICE=FILE]... [--config-format F]\n"
                + "                      [--format text|json|sarif|junit|xlsx] [--output FILE [--force]]\n"
                + "                      [--fail-on error|warning|info] [--strict] [--adopt]\n"
                + "                      [--drawing FILE.svg|png|pdf|drawio [--diagram NAME]]\n"
                + "\n"
                + "Compare the model with what the plant really does: sessions no flow documents (ASB-01, an error\n"
                + "across zones, a warning inside one), hosts the model does not know (ASB-02), flows never seen in\n"
                + "the capture window (ASB-03). Each finding carries its evidence: file, line, count, first and\n"
                + "last seen; a session that would also break a design rule says which. Addresses and subnets of\n"
                + "the model's interfaces (and their VLANs) identify assets and zones; ports name the protocol from\n"
                + "the model's library. A device's configuration is compared with the device's rule set in the\n"
                + "model by first match over the same packet space (not as text): permits the model denies\n"
                + "(ASB-04, error), model permits the device lacks (ASB-05), device rules shadowed by earlier ones\n"
                + "or matching nothing (ASB-06), device interfaces or addresses that disagree with the model\n"
                + "(ASB-07). The model's rule settings and waivers apply.\n"
                + "\n"
                + "Options:\n"
                + "  --traffic FILE     a Zeek conn.log (TSV or JSON), a Suricata eve.json (flow and netflow events),\n"
                + "                     a flow CSV (source, destination, protocol, port [, count, first_seen,\n"
                + "                     last_seen]) or a pcap/pcapng capture; gzip-compressed too; repeatable;\n"
                + "                     format detected\n"
                + "  --config DEVICE=FILE  the configuration of DEVICE (an asset of the model, by id or name);\n"
                + "                     iptables-save output or nft -j list ruleset (JSON); repeatable; format\n"
                + "                     detected\n"
                + "  --config-format F  read every --config as F (" + ConfigFormat.words() + ")\n"
                + "  --format FORMAT    text (default), json (validate's shape, an evidence object per finding, and\n"
                + "                     the inputs read), sarif, junit, or xlsx: the Excel register of the model\n"
                + "                     with a Reconciliation sheet (a row per finding with its evidence; needs\n"
                + "                     --output FILE.xlsx)\n"
                + "  -o, --output FILE  write the report to FILE instead of standard output\n"
                + "  --force            overwrite FILE if it exists\n"
                + "  --fail-on LEVEL    error (default), warning or info: exit 1 when an open finding is at or\n"
                + "                     above LEVEL\n"
                + "  --strict           a line that cannot be read is fatal (exit 2) instead of counted and skipped\n"
                + "  --adopt            add the unknown hosts (in the zone whose subnet holds them, named and\n"
                + "                     described as discovered) and the undocumented sessions (as flows) to the\n"
                + "                     model, as one undoable change, and save it (atomically, the previous\n"
                + "                     version kept as .bak)\n"
                + "  --drawing FILE     also write a diagram with the undocumented sessions drawn dashed between\n"
                + "                     their ends' boxes (unknown hosts as small dashed boxes in their zone) and a\n"
                + "                     legend with the counts, sessions with an end on no box left out and counted;\n"
                + "                     the format follows the extension: .svg, .png, .pdf or .drawio (needs\n"
                + "                     --traffic; --force to overwrite)\n"
                + "  --diagram NAME     the diagram (name or id) of --drawing; default: the model's first diagram\n"
                + "\n"
                + "Exit status: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input\n"
                + "(unreadable model, a file that is no traffic format, an unreadable line with --strict, unknown\n"
                + "option; nothing is changed then), " + Cli.EXIT_INTERNAL + " internal error.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine line = CommandLine.parse(args, OPTIONS);
        Path modelFile = CommandArguments.modelFile(CommandArguments.single(line, "model",
                "itot reconcile MODEL.itot --traffic FILE... [options]"));
        List<Path> traffic = new ArrayList<>();
        List<CommandArguments.Input> inputs = new ArrayList<>(List.of(new CommandArguments.Input(modelFile,
                "the model")));
        for (String file : line.values("--traffic")) {
            Path path = CommandArguments.existingFile(file, "traffic file");
            traffic.add(path);
            inputs.add(new CommandArguments.Input(path, "a traffic file"));
        }
        List<String[]> configArguments = new ArrayList<>();
        for (String argument : line.values("--config")) {
            int equals = argument.indexOf('=');
            if (equals <= 0 || equals == argument.length() - 1) {
                throw new UsageException("--config takes DEVICE=FILE (the device's id or name in the model), not '"
                        + argument + "'");
            }
            Path path = CommandArguments.existingFile(argument.substring(equals + 1), "configuration");
            inputs.add(new CommandArguments.Input(path, "a configuration"));
            configArguments.add(new String[] { argument.substring(0, equals), path.toString() });
        }
        if (traffic.isEmpty() && configArguments.isEmpty()) {
            throw new UsageException("nothing to compare with: give --traffic FILE and/or --config DEVICE=FILE");
        }
        ConfigFormat forced = null;
        if (line.has("--config-format")) {
            forced = ConfigFormat.of(line.value("--config-format"));
            if (forced == null) {
                throw new UsageException("--config-format takes " + ConfigFormat.words() + ", not '"
                        + line.value("--config-format") + "'");
            }
        }
        String format = line.has("--format") ? CommandArguments.format(line.value("--format"), FORMATS) : "text";
        int failOn = ValidateCommand.failLevel(line.has("--fail-on") ? line.value("--fail-on") : "error");
        Path output = line.has("--output") ? CommandArguments.path(line.value("--output")) : null;
        if (format.equals("xlsx") && (output == null || !output.getFileName().toString().endsWith(".xlsx"))) {
            throw new UsageException("--format xlsx writes a workbook: give --output FILE.xlsx");
        }
        if (output != null) {
            CommandArguments.checkOutput(output, line.has("--force"), inputs);
        }
        ReconcileDrawing.Request drawing = ReconcileDrawing.request(line, !traffic.isEmpty(), output, inputs);
        ArchitectureModel model = CommandArguments.load(modelFile, "reconcile", err);
        Diagram drawn = drawing == null ? null : ReconcileDrawing.diagram(drawing, model, modelFile);
        Map<Asset, Path> configs = new LinkedHashMap<>();
        for (String[] config : configArguments) {
            try {
                configs.put(Reconcile.device(model, config[0]), Path.of(config[1]));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--config " + config[0] + "=" + config[1] + ": " + e.getMessage());
            }
        }
        Reconcile.Result result;
        try {
            result = Reconcile.run(model, traffic, configs, forced, line.has("--strict"), null);
        } catch (TrafficReadException | ConfigReadException e) {
            throw new UsageException(e.getMessage() + "; nothing was changed");
        } catch (IOException e) {
            throw new UsageException("cannot read " + e.getMessage() + "; nothing was changed");
        }
        for (ReadSummary summary : result.inputs()) {
            err.println("itot reconcile: " + Reconcile.describe(summary));
        }
        for (String note : result.notes()) {
            err.println("itot reconcile: not compared: " + note);
        }
        if (result.sessions().dropped() > 0) {
            err.println("itot reconcile: warning: more than " + result.sessions().limit() + " distinct sessions; "
                    + result.sessions().dropped() + " records of further sessions were counted but not compared");
        }
        if (drawing != null) {
            // Before --adopt, which documents the sessions this drawing shows.
            ReconcileDrawing.write(drawing, drawn, result.traffic(), err);
        }
        ValidationReport report = Reconcile.report(modelFile.toString(), model, result.findings(), Cli.version());
        if (format.equals("xlsx")) {
            register(model, output, result.findings(), err);
            err.print(report.summaryLine() + "\n");
            if (line.has("--adopt")) {
                adopt(model, modelFile, result.traffic(), err);
            }
            return report.countAtLeast(failOn) > 0 ? Cli.EXIT_FAILURE : Cli.EXIT_OK;
        }
        String text = switch (format) {
        case "json" -> Reconcile.json(report, result);
        case "sarif" -> report.toSarif(SarifArtifacts.against(Path.of("")), ValidateCommand.positions(modelFile));
        case "junit" -> report.toJUnit(failOn);
        default -> (traffic.isEmpty() ? "" : "capture window " + result.traffic().windowText() + "\n")
                + report.toText();
        };
        if (output == null) {
            out.print(text);
        } else {
            ValidateCommand.write(output, text);
            err.print(report.summaryLine() + "\n");
        }
        if (line.has("--adopt")) {
            adopt(model, modelFile, result.traffic(), err);
        }
        return report.countAtLeast(failOn) > 0 ? Cli.EXIT_FAILURE : Cli.EXIT_OK;
    }

    /**
     * The model's register, as {@code itot export excel} writes it (the Findings sheet from the built-in rules), with the
     * reconciliation's findings on a sheet of their own: reconcile is where its inputs are given, so the workbook is
     * one of its report formats rather than an option of the export.
     */
    private static void register(ArchitectureModel model, Path output, List<RuleDiagnostic> reconciliation,
            PrintStream err) throws UsageException, CommandFailedException {
        List<RuleDiagnostic> found = ModelFindings.findings(model, CommandArguments.rules(List.of()));
        try {
            RegisterExporter.Result written = RegisterExporter.write(model, new RegisterExporter.Options(Cli.version(),
                    Instant.now(), found, reconciliation), output);
            err.println("itot reconcile: wrote " + output + " (" + written.rows().get(
                    RegisterLayout.Reconciliation.SHEET.name()) + " reconciliation findings, sheet "
                    + RegisterLayout.Reconciliation.SHEET.name() + ")");
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new CommandFailedException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private static void adopt(ArchitectureModel model, Path modelFile, TrafficReconciliation traffic, PrintStream err)
            throws CommandFailedException {
        Adoption adoption = new Adoption(model, traffic);
        for (TrafficReconciliation.UnknownHost host : adoption.notAdopted()) {
            err.println("itot reconcile: not adopted: " + host.address() + " is in no zone's subnet; add it where it "
                    + "belongs by hand");
        }
        if (!adoption.execute()) {
            err.println("itot reconcile: nothing to adopt; " + modelFile + " is unchanged");
            return;
        }
        CommandArguments.save(model, modelFile, "save the adopted hosts and sessions into", "reconcile");
        err.println("itot reconcile: adopted " + adoption.hosts().size() + " host(s) and " + adoption.flows().size()
                + " session(s) as flows into " + modelFile + " (named \"" + Adoption.DISCOVERED + " ...\"; review them)");
    }
}
