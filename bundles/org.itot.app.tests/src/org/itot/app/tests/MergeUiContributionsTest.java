package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.help.pages.HelpPage;
import org.itot.help.pages.HelpPages;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compare With is offered where an Eclipse user looks for it (the Model Explorer's and the diagram's context menus),
 * its commands are handled, and the Help explains Compare With and the Merge Conflicts view from Getting Started.
 */
@ExtendWith(IsolatedWorkbench.class)
class MergeUiContributionsTest {

    @Test
    void compareWithIsInTheExplorerAndDiagramContextMenusAndHandled() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of("org.itot.merge.ui.comparePreviousRevision", "org.itot.merge.ui.compareBranch")) {
            assertTrue(commands.getCommand(id).isDefined(), id);
            assertTrue(commands.getCommand(id).isHandled(), id);
        }
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram overview = template.getDiagrams().get(0);
        Path file = Workbench.save(template, "compare-menus.itot");
        OpenModel model = OpenModels.get().open(file);
        IWorkbenchPage page = UiTesting.page();
        DiagramEditor editor = (DiagramEditor) page.openEditor(
                new DiagramEditorInput(file, overview.getId(), overview.getName()), DiagramEditorInput.EDITOR_ID);
        try {
            UiTesting.flush();
            ModelExplorerView explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
            explorer.getViewer().setSelection(new StructuredSelection(model.model()), true);
            UiTesting.flush();
            assertEquals(List.of("Previous Revision", "Branch..."),
                    compareWithItems(explorer.getViewer().getControl().getMenu()), "the Model Explorer's context menu");
            page.activate(editor);
            UiTesting.flush();
            assertEquals(List.of("Previous Revision", "Branch..."),
                    compareWithItems(editor.getViewer().getControl().getMenu()), "the diagram's context menu");
            assertEquals(List.of("Previous Revision", "Branch..."),
                    compareWithItems(editor.getViewer().getControl().getMenu()), "shown again, still once");
        } finally {
            page.closeEditor(editor, false);
            OpenModels.get().close(model);
            UiTesting.flush();
        }
    }

    /** The items of the menu's Compare With submenu, shown as a right-click shows them. */
    private static List<String> compareWithItems(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        UiTesting.flush();
        try {
            MenuItem compareWith = Arrays.stream(menu.getItems())
                    .filter(item -> item.getText().replace("&", "").equals("Compare With")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Compare With in " + Arrays.stream(menu.getItems())
                            .map(MenuItem::getText).toList()));
            Menu submenu = compareWith.getMenu();
            submenu.notifyListeners(SWT.Show, new Event());
            UiTesting.flush();
            List<String> labels = Arrays.stream(submenu.getItems()).map(item -> item.getText().replace("&", ""))
                    .toList();
            submenu.notifyListeners(SWT.Hide, new Event());
            return labels;
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
            UiTesting.flush();
        }
    }

    @Test
    void gettingStartedLinksToTheGitHelpPage() {
        assertTrue(HelpPages.page(HelpPages.START).links().contains(HelpPages.GIT));
        HelpPage git = HelpPages.page(HelpPages.GIT);
        assertEquals("Team work through Git: compare and merge conflicts", git.title());
        assertTrue(git.text().contains("Compare With > Previous Revision") || git.text().contains("Previous Revision"),
                git.text());
        assertTrue(git.text().contains("Mark Resolved") && git.text().contains("Show on diagram"), git.text());
    }
}
