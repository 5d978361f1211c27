package org.itot.export.excel.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.itot.export.excel.RegisterExporter;
import org.itot.model.ArchitectureModel;
import org.itot.model.template.ModelTemplates;

/**
 * Main class of the child JVMs of {@link ExportKillTest}, run outside OSGi: exports the Purdue register
 * to the file again and again, its model name carrying a rising version, until it is killed.
 */
public final class ExportChild {

    private ExportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        // rising across children too: a child starts after the previous one was killed
        for (long version = System.currentTimeMillis() * 1000;; version++) {
            model.setName("Plant version " + version);
            RegisterExporter.write(model, new RegisterExporter.Options("kill-test", Instant.EPOCH, List.of()), file);
            System.out.println("wrote " + version);
            System.out.flush();
        }
    }
}
