package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.Command;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.itot.app.ItotWorkbenchAdvisor;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.problems.ProblemsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real workbench comes up with our window, perspective, views and menus. */
@ExtendWith(IsolatedWorkbench.class)
class WorkbenchStartupTest {

    @Test
    void windowIsTitledAfterTheProduct() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        assertEquals("ITOT Architect", window.getShell().getText());
        assertTrue(window.getShell().isVisible());
    }

    @Test
    void perspectiveShowsExplorerProblemsAndProperties() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(ItotWorkbenchAdvisor.PERSPECTIVE_ID, page.getPerspective().getId());
        assertTrue(page.isEditorAreaVisible(), "the editor area is there for diagrams");
        assertNotNull(page.findView(ModelExplorerView.ID), "Model Explorer");
        assertNotNull(page.findView(ProblemsView.ID), "Problems view");
        assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "Properties view");
    }

    @Test
    void aboutAndExitHaveHandlers() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : new String[] { "org.eclipse.ui.help.aboutAction", "org.eclipse.ui.file.exit" }) {
            Command command = commands.getCommand(id);
            assertTrue(command.isDefined(), id + " is defined");
            assertTrue(command.isHandled(), id + " has a handler");
        }
    }
}
