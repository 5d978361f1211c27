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
import org.itot.export.excel.RegisterExporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.RulePackProblem;

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
        Path modelFile = null;
        Path output = null;
        boolean findings = true;
        boolean force = false;
        List<Path> packs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
            case "-o", "--output" -> output = CommandArguments.path(CommandArguments.value(args, ++i, arg));
            case "--no-findings" -> findings = false;
            case "--force" -> force = true;
            case "--rules" -> packs.add(
                    CommandArguments.existingFile(CommandArguments.value(args, ++i, arg), "rule pack"));
            default -> {
                if (arg.startsWith("--output=")) {
                    output = CommandArguments.path(arg.substring("--output=".length()));
                } else if (arg.startsWith("-")) {
                    throw new UsageException("unknown option '" + arg + "'");
                } else if (modelFile != null) {
                    throw new UsageException("one model at a time; got '" + modelFile + "' and '" + arg + "'");
                } else {
                    modelFile = CommandArguments.existingFile(arg, "model");
                }
            }
            }
        }
        if (modelFile == null) {
            throw new UsageException("no model given; usage: itot export excel MODEL.itot -o FILE.xlsx");
        }
        if (output == null) {
            throw new UsageException("no output file; give -o FILE.xlsx");
        }
        if (!output.getFileName().toString().endsWith(".xlsx")) {
            throw new UsageException("the output file's name must end in .xlsx: " + output);
        }
        if (Files.isDirectory(output)) {
            throw new UsageException(output + " is a folder");
        }
        if (Files.exists(output) && !force) {
            throw new UsageException(output + " already exists; add --force to overwrite it");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailedException("cannot write " + output + ": folder " + folder + " does not exist");
        }
        ArchitectureModel model;
        try {
            model = ModelFiles.load(modelFile);
        } catch (ModelLoadException e) {
            throw new UsageException(e.getMessage());
        }
        ModelFindings.Configuration rules = CommandArguments.rules(packs);
        for (RulePackProblem problem : rules.problems()) {
            err.println("itot export excel: " + problem);
        }
        List<RuleDiagnostic> found = findings ? ModelFindings.findings(model, rules) : List.of();
        RegisterExporter.Result result;
        try {
            result = RegisterExporter.write(model, new RegisterExporter.Options(Cli.version(), Instant.now(), found),
                    output);
        } catch (IOException | RuntimeException e) {
            throw new CommandFailedException("cannot write " + output + ": " + e.getMessage(), e);
        }
        out.println("Wrote " + output + ": " + result.rows().get("Assets") + " assets, " + result.rows().get("Zones")
                + " zones, " + result.rows().get("Conduits") + " conduits, " + result.rows().get("Flows") + " flows, "
                + result.rows().get("Firewall rules") + " firewall rules, " + result.rows().get("Findings")
                + " findings");
        return Cli.EXIT_OK;
    }
}
