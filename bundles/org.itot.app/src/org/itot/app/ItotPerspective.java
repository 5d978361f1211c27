package org.itot.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.problems.ProblemsView;

/** The architect's page: explorer on the left, editors in the middle, problems and properties below. */
public class ItotPerspective implements IPerspectiveFactory {

    public static final String EXPLORER_FOLDER = "org.itot.app.folder.explorer";
    public static final String DETAILS_FOLDER = "org.itot.app.folder.details";
    public static final String OUTLINE_FOLDER = "org.itot.app.folder.outline";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout explorer = layout.createFolder(EXPLORER_FOLDER, IPageLayout.LEFT, 0.2f, editorArea);
        explorer.addView(ModelExplorerView.ID);

        // The diagram's thumbnail, under the explorer.
        IFolderLayout outline = layout.createFolder(OUTLINE_FOLDER, IPageLayout.BOTTOM, 0.62f, EXPLORER_FOLDER);
        outline.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout details = layout.createFolder(DETAILS_FOLDER, IPageLayout.BOTTOM, 0.66f, editorArea);
        details.addView(ProblemsView.ID);
        details.addView(IPageLayout.ID_PROP_SHEET);

        layout.addShowViewShortcut(ModelExplorerView.ID);
        layout.addShowViewShortcut(ProblemsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
    }
}
