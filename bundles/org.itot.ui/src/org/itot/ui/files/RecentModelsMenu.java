package org.itot.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.itot.ui.models.RecentModels;

/** File > Recent Models: the files opened lately, numbered for the keyboard; rebuilt each time the menu opens. */
public final class RecentModelsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        int number = 1;
        for (Path file : RecentModels.list()) {
            String mnemonic = number < 10 ? "&" + number + " " : "";
            Action action = new Action(mnemonic + file.getFileName() + "  [" + file.getParent() + "]") {
                @Override
                public void run() {
                    var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                    if (window != null && window.getActivePage() != null) {
                        ModelFileActions.open(window.getActivePage(), file);
                    }
                }
            };
            action.setToolTipText(file.toString());
            items.add(new ActionContributionItem(action));
            number++;
        }
        if (items.isEmpty()) {
            Action none = new Action("(no recent models)") {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
