package org.itot.render.java2d;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.Diagram;
import org.itot.model.resource.AtomicFileWriter;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.DrawingPage;
import org.itot.render.geometry.Bounds;

/** Renders a diagram into an image and writes it as PNG. */
public final class PngExport {

    /** Images larger than this in either direction are refused rather than exhausting memory. */
    public static final int MAX_SIDE = 20_000;

    private PngExport() {
    }

    /** The diagram painted at {@code scale} on an opaque image exactly the size of {@link DiagramPainter#bounds}. */
    public static BufferedImage render(Diagram diagram, double scale, Map<? extends EObject, Integer> severities) {
        return render(diagram, scale, severities, List.of());
    }

    /**
     * The diagram painted at {@code scale} with other features' layers over it and their legend below it, on an opaque
     * image exactly the size of the {@link DrawingPage}.
     */
    public static BufferedImage render(Diagram diagram, double scale, Map<? extends EObject, Integer> severities,
            List<DiagramOverlay> overlays) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        DrawingPage page = DrawingPage.of(diagram, overlays);
        Bounds bounds = page.bounds();
        long width = Math.max(1, Math.round(Math.ceil(bounds.width() * scale)));
        long height = Math.max(1, Math.round(Math.ceil(bounds.height() * scale)));
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("diagram '" + diagram.getName() + "' at scale " + scale + " is " + width
                    + " x " + height + " px, more than " + MAX_SIDE + " px; use a smaller scale");
        }
        BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            Java2dCanvas canvas = new Java2dCanvas(graphics);
            canvas.scale(scale);
            canvas.translate(-bounds.x(), -bounds.y());
            // The level of detail follows the scale: a small image shows what the editor shows at that zoom.
            page.paint(canvas, severities, new DiagramPainter.Viewport(null, scale));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    public static void write(Diagram diagram, Path file, double scale) throws IOException {
        write(diagram, file, scale, Map.of());
    }

    /** Writes to a temporary file beside {@code file} and moves it into place, so readers never see half a PNG. */
    public static void write(Diagram diagram, Path file, double scale, Map<? extends EObject, Integer> severities)
            throws IOException {
        BufferedImage image = render(diagram, scale, severities);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        AtomicFileWriter.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available in this Java runtime");
            }
        });
    }
}
