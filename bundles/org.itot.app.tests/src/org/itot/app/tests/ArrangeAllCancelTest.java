package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.itot.diagram.edit.DiagramCreation;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cancel in Arrange All's progress dialog on a 2,000-asset plant: Cancel stops the layout, the diagram keeps every position, nothing lands on the undo stack, and the editor stays usable (a second
 * Arrange All runs to the end).
 */
@ExtendWith(IsolatedWorkbench.class)
class ArrangeAllCancelTest {

    private static final long WAIT_MS = 20_000;

    @Test
    void cancelInTheProgressDialogLeavesTheDiagramAsItWas() throws Exception {
        Path file = Files.createTempDirectory("itot-arrange").resolve("plant.itot");
        ArchitectureModel plant = SyntheticPlant.generate(2000, 1);
        new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl()
                .createResource(org.eclipse.emf.common.util.URI.createURI("memory:/plant.itot")).getContents().add(plant);
        EditingDomain creating = ModelEditing.domainFor(plant);
        DiagramCreation.Plan plan = DiagramCreation.plan(creating, plant, "Plant", plant.getAllZones(), false, null);
        creating.getCommandStack().execute(plan.command());
        // Out of place, so that an Arrange All that ran would move every zone.
        for (NodeView zone : plan.diagram().getNodes()) {
            zone.setX(zone.getX() + 37);
        }
        ModelFiles.save(plant, file);

        OpenModel model = OpenModels.get().open(file);
        Diagram diagram = model.model().getDiagrams().stream().filter(d -> "Plant".equals(d.getName())).findFirst()
                .orElseThrow();
        DiagramEditor editor = (DiagramEditor) page().openEditor(
                new DiagramEditorInput(file, diagram.getId(), diagram.getName()), DiagramEditorInput.EDITOR_ID);
        flush();
        CommandStack stack = model.domain().getCommandStack();
        Diagram before = EcoreUtil.copy(diagram);
        assertFalse(stack.canUndo());

        // The layout of 2,000 assets can take only tens of milliseconds. Holding the model's write lock, as an edit in
        // progress does, keeps the layout's worker waiting at its start until Cancel is pressed, so the test does not
        // race it: the press is what stops it, at its first zone.
        ReentrantReadWriteLock lock = ModelEditing.commandStackFor(diagram).lock();
        Lock write = lock.writeLock();
        List<String> dialogTexts = new ArrayList<>();
        boolean[] pressed = { false };
        write.lock();
        try {
            pressCancelInProgressDialog(lock, dialogTexts, pressed);
            editor.arrangeAll();
        } finally {
            if (lock.isWriteLockedByCurrentThread()) {
                write.unlock();
            }
        }
        flush();

        assertTrue(pressed[0], "the progress dialog with Cancel opened: " + dialogTexts);
        assertTrue(EcoreUtil.equals(before, diagram), "cancelled, every position and route is as before");
        assertFalse(stack.canUndo(), "nothing on the undo stack");
        assertFalse(editor.isDirty());
        assertTrue(List.of(Display.getCurrent().getShells()).stream()
                .noneMatch(shell -> shell.getData() instanceof ProgressMonitorDialog && !shell.isDisposed()
                        && shell.isVisible()), "the progress dialog is gone");

        // Still usable: Arrange All again, to the end this time.
        int x = diagram.getNodes().get(0).getX();
        editor.arrangeAll();
        flush();
        assertTrue(stack.canUndo(), "the second Arrange All is one undoable step");
        assertEquals("Arrange All", stack.getUndoCommand().getLabel());
        assertNotEquals(x, diagram.getNodes().get(0).getX(), "and moved the zones");
        stack.undo();
        assertTrue(EcoreUtil.equals(before, diagram), "undone, all is as before");
        page().closeEditor(editor, false);
    }

    /**
     * From inside the dialog's event loop: waits (bounded) until Arrange All's progress dialog is open and its worker
     * thread waits for the model, reads the dialog's texts, presses its Cancel button and then lets the layout go on by
     * releasing the write lock (released in any case, at the deadline at the latest). Cancel pressed before the worker
     * runs would close the dialog before it ran anything, which is not what a user's press tests.
     */
    private static void pressCancelInProgressDialog(ReentrantReadWriteLock lock, List<String> texts,
            boolean[] pressed) {
        Lock write = lock.writeLock();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + WAIT_MS;
        display.timerExec(20, new Runnable() {
            @Override
            public void run() {
                boolean layoutWaiting = Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(thread -> thread.getName().startsWith("ModalContext") && lock.hasQueuedThread(thread));
                for (Shell shell : display.getShells()) {
                    if (layoutWaiting && shell.getData() instanceof ProgressMonitorDialog && !shell.isDisposed()
                            && shell.isVisible()) {
                        UiTesting.collectTexts(shell, texts);
                        Button cancel = button(shell, IDialogConstants.CANCEL_LABEL);
                        if (cancel != null && cancel.isEnabled()) {
                            cancel.notifyListeners(SWT.Selection, new Event());
                            pressed[0] = true;
                            write.unlock();
                            return;
                        }
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(20, this);
                } else {
                    write.unlock();
                }
            }
        });
    }

    private static Button button(Control control, String text) {
        if (control instanceof Button button && text.equals(button.getText())) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = button(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
