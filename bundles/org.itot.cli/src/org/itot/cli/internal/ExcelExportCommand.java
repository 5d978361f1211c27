package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.export.excel.RegisterExporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.model.ArchitectureModel;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/** {@code itot export excel}: writes a model's registers (assets, zones, conduits, flows, rules, findings) as .xlsx. */
public final class ExcelExportCommand implements CliCommand {

    @Override
    public String name() {
        return "excel";
    }

    @Override
    public String summary() {
        return "Excel register: assets, zones, conduits, flows, firewall rules, findings";
    }

    @Override
    public String usage() {
        return "Usage: itot export excel MODEL.itot -o FILE.xlsx [--rules FILE.ocl]... [--no-findings] [--force]\n"
                + "\n"
                + "Write the model's registers as one Excel workbook: sheets " + String.join(", ",
                        RegisterLayout.sheetNames().subList(0, 7)) + ".\n"
                + "'itot import excel' reads the Assets, Zones and Flows sheets back.\n"
                + "\n"
                + "Options:\n"
                + "  -o, --output FILE  the workbook to write; its name ends in .xlsx\n"
                + "  --rules FILE.ocl   also run the rules of this pack (repeatable), as 'itot validate --rules':\n"
                + "                     the Findings sheet lists what 'itot validate' reports, the model's rule\n"
                + "                     settings and waivers applied\n"
                + "  --no-findings      leave the Findings sheet empty (skips validating the model)\n"
                + "  --force            overwrite FILE if it exists\n"
                + "\n"
                + "Exit status: 0 written, 1 the workbook could not be written, 2 bad input (unreadable model,\n"
                + "unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine line = CommandLine.parse(args, List.of(Option.value("--output").alias("-o"),
                Option.flag("--no-findings"), Option.flag("--force"), Option.value("--rules").repeatable()));
        Path modelFile = CommandArguments.modelFile(CommandArguments.single(line, "model",
                "itot export excel MODEL.itot -o FILE.xlsx"));
        List<Path> packs = new ArrayList<>();
        for (String pack : line.values("--rules")) {
            packs.add(CommandArguments.existingFile(pack, "rule pack"));
        }
        if (!line.has("--output")) {
            throw new UsageException("no output file; give -o FILE.xlsx");
        }
        Path output = CommandArguments.path(line.value("--output"));
        if (!output.getFileName().toString().endsWith(".xlsx")) {
            throw new UsageException("the output file's name must end in .xlsx: " + output);
        }
        List<CommandArguments.Input> inputs = new ArrayList<>();
        inputs.add(new CommandArguments.Input(modelFile, "the model"));
        packs.forEach(pack -> inputs.add(new CommandArguments.Input(pack, "a rule pack")));
        CommandArguments.checkOutput(output, line.has("--force"), inputs);
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailedException("cannot write " + output + ": folder " + folder + " does not exist");
        }
        boolean findings = !line.has("--no-findings");
        ArchitectureModel model = CommandArguments.load(modelFile, "export " + name(), err);
        // The findings of itot validate with the same packs: one source of findings (issue 16).
        ModelFindings.Configuration rules = CommandArguments.rules(packs);
        List<RuleDiagnostic> found = findings ? ModelFindings.findings(model, rules) : List.of();
        RegisterExporter.Result result;
        try {
            result = RegisterExporter.write(model, new RegisterExporter.Options(Cli.version(), Instant.now(), found),
                    output);
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e); // names the workbook and the cause
        } catch (RuntimeException e) {
            throw new CommandFailedException("cannot write " + output + ": " + e.getMessage(), e);
        }
        out.println("Wrote " + output + ": " + result.rows().get("Assets") + " assets, " + result.rows().get("Zones")
                + " zones, " + result.rows().get("Conduits") + " conduits, " + result.rows().get("Flows") + " flows, "
                + result.rows().get("Firewall rules") + " firewall rules, " + result.rows().get("Findings")
                + " findings");
        return Cli.EXIT_OK;
    }
}
