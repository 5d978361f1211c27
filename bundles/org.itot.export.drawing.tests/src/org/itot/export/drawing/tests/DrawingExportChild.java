package org.itot.export.drawing.tests;

import java.nio.file.Path;

import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.Diagram;
import org.itot.model.template.ModelTemplates;

/**
 * Main class of the child JVMs of {@link DrawingExportKillTest}, run outside OSGi: exports the Purdue
 * overview to the file again and again, its title carrying a rising version, until it is killed.
 */
public final class DrawingExportChild {

    private DrawingExportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        DrawingFormat format = DrawingFormat.valueOf(args[1]);
        Diagram diagram = ModelTemplates.create(ModelTemplates.PURDUE).getDiagrams().get(0);
        for (long version = System.currentTimeMillis() * 1000;; version++) {
            diagram.setName("Overview version " + version);
            DrawingExport.write(diagram, format, file, DrawingOptions.DEFAULT.withOverwrite(true));
            System.out.println("wrote " + version);
            System.out.flush();
        }
    }
}
