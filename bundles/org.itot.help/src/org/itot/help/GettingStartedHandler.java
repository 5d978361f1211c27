package org.itot.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.itot.help.pages.HelpPages;

/** Help > Getting Started. */
public final class GettingStartedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HelpView.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), HelpPages.START);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the help view: " + e.getMessage(), e);
        }
        return null;
    }
}
