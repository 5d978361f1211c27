package org.itot.render.java2d;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.model.template.ModelTemplates;

/**
 * Plain-Java entry point behind releng/scripts/render-png.sh: writes one diagram of a model file
 * (or of a template, as {@code template:purdue}) as PNG.
 * Usage: MODEL.itot|template:ID OUT.png [SCALE] [DIAGRAM-NAME-OR-ID]
 */
public final class RenderPng {

    private RenderPng() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 4) {
            fail("usage: render-png MODEL.itot|template:ID OUT.png [SCALE] [DIAGRAM-NAME-OR-ID]");
        }
        try {
            ArchitectureModel model = args[0].startsWith("template:")
                    ? ModelTemplates.create(args[0].substring("template:".length()))
                    : ModelFiles.load(Path.of(args[0]));
            double scale = args.length > 2 ? parseScale(args[2]) : 1.0;
            Diagram diagram = choose(model.getDiagrams(), args.length > 3 ? args[3] : null, args[0]);
            PngExport.write(diagram, Path.of(args[1]), scale);
            System.out.println("wrote " + Path.of(args[1]).toAbsolutePath() + " (diagram '" + diagram.getName() + "')");
        } catch (ModelLoadException | IOException | IllegalArgumentException e) {
            fail(e.getMessage());
        }
    }

    private static double parseScale(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SCALE must be a number such as 1 or 1.5, got '" + text + "'");
        }
    }

    private static Diagram choose(List<Diagram> diagrams, String wanted, String source) {
        if (diagrams.isEmpty()) {
            throw new IllegalArgumentException(source + " has no diagram; create one in the editor first");
        }
        if (wanted == null) {
            return diagrams.get(0);
        }
        return diagrams.stream().filter(d -> wanted.equals(d.getName()) || wanted.equals(d.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(source + " has no diagram named '" + wanted
                        + "' (known: " + String.join(", ", diagrams.stream().map(Diagram::getName).toList()) + ")"));
    }

    private static void fail(String message) {
        System.err.println("render-png: " + message);
        System.exit(2);
    }
}
