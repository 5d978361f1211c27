package org.itot.ui.explorer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Save (Ctrl+S) while the Model Explorer is active: saves the selected model, or every changed one shown. */
public final class SaveModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof ModelExplorerView explorer) {
            explorer.save();
        }
        return null;
    }
}
