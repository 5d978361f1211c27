package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.itot.asbuilt.TrafficReconciliation;
import org.itot.asbuilt.drawing.SessionsOverlay;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.render.OverlayFigures;
import org.itot.render.geometry.DiagramGeometry;

/**
 * {@code itot reconcile --drawing FILE [--diagram NAME]}: a diagram of the model with the undocumented sessions the
 * traffic showed drawn dashed over it, and a legend saying what the dashes are and how many sessions were left out, as
 * the desktop shows it with the Reconciliation view's layer on. An option of reconcile rather than of {@code itot
 * export}, because reconcile is where the traffic is given (as for {@code --format xlsx}); the drawing is the same
 * {@link DrawingExport} as {@code itot export}'s, with the overlay.
 */
final class ReconcileDrawing {

    static final String DRAWING = "--drawing";
    static final String DIAGRAM = "--diagram";

    /**
     * @param file    the drawing to write
     * @param format  from the file's extension
     * @param diagram the diagram's name or id; null for the model's first diagram
     */
    record Request(Path file, DrawingFormat format, String diagram, boolean overwrite) {
    }

    private ReconcileDrawing() {
    }

    /**
     * The drawing the options ask for, checked before anything is read: the format from the extension, no diagram
     * without a drawing, traffic to draw, and a file that may be written. Null without {@value #DRAWING}.
     */
    static Request request(CommandLine line, boolean hasTraffic, Path reportOutput, List<CommandArguments.Input> inputs)
            throws UsageException {
        if (!line.has(DRAWING)) {
            if (line.has(DIAGRAM)) {
                throw new UsageException(DIAGRAM + " chooses the diagram of " + DRAWING + " FILE; give " + DRAWING
                        + " too");
            }
            return null;
        }
        Path file = CommandArguments.path(line.value(DRAWING));
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Optional<DrawingFormat> format = dot < 0 ? Optional.empty()
                : DrawingFormat.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format.isEmpty()) {
            throw new UsageException(DRAWING + " FILE must end in " + String.join(", ",
                    Arrays.stream(DrawingFormat.values()).map(f -> "." + f.extension()).toList())
                    + " (the format follows the extension), not '" + line.value(DRAWING) + "'");
        }
        if (!hasTraffic) {
            throw new UsageException(DRAWING + " draws the sessions seen in the traffic; give --traffic FILE too");
        }
        if (reportOutput != null && reportOutput.toAbsolutePath().normalize().equals(file.toAbsolutePath()
                .normalize())) {
            throw new UsageException(DRAWING + " and --output name the same file " + file + "; give two files");
        }
        boolean force = line.has("--force");
        CommandArguments.checkOutput(file, force, inputs);
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        String diagram = line.has(DIAGRAM) ? line.value(DIAGRAM) : null;
        if (diagram != null && diagram.isBlank()) {
            throw new UsageException(DIAGRAM + " takes a diagram's name or id, not an empty text");
        }
        return new Request(file, format.get(), diagram, force);
    }

    /** The diagram asked for, named in the error with the diagrams there are when it is not in the model. */
    static Diagram diagram(Request request, ArchitectureModel model, Path modelFile) throws UsageException {
        List<Diagram> diagrams = model.getDiagrams();
        if (diagrams.isEmpty()) {
            throw new UsageException(modelFile + " has no diagram to draw the sessions on; add one (itot diagram new "
                    + "or the desktop) first");
        }
        try {
            return request.diagram() == null ? diagrams.get(0) : DrawingExport.find(diagrams, request.diagram());
        } catch (IllegalArgumentException e) {
            throw new UsageException(DIAGRAM + ": " + modelFile + " has " + e.getMessage());
        }
    }

    /** Writes the drawing with the sessions and says what it holds on standard error. */
    static void write(Request request, Diagram diagram, TrafficReconciliation traffic, PrintStream err)
            throws UsageException, CommandFailedException {
        SessionsOverlay sessions = new SessionsOverlay(traffic.undocumentedSessions());
        DrawingOptions options = DrawingOptions.DEFAULT.withOverwrite(request.overwrite())
                .withOverlays(List.of(sessions));
        DrawingExportCommand.write(() -> DrawingExport.write(diagram, request.format(), request.file(), options),
                request.file());
        OverlayFigures figures = sessions.figures(DiagramGeometry.of(diagram));
        int drawn = figures.lines().size();
        int left = traffic.undocumentedSessions().size() - drawn;
        err.println("itot reconcile: wrote " + request.file() + " (diagram '" + diagram.getName() + "', " + drawn
                + " undocumented session(s) drawn dashed" + (left == 0 ? "" : ", " + left + " left out: an end on no "
                        + "box of this diagram, or both ends in one box") + ")");
    }
}
