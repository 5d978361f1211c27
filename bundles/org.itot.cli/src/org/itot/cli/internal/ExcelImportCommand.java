package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
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
        return "Excel register: update and add assets, zones and flows by id";
    }

    @Override
    public String usage() {
        return "Usage: itot import excel REGISTER.xlsx --into MODEL.itot [--dry-run]\n"
                + "\n"
                + "Read the Assets sheet of a register (and the Zones and Flows sheets when present) into a\n"
                + "model. Rows are matched by id: a known id updates the element, an unknown id creates one;\n"
                + "elements the register does not list are left alone. Columns with grey headers are computed\n"
                + "and ignored. Any problem (a wrong value, an unknown zone, a formula) is reported with sheet,\n"
                + "row and column, and then nothing is imported.\n"
                + "\n"
                + "Options:\n"
                + "  --into MODEL.itot  the model to update; saved atomically, the previous version kept as\n"
                + "                     MODEL.itot.bak\n"
                + "  --dry-run          list the changes without writing the model\n"
                + "\n"
                + "Exit status: 0 imported (or nothing to change), 1 the model could not be written, 2 bad input\n"
                + "(problems in the register, unreadable files, unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        ImportArguments arguments = ImportArguments.parse(args, "register",
                "itot import excel REGISTER.xlsx --into MODEL.itot", null);
        Path register = arguments.source();
        Path modelFile = arguments.modelFile();
        ArchitectureModel model = arguments.loadModel("import " + name(), err);
        ImportResult result;
        try {
            result = RegisterImporter.read(model, register);
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
