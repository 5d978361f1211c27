package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelFormat;
import org.itot.model.resource.ModelLoadException;
import org.itot.model.resource.ModelMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The migration hook is real: registered steps rewrite older files before EMF reads them, in order
 * of their source version, and only the steps a file's version needs are applied.
 */
class ModelMigrationTest {

    @TempDir
    Path folder;

    private final List<ModelMigration> registered = new ArrayList<>();

    @AfterEach
    void unregisterTestSteps() {
        registered.forEach(ModelFormat::unregisterMigration);
    }

    @Test
    void unversionedFileGoesThroughEveryStepInOrder() throws Exception {
        register(new RenameRootAttribute("0.2", "0.4", "title", "label"));
        register(new RenameRootAttribute("0.6", "0.8", "label", "name"));
        Path file = model("old.itot", null, "title=\"Old plant\"");

        ArchitectureModel model = ModelFiles.load(file);

        assertEquals("Old plant", model.getName());
        assertEquals("0.8", model.getFormatVersion());
        ModelFiles.save(model, file);
        assertEquals(ModelFormat.CURRENT, ModelFiles.load(file).getFormatVersion());
    }

    @Test
    void fileSkipsTheStepsOlderThanItsVersion() throws Exception {
        register(new RenameRootAttribute("0.2", "0.4", "title", "label"));
        register(new RenameRootAttribute("0.6", "0.8", "label", "name"));

        assertEquals("Half-way plant", ModelFiles.load(model("half.itot", "0.5", "label=\"Half-way plant\"")).getName());
        ArchitectureModel recent = ModelFiles.load(model("recent.itot", "0.9", "name=\"Recent plant\""));
        assertEquals("Recent plant", recent.getName());
        assertEquals("0.9", recent.getFormatVersion(), "no step ran, so the version is the file's");
    }

    @Test
    void withoutTheStepTheOldFileIsRefused() throws IOException {
        Path file = model("old.itot", null, "title=\"Old plant\"");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(error.getMessage().contains("no attribute or element 'title'"), error.getMessage());
    }

    @Test
    void problemsAfterMigrationSayTheyReferToTheMigratedFile() throws IOException {
        register(new RenameRootAttribute("0.0", "0.5", "title", "headline"));
        Path file = model("old.itot", null, "title=\"Old plant\"");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(error.getMessage().contains("no attribute or element 'headline'"), error.getMessage());
        assertTrue(error.getMessage().contains("(in the file as migrated from format 0.0)"), error.getMessage());
    }

    @Test
    void failingStepIsReportedWithFileAndVersions() throws IOException {
        register(new ModelMigration() {
            @Override
            public String sourceVersion() {
                return "0.1";
            }

            @Override
            public String targetVersion() {
                return "0.2";
            }

            @Override
            public void migrate(Document document) {
                throw new IllegalStateException("zone 'Z-9' has two levels");
            }
        });
        Path file = model("old.itot", "0.1", "name=\"x\"");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("migrating it from format 0.1 to 0.2 failed: zone 'Z-9' has two levels"),
                error.getMessage());
    }

    @Test
    void registryRefusesStepsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> register(new RenameRootAttribute("0.5", "0.4", "a", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> register(new RenameRootAttribute(ModelFormat.CURRENT, "9.0", "a", "b")));
        assertThrows(IllegalArgumentException.class, () -> register(new RenameRootAttribute("zero", "0.4", "a", "b")));
        register(new RenameRootAttribute("0.3", "0.4", "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> register(new RenameRootAttribute("0.3", "0.6", "c", "d")));
    }

    @Test
    void unregisteredStepNoLongerRuns() throws IOException {
        ModelMigration step = new RenameRootAttribute("0.0", "0.5", "title", "name");
        ModelFormat.registerMigration(step);
        assertTrue(ModelFormat.unregisterMigration(step));
        assertFalse(ModelFormat.unregisterMigration(step));
        Path file = model("old.itot", null, "title=\"Old plant\"");
        assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(ModelFormat.compare("1.10", "1.9") > 0);
        assertEquals(0, ModelFormat.compare("1.0", "1.0"));
        assertTrue(ModelFormat.isReadable("1.9"));
        assertFalse(ModelFormat.isReadable("2.0"));
        assertFalse(ModelFormat.isValid("1"));
        assertFalse(ModelFormat.isValid(null));
    }

    private void register(ModelMigration step) {
        ModelFormat.registerMigration(step);
        registered.add(step);
    }

    private Path model(String name, String version, String attributes) throws IOException {
        String versionAttribute = version == null ? "" : " formatVersion=\"" + version + "\"";
        return Files.writeString(folder.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<itot:ArchitectureModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:itot=\""
                + ItotPackage.eNS_URI + "\"" + versionAttribute + " " + attributes + ">\n"
                + "  <zones id=\"Z-1\" name=\"Control\"/>\n</itot:ArchitectureModel>\n");
    }

    /** A test-only step of the kind real ones will be: an attribute of the root was renamed. */
    private record RenameRootAttribute(String sourceVersion, String targetVersion, String from, String to)
            implements ModelMigration {

        @Override
        public void migrate(Document document) {
            Element root = document.getDocumentElement();
            if (root.hasAttribute(from)) {
                root.setAttribute(to, root.getAttribute(from));
                root.removeAttribute(from);
            }
        }
    }
}
