package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.NodeView;

/** {@code itot diagram list}: the model's diagrams with their ids, sizes and page extent. */
public final class DiagramListCommand implements CliCommand {

    private static final String USAGE_LINE = "itot diagram list MODEL.itot";

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "list the model's diagrams";
    }

    @Override
    public String usage() {
        return "Usage: " + USAGE_LINE + "\n"
                + "\n"
                + "One line per diagram: id, name, node and edge views, and the page it spans in diagram units.\n"
                + "\n"
                + "Exit status: 0 listed, 2 bad input (unreadable model).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        CommandLine line = CommandLine.parse(args, List.of());
        Path file = CommandArguments.modelFile(CommandArguments.single(line, "model", USAGE_LINE));
        ArchitectureModel model = CommandArguments.load(file, "diagram list", err);
        for (Diagram diagram : model.getDiagrams()) {
            int[] nodes = { 0 };
            diagram.eAllContents().forEachRemaining(object -> nodes[0] += object instanceof NodeView ? 1 : 0);
            out.println(diagram.getId() + "\t" + diagram.getName() + "\t" + nodes[0] + " nodes\t"
                    + diagram.getEdges().size() + " edges\t" + pageSize(diagram));
        }
        if (model.getDiagrams().isEmpty()) {
            out.println(file + " has no diagrams; create one with 'itot diagram new'");
        }
        return Cli.EXIT_OK;
    }

    /** "W x H" of the top-level views' extent, in diagram units. */
    static String pageSize(Diagram diagram) {
        int width = 0;
        int height = 0;
        for (NodeView view : diagram.getNodes()) {
            width = Math.max(width, view.getX() + view.getWidth());
            height = Math.max(height, view.getY() + view.getHeight());
        }
        return width + " x " + height;
    }
}
