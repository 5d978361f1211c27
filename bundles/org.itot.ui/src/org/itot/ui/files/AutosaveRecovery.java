package org.itot.ui.files;

import java.io.IOException;
import java.text.DateFormat;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.models.OpenModel;

/**
 * At start-up, offers each autosave a crashed session left behind: recover (the model opens with the autosaved
 * changes, unsaved) or discard. The question goes through a {@link Prompt}, which tests replace.
 */
public final class AutosaveRecovery {

    @FunctionalInterface
    public interface Prompt {
        /** True to recover the autosaved changes, false to discard them. */
        boolean recover(Shell shell, Autosave.Recoverable recoverable);
    }

    private static final Prompt DIALOG = (shell, recoverable) -> MessageDialog.open(MessageDialog.QUESTION, shell,
            "Recover Unsaved Changes",
            "ITOT Architect did not close normally. Changes to '" + recoverable.original().getFileName()
                    + "' were autosaved at " + DateFormat.getDateTimeInstance().format(Date.from(recoverable.autosaved()))
                    + " but not saved.\n\n" + recoverable.original()
                    + "\n\nRecover them? The model opens with the changes, unsaved: save to keep them, or undo.",
            0, "&Recover", "&Discard") == 0;

    private static volatile Prompt prompt = DIALOG;

    private AutosaveRecovery() {
    }

    public static Prompt setPrompt(Prompt replacement) {
        Prompt previous = prompt;
        prompt = replacement == null ? DIALOG : replacement;
        return previous;
    }

    /** Asks about every pending autosave; recovered models open with their first diagram. */
    public static void offer(Autosave autosave, IWorkbenchPage page) {
        List<Autosave.Recoverable> pending = autosave.pending();
        Shell shell = page.getWorkbenchWindow().getShell();
        for (Autosave.Recoverable recoverable : pending) {
            if (!prompt.recover(shell, recoverable)) {
                autosave.discard(recoverable);
                continue;
            }
            try {
                OpenModel model = autosave.recover(recoverable);
                ModelFileActions.openFirstDiagram(page, model);
            } catch (ModelLoadException | IOException e) {
                ErrorDialog.openError(shell, "Recover Unsaved Changes",
                        "Cannot recover " + recoverable.original() + "; the autosave is kept in " + recoverable.copy(),
                        Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
            }
        }
    }
}
