package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.export.drawing.DrawingExport;
import org.itot.layout.DiagramLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.edit.domain.ModelEditing;

/** {@code itot diagram layout}: the desktop's Arrange All on one diagram, then the model saved. */
public final class DiagramLayoutCommand implements CliCommand {

    private static final String DIAGRAM = "--diagram";
    private static final String USAGE_LINE = "itot diagram layout MODEL.itot --diagram NAME";

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public String summary() {
        return "arrange a diagram as Arrange All does, and save the model";
    }

    @Override
    public String usage() {
        return "Usage: " + USAGE_LINE + "\n"
                + "\n"
                + "Lay one diagram out again as the desktop's Arrange All does (Purdue bands, zones wrapped into\n"
                + "rows, assets in a grid per zone, routed connections) and save the model atomically, the previous\n"
                + "version kept as MODEL.itot.bak. An already arranged diagram is left as it is and nothing is written.\n"
                + "\n"
                + "Options:\n"
                + "  --diagram NAME  the diagram with this name (or id)\n"
                + "\n"
                + "Exit status: 0 arranged (or nothing to do), 1 the model could not be written, 2 bad input.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine line = CommandLine.parse(args, List.of(Option.value(DIAGRAM)));
        Path file = CommandArguments.modelFile(CommandArguments.single(line, "model", USAGE_LINE));
        if (!line.has(DIAGRAM)) {
            throw new UsageException("say which diagram; give --diagram NAME (see 'itot diagram list " + file + "')");
        }
        ArchitectureModel model = CommandArguments.load(file, "diagram layout", err);
        Diagram diagram;
        try {
            diagram = DrawingExport.find(model.getDiagrams(), line.value(DIAGRAM));
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + " has " + e.getMessage());
        }
        EditingDomain domain = ModelEditing.domainFor(model);
        Command arrange = DiagramLayout.createLayoutCommand(domain, diagram);
        if (!arrange.canExecute()) {
            out.println("Diagram '" + diagram.getName() + "' is already arranged; " + file + " is unchanged");
            return Cli.EXIT_OK;
        }
        domain.getCommandStack().execute(arrange);
        CommandArguments.save(model, file, "save the arranged diagram to", "command");
        out.println("Arranged diagram '" + diagram.getName() + "' in " + file + "; page "
                + DiagramListCommand.pageSize(diagram));
        return Cli.EXIT_OK;
    }
}
