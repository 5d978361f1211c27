package org.itot.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * Says where an export went and offers to open its folder in the desktop's file manager. Modeless: the user may go on
 * working and look at the files later. Every export of the desktop (File > Export, Export Diagram) ends here.
 */
public final class ExportDoneDialog extends MessageDialog {

    /** The button that opens the folder; Close is the default, so Enter only dismisses the message. */
    public static final int OPEN_FOLDER = 0;

    /** Opens a folder in the file manager (xdg-open through SWT); tests put a recorder here instead. */
    private static volatile Predicate<Path> folderOpener = folder -> Program.launch(folder.toString());

    private final Path folder;

    private ExportDoneDialog(Shell parent, String title, String message, Path folder) {
        super(parent, title, null, message, INFORMATION, 1, "&Open Folder", "Close");
        this.folder = folder;
        setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /**
     * Opens the message about files an export wrote (one file, or the files of one folder) and returns at once.
     */
    public static ExportDoneDialog open(Shell parent, String title, List<Path> written) {
        if (written.isEmpty()) {
            throw new IllegalArgumentException("an export that wrote nothing has nothing to show");
        }
        ExportDoneDialog dialog = new ExportDoneDialog(parent, title, message(written), folderOf(written));
        dialog.open();
        return dialog;
    }

    /** "Exported plant.svg to /home/me/models." or "Exported 3 files to /home/me/drawings: a.svg, b.svg, c.svg." */
    static String message(List<Path> written) {
        Path folder = folderOf(written);
        if (written.size() == 1) {
            return "Exported " + written.get(0).getFileName() + " to " + folder + ".";
        }
        StringBuilder names = new StringBuilder();
        int shown = Math.min(written.size(), 10);
        for (int i = 0; i < shown; i++) {
            names.append(i == 0 ? "" : ", ").append(written.get(i).getFileName());
        }
        if (shown < written.size()) {
            names.append(" and ").append(written.size() - shown).append(" more");
        }
        return "Exported " + written.size() + " files to " + folder + ": " + names + ".";
    }

    /** The folder the files are in (the common parent of what one export wrote). */
    private static Path folderOf(List<Path> written) {
        Path folder = written.get(0).toAbsolutePath().getParent();
        for (Path file : written) {
            while (!file.toAbsolutePath().startsWith(folder)) {
                folder = folder.getParent();
            }
        }
        return folder;
    }

    /** The message as shown. */
    public String getMessageText() {
        return message;
    }

    /** The folder Open Folder opens. */
    public Path getFolder() {
        return folder;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        String title = getShell().getText();
        super.buttonPressed(buttonId);
        if (buttonId == OPEN_FOLDER && !folderOpener.test(folder)) {
            MessageDialog.openError(getParentShell(), title, "Could not open " + folder
                    + ": the desktop has no program for folders. Open it in your file manager.");
        }
    }

    /** Presses a button as a user does (tests). */
    public void press(int buttonId) {
        buttonPressed(buttonId);
    }

    /** Replaces what opens folders (tests); returns the one before, to be put back. */
    public static Predicate<Path> setFolderOpener(Predicate<Path> opener) {
        Predicate<Path> before = folderOpener;
        folderOpener = Objects.requireNonNull(opener);
        return before;
    }
}
