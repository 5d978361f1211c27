package org.itot.ui.files;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.itot.ui.models.OpenModel;

/**
 * Asks before unsaved changes are lost (closing a model, leaving the program) and carries out the answer. The
 * question itself goes through a {@link Prompt}, which tests replace.
 */
public final class UnsavedChanges {

    public enum Choice {
        SAVE, DISCARD, CANCEL
    }

    /** Asks the user about the dirty models (never called with none). */
    @FunctionalInterface
    public interface Prompt {
        Choice ask(Shell shell, List<OpenModel> dirty);
    }

    private static final Prompt DIALOG = (shell, dirty) -> {
        String names = dirty.stream().map(m -> m.file().getFileName().toString()).collect(Collectors.joining(", "));
        String question = dirty.size() == 1 ? "'" + names + "' has been modified. Save changes?"
                : dirty.size() + " models have been modified: " + names + ". Save changes?";
        int answer = new MessageDialog(shell, "Save Models", null, question, MessageDialog.QUESTION,
                0, "&Save", "Do&n't Save", "Cancel").open();
        return switch (answer) {
            case 0 -> Choice.SAVE;
            case 1 -> Choice.DISCARD;
            default -> Choice.CANCEL;
        };
    };

    private static volatile Prompt prompt = DIALOG;

    private UnsavedChanges() {
    }

    /** Replaces the dialog (tests); returns the previous prompt so it can be put back. */
    public static Prompt setPrompt(Prompt replacement) {
        Prompt previous = prompt;
        prompt = replacement == null ? DIALOG : replacement;
        return previous;
    }

    /**
     * Whether the models may be closed: true when none is dirty, or the user saved (and every save succeeded) or
     * chose to discard; false when the user cancelled or a save failed (the failure is shown, nothing is lost).
     */
    public static boolean confirmClose(Shell shell, List<OpenModel> models) {
        List<OpenModel> dirty = models.stream().filter(OpenModel::isDirty).toList();
        if (dirty.isEmpty()) {
            return true;
        }
        return switch (prompt.ask(shell, dirty)) {
            case SAVE -> saveAll(shell, dirty);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Saves each model; stops at the first that cannot be saved and says why. */
    public static boolean saveAll(Shell shell, List<OpenModel> models) {
        for (OpenModel model : models) {
            try {
                model.save();
            } catch (IOException e) {
                ErrorDialog.openError(shell, "Save", "Cannot save " + model.file(),
                        Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
                return false;
            }
        }
        return true;
    }
}
