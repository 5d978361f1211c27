package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.files.NoDiagramPrompt;
import org.itot.ui.models.OpenModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 7: a model without a diagram (as {@code itot new --synthetic} writes it) is selected in the Model
 * Explorer when opened, and a question offers its overview diagram: Create makes and opens it, Not Now leaves the
 * model unchanged.
 */
@ExtendWith(IsolatedWorkbench.class)
class OpenModelWithoutDiagramTest {

    @Test
    void createMakesAndOpensTheOverview() throws Exception {
        Path file = withoutDiagram("no-diagram.itot");
        OpenModel model = UiTesting.openWithActions(file);
        NoDiagramPrompt prompt = prompt();
        assertSelectedInExplorer(model);
        assertTrue(textOf(prompt).contains("no-diagram.itot has no diagram yet"), textOf(prompt));

        pressButton(prompt, NoDiagramPrompt.CREATE);
        assertEquals(1, model.model().getDiagrams().size(), "Create added one diagram");
        assertEquals("Overview", model.model().getDiagrams().get(0).getName());
        assertEquals(model.model().getZones().size(), model.model().getDiagrams().get(0).getNodes().stream()
                .filter(n -> n.getElement() instanceof org.itot.model.Zone).count(), "every zone is on it");
        assertTrue(page().getActiveEditor() instanceof DiagramEditor editor
                && editor.getViewer().getDiagram() == model.model().getDiagrams().get(0), "the overview is open");
        model.domain().getCommandStack().undo();
        assertTrue(model.model().getDiagrams().isEmpty(), "one undoable step");
    }

    @Test
    void notNowLeavesTheModelAsItIs() throws Exception {
        Path file = withoutDiagram("not-now.itot");
        OpenModel model = UiTesting.openWithActions(file);
        pressButton(prompt(), 1);
        assertTrue(model.model().getDiagrams().isEmpty());
        assertTrue(!model.isDirty(), "nothing changed");
        assertSelectedInExplorer(model);
    }

    private static Path withoutDiagram(String name) throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        template.getDiagrams().clear();
        return Workbench.save(template, name);
    }

    private static NoDiagramPrompt prompt() {
        flush();
        return (NoDiagramPrompt) java.util.Arrays.stream(org.eclipse.swt.widgets.Display.getCurrent().getShells())
                .map(shell -> shell.getData()).filter(NoDiagramPrompt.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no question about the missing diagram"));
    }

    private static void assertSelectedInExplorer(OpenModel model) {
        ModelExplorerView explorer = (ModelExplorerView) page().findView(ModelExplorerView.ID);
        assertNotNull(explorer, "the Model Explorer is shown");
        IStructuredSelection selection = explorer.getViewer().getStructuredSelection();
        assertEquals(List.of(model.model()), selection.toList(), "the model is selected in the explorer");
        assertSame(explorer, page().getActivePart(), "the explorer is the active part");
    }

    private static String textOf(NoDiagramPrompt prompt) {
        StringBuilder text = new StringBuilder();
        collect(prompt.getShell(), text);
        return text.toString();
    }

    private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder text) {
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            text.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (var child : composite.getChildren()) {
                collect(child, text);
            }
        }
    }

    /** Presses a button of the question as a click does (the dialog is not modal, the test keeps running). */
    private static void pressButton(NoDiagramPrompt prompt, int id) {
        var button = (org.eclipse.swt.widgets.Button) java.util.Arrays.stream(allButtons(prompt.getShell()))
                .filter(b -> Integer.valueOf(id).equals(b.getData())).findFirst().orElseThrow();
        button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        flush();
    }

    private static org.eclipse.swt.widgets.Button[] allButtons(org.eclipse.swt.widgets.Composite parent) {
        List<org.eclipse.swt.widgets.Button> buttons = new java.util.ArrayList<>();
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button button) {
                buttons.add(button);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                buttons.addAll(List.of(allButtons(composite)));
            }
        }
        return buttons.toArray(org.eclipse.swt.widgets.Button[]::new);
    }
}
