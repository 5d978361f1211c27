package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.export.excel.ImportLimits;
import org.itot.export.excel.ImportOptions;
import org.itot.export.excel.ImportProblem;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterReadException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;

/**
 * {@code itot import excel}: applies an edited register to a model file, every change or none. The
 * model file is rewritten (atomically, the previous version kept as .bak) only when something changed.
 */
public final class ExcelImportCommand implements CliCommand {

    @Override
    public String name() {
        return "excel";
    }

    @Override
    public String summary() {
        return "Excel register: assets, zones, conduits, flows, firewall rules and accepted risks by id";
    }

    @Override
    public String usage() {
        return "Usage: itot import excel REGISTER.xlsx --into MODEL.itot [--dry-run] [--rules FILE.ocl]...\n"
                + "                         [--other-model]\n"
                + "\n"
                + "Read the Assets, Zones, Conduits, Flows and Firewall rules sheets of a register and the\n"
                + "waiver columns of its Findings sheet into a model. Rows are matched by id: a known id updates\n"
                + "the element, an unknown id creates one; elements the register does not list are left alone,\n"
                + "except firewall rules: a rule whose row was deleted is deleted. A finding set to 'accepted'\n"
                + "with a rationale is accepted as a risk (a waiver); 'open' withdraws its waiver. Columns with\n"
                + "grey headers are computed and locked; an edit there is a problem. Any problem (a wrong value,\n"
                + "an unknown zone, a formula, an edited computed cell, a register of another model) is reported\n"
                + "with sheet, row and column, and then nothing is imported.\n"
                + "\n"
                + "Options:\n"
                + "  --into MODEL.itot  the model to update; saved atomically, the previous version kept as\n"
                + "                     MODEL.itot.bak\n"
                + "  --dry-run          list the changes without writing the model\n"
                + "  --rules FILE.ocl   rule packs of the findings the register accepts (as for the export);\n"
                + "                     repeatable\n"
                + "  --other-model      import although the register was written from another model (its\n"
                + "                     Summary names the model's name, id and file)\n"
                + "\n"
                + "Exit status: 0 imported (or nothing to change), 1 the model could not be written, 2 bad input\n"
                + "(problems in the register, unreadable files, unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        ImportArguments arguments = ImportArguments.parse(args, "register",
                "itot import excel REGISTER.xlsx --into MODEL.itot", null,
                List.of(Option.value("--rules").repeatable(), Option.flag("--other-model")));
        Path register = arguments.source();
        Path modelFile = arguments.modelFile();
        List<Path> packs = new ArrayList<>();
        for (String pack : arguments.line().values("--rules")) {
            packs.add(CommandArguments.existingFile(pack, "rule pack"));
        }
        ImportOptions options = new ImportOptions(arguments.line().has("--other-model"),
                CommandArguments.rules(packs));
        ArchitectureModel model = arguments.loadModel("import " + name(), err);
        ImportResult result;
        try {
            result = RegisterImporter.read(model, register, ImportLimits.DEFAULT, options);
        } catch (RegisterReadException e) {
            throw new UsageException(e.getMessage());
        }
        if (!result.isValid()) {
            for (ImportProblem problem : result.problems()) {
                err.println(register + ": " + problem);
            }
            err.println("itot import excel: " + result.problems().size() + " problems in " + register
                    + "; nothing was imported");
            return Cli.EXIT_USAGE;
        }
        result.changes().forEach(out::println);
        result.notes().forEach(note -> out.println("Note: " + note));
        if (!result.hasChanges()) {
            out.println(register + " matches " + modelFile + ": nothing to change, the model is left as it was");
            return Cli.EXIT_OK;
        }
        if (arguments.dryRun()) {
            out.println("Dry run: " + result.changes().size() + " changes to " + modelFile + "; nothing was written");
            return Cli.EXIT_OK;
        }
        result.apply();
        CommandArguments.saveImport(model, modelFile);
        out.println("Imported " + result.changes().size() + " changes into " + modelFile + " (previous version in "
                + ModelFiles.backupOf(modelFile).getFileName() + ")");
        return Cli.EXIT_OK;
    }
}
