package org.itot.export.drawing;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.imageio.ImageIO;

import org.itot.export.drawing.drawio.DrawioExport;
import org.itot.export.drawing.pdf.PdfExport;
import org.itot.export.drawing.svg.SvgExport;
import org.itot.model.Diagram;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.AtomicFileWriter;
import org.itot.render.java2d.PngExport;

/**
 * Exports diagrams as drawings: one diagram to a stream or a file, or several diagrams into a
 * folder, one file each, with progress and cancellation. Files are written to a temporary file
 * beside the target and moved into place, so a reader never sees half a file and a failed export
 * leaves the old file as it was.
 */
public final class DrawingExport {

    private DrawingExport() {
    }

    /** Writes one diagram to {@code out}, which stays open. */
    public static void write(Diagram diagram, DrawingFormat format, OutputStream out, DrawingOptions options)
            throws IOException {
        Objects.requireNonNull(diagram, "diagram");
        try (ModelEditing.ReadAccess access = ModelEditing.readAccess(diagram)) {
            render(diagram, format, out, options);
        }
        out.flush();
    }

    private static void render(Diagram diagram, DrawingFormat format, OutputStream out, DrawingOptions options)
            throws IOException {
        switch (format) {
        case SVG -> out.write(SvgExport.toSvg(diagram, options.scale(), options.severities(), options.overlays())
                .getBytes(StandardCharsets.UTF_8));
        case PNG -> {
            BufferedImage image = PngExport.render(diagram, options.scale(), options.severities(), options.overlays());
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available in this Java runtime");
            }
        }
        case PDF -> PdfExport.write(diagram, out, options.scale(), options.severities(), options.overlays());
        case DRAWIO -> out.write(DrawioExport.toDrawio(diagram, options.overlays()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes one diagram to {@code file} atomically; its folder is created if missing.
     *
     * @throws FileAlreadyExistsException when the file exists and the options do not allow overwriting
     */
    public static void write(Diagram diagram, DrawingFormat format, Path file, DrawingOptions options)
            throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (!options.overwrite() && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        }
        Path folder = target.getParent();
        Files.createDirectories(folder);
        AtomicFileWriter.write(target, out -> write(diagram, format, new BufferedOutputStream(out, 1 << 16), options));
    }

    /**
     * Writes every diagram into {@code folder} (created if missing), named by {@link #fileNames}.
     * Nothing is written when any of the files exists and the options do not allow overwriting.
     *
     * @return the files written, in the order of {@code diagrams}
     * @throws ExportCancelledException when the monitor cancelled; the files finished so far stay
     */
    public static List<Path> writeAll(List<Diagram> diagrams, DrawingFormat format, Path folder,
            DrawingOptions options, ExportMonitor monitor) throws IOException, ExportCancelledException {
        Map<Diagram, String> names = fileNames(diagrams, format);
        Path target = folder.toAbsolutePath().normalize();
        if (!options.overwrite()) {
            for (String name : names.values()) {
                if (Files.exists(target.resolve(name))) {
                    throw new FileAlreadyExistsException(target.resolve(name).toString(), null, "already exists");
                }
            }
        }
        Files.createDirectories(target);
        // One read lock for the whole set, so every drawing shows the same state of the model.
        try (ModelEditing.ReadAccess access = diagrams.isEmpty() ? null : ModelEditing.readAccess(diagrams.get(0))) {
            return writeEach(names, format, target, options, monitor);
        }
    }

    private static List<Path> writeEach(Map<Diagram, String> names, DrawingFormat format, Path target,
            DrawingOptions options, ExportMonitor monitor) throws IOException, ExportCancelledException {
        List<Path> written = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Diagram, String> entry : names.entrySet()) {
            if (monitor.isCancelled()) {
                throw new ExportCancelledException(written);
            }
            monitor.progress(done, names.size(), entry.getKey().getName());
            Path file = target.resolve(entry.getValue());
            write(entry.getKey(), format, file, options.withOverwrite(true));
            written.add(file);
            done++;
        }
        monitor.progress(done, names.size(), null);
        return written;
    }

    /**
     * A file name per diagram, from its name made safe by {@link SafeFileName}; duplicates (ignoring
     * case) get "-2", "-3", ...
     */
    public static Map<Diagram, String> fileNames(List<Diagram> diagrams, DrawingFormat format) {
        Map<Diagram, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Diagram diagram : diagrams) {
            String base = SafeFileName.of(diagram.getName(), "diagram");
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            names.put(diagram, name + "." + format.extension());
        }
        return names;
    }

    /**
     * The diagram whose name (or id) is {@code wanted}.
     *
     * @throws IllegalArgumentException naming the diagrams there are, when none matches
     */
    public static Diagram find(List<Diagram> diagrams, String wanted) {
        return diagrams.stream().filter(d -> wanted.equals(d.getName())).findFirst()
                .or(() -> diagrams.stream().filter(d -> wanted.equals(d.getId())).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no diagram named '" + wanted + "' (known: "
                        + String.join(", ", diagrams.stream().map(d -> "'" + d.getName() + "'").toList()) + ")"));
    }
}
