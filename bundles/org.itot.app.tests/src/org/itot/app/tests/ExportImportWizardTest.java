package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.excel.RegisterExporter;
import org.itot.export.ui.ExportWizard;
import org.itot.export.ui.ImportRegisterWizard;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.files.ExportDoneDialog;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** File > Export and File > Import as a user runs them: real wizard dialogs, work in their progress area. */
@ExtendWith(IsolatedWorkbench.class)
class ExportImportWizardTest {

    @Test
    void exportDrawingsAndARegisterThenImportAnEditedRegisterAsOneUndoableStep() throws Exception {
        Path folder = Files.createTempDirectory("itot-wizards");
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        OpenModel model = OpenModels.get().open(file);

        // Every diagram as SVG into a folder.
        ExportWizard export = new ExportWizard();
        export.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        WizardDialog dialog = open(export);
        export.getPage().choose(file, DrawingFormat.SVG, null, folder.resolve("drawings"), false);
        assertTrue(export.canFinish());
        assertTrue(export.performFinish());
        dialog.close();
        assertEquals(1, export.getWritten().size());
        assertTrue(Files.readString(export.getWritten().get(0)).contains("<svg"));
        // The export says where the files went and opens that folder on request (a recorder stands in for xdg-open).
        ExportDoneDialog done = exportNotice();
        Path svg = export.getWritten().get(0);
        assertEquals("Exported " + svg.getFileName() + " to " + folder.resolve("drawings") + ".", done.getMessageText());
        List<Path> opened = new ArrayList<>();
        var before = ExportDoneDialog.setFolderOpener(f -> opened.add(f));
        try {
            done.press(ExportDoneDialog.OPEN_FOLDER);
        } finally {
            ExportDoneDialog.setFolderOpener(before);
        }
        assertEquals(List.of(folder.resolve("drawings")), opened);
        assertTrue(done.getShell() == null, "the message closes when the folder opens");

        // The register, through the same wizard.
        ExportWizard register = new ExportWizard();
        register.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        dialog = open(register);
        Path xlsx = folder.resolve("register.xlsx");
        register.getPage().choose(file, null, null, xlsx, false);
        assertTrue(register.performFinish());
        dialog.close();
        assertTrue(Files.size(xlsx) > 0);
        ExportDoneDialog registerDone = exportNotice();
        assertEquals("Exported register.xlsx to " + folder + ".", registerDone.getMessageText());
        registerDone.close();

        // A register from a colleague, with one asset renamed, read back: preview, then one undoable step.
        ArchitectureModel edited = EcoreUtil.copy(model.model());
        Asset renamed = edited.getZones().get(0).getAssets().get(0);
        String originalName = renamed.getName();
        renamed.setName("Renamed in Excel");
        Path colleague = folder.resolve("from-colleague.xlsx");
        RegisterExporter.write(edited, new RegisterExporter.Options("test", Instant.now(), List.of()), colleague);

        ImportRegisterWizard importer = new ImportRegisterWizard();
        importer.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        dialog = open(importer);
        importer.getPage().choose(colleague, file);
        assertTrue(importer.getPage().result().isValid(), importer.getPage().previewText());
        assertTrue(importer.getPage().previewText().contains("Renamed in Excel"), importer.getPage().previewText());
        Asset target = model.model().getZones().get(0).getAssets().get(0);
        assertEquals(originalName, target.getName(), "the preview changes nothing");
        assertTrue(importer.canFinish());
        assertTrue(importer.performFinish());
        dialog.close();
        assertEquals("Renamed in Excel", target.getName());
        CommandStack stack = ModelEditing.domainFor(model.model()).getCommandStack();
        stack.undo();
        assertEquals(originalName, target.getName(), "one undo reverts the whole import");

        // The model's own register changes nothing: Finish stays disabled.
        ImportRegisterWizard unchanged = new ImportRegisterWizard();
        unchanged.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        dialog = open(unchanged);
        unchanged.getPage().choose(xlsx, file);
        assertTrue(unchanged.getPage().result().isValid(), unchanged.getPage().previewText());
        assertFalse(unchanged.canFinish(), "nothing to import: " + unchanged.getPage().previewText());
        dialog.close();
    }

    @Test
    void destinationsStartInThePreferredExportFolderOrElseNextToTheModel() throws Exception {
        Path folder = Files.createTempDirectory("itot-export-folder");
        Path file = folder.resolve("line 3.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        OpenModel model = OpenModels.get().open(file);
        Path preferred = Files.createTempDirectory("itot-preferred-exports");
        String before = ItotPreferences.store().getString(ItotPreferences.EXPORT_FOLDER);
        try {
            ItotPreferences.store().setValue(ItotPreferences.EXPORT_FOLDER, "");
            assertEquals(folder.resolve("line 3-register.xlsx").toString(), suggestedDestination(model));

            ItotPreferences.store().setValue(ItotPreferences.EXPORT_FOLDER, preferred.toString());
            assertEquals(preferred.resolve("line 3-register.xlsx").toString(), suggestedDestination(model));

            // A preferred folder that has since been deleted must not send the export nowhere.
            Files.delete(preferred);
            assertEquals(folder.resolve("line 3-register.xlsx").toString(), suggestedDestination(model));
        } finally {
            ItotPreferences.store().setValue(ItotPreferences.EXPORT_FOLDER, before);
        }
    }

    private static String suggestedDestination(OpenModel model) {
        ExportWizard wizard = new ExportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        WizardDialog dialog = open(wizard);
        try {
            return wizard.getPage().destination();
        } finally {
            dialog.close();
        }
    }

    /** The message a finished export left open (it is modeless: the wizard has closed, the message stays). */
    private static ExportDoneDialog exportNotice() {
        UiTesting.flush();
        List<ExportDoneDialog> open = new ArrayList<>();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (!shell.isDisposed() && shell.getData() instanceof ExportDoneDialog done) {
                open.add(done);
            }
        }
        assertEquals(1, open.size(), "one export message open");
        return open.get(0);
    }

    private static WizardDialog open(org.eclipse.jface.wizard.IWizard wizard) {
        WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell() == null
                ? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                : Display.getCurrent().getActiveShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }
}
