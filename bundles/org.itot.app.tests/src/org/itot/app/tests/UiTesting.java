package org.itot.app.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * Helpers for tests in the running workbench: let queued UI work run, wait for background work, drive wizards.
 * Every wait has a deadline: a test that waits in vain fails and says for what, it never hangs the build.
 */
final class UiTesting {

    /** Long enough for validation of a large model on a loaded CI machine; a pass takes well under a second. */
    static final long WAIT_MS = 60_000;
    /** Queued UI work that never ends (something re-posts itself forever) is a defect, not something to wait for. */
    private static final long FLUSH_MS = 20_000;

    private UiTesting() {
    }

    /** The workbench page; also while a dialog is active (then there is no "active" workbench window). */
    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    /** Runs the UI work queued so far (async runnables, repaints, events), within a deadline. */
    static void flush() {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + FLUSH_MS;
        while (display.readAndDispatch()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the UI event queue did not run empty within " + FLUSH_MS / 1000 + " s");
            }
        }
    }

    /**
     * Opens a model as File > Open does (read in the background, then its first diagram or the question about the
     * missing one) and waits until it is open.
     */
    static OpenModel openWithActions(Path file) throws InterruptedException {
        ModelFileActions.open(page(), file);
        waitUntil(() -> OpenModels.get().find(file).isPresent(), "the model " + file.getFileName() + " opened");
        return OpenModels.get().find(file).orElseThrow();
    }

    /** Runs the UI event loop until the condition holds; fails after {@link #WAIT_MS}, naming what it waited for. */
    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            flush();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + what + " within " + WAIT_MS / 1000 + " s");
    }

    /**
     * Collects the texts of the next dialog that opens and matches (a modal one: from inside its own event loop) and
     * closes it. Shells open before, and shells without matching text (tool tips), are not it. Gives up after
     * {@link #WAIT_MS}, so a dialog that never comes leaves no timer behind.
     */
    static void closeNextDialog(Predicate<List<String>> matches, List<String> into) {
        Display display = Display.getCurrent();
        List<Shell> before = List.of(display.getShells());
        long deadline = System.currentTimeMillis() + WAIT_MS;
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
                        List<String> texts = new ArrayList<>();
                        texts.add(shell.getText());
                        collectTexts(shell, texts);
                        if (matches.test(texts)) {
                            into.addAll(texts);
                            shell.close();
                            return;
                        }
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(50, this);
                }
            }
        });
    }

    /** The texts a user reads in a control and its children. */
    static void collectTexts(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        } else if (control instanceof Text text) {
            texts.add(text.getText());
        } else if (control instanceof StyledText styled) {
            texts.add(styled.getText());
        } else if (control instanceof org.eclipse.swt.widgets.List list) {
            texts.addAll(List.of(list.getItems()));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, texts);
            }
        }
    }

    /** A wizard dialog opened without blocking, whose Finish the test presses after filling the page. */
    static final class OpenWizard extends WizardDialog {

        OpenWizard(IWizard wizard) {
            super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            setBlockOnOpen(false);
            open();
            flush();
        }

        boolean canFinish() {
            return getWizard().canFinish();
        }

        /** Presses Finish; true when the wizard finished and the dialog closed. */
        boolean finish() {
            finishPressed();
            flush();
            return getShell() == null || getShell().isDisposed();
        }
    }
    /** Pixels of the editor's diagram, as it paints now, of which {@code colour} holds. */
    static int diagramPixels(DiagramEditor editor, Predicate<RGB> colour) {
        Rectangle size = editor.getViewer().getControl().getClientArea();
        Image image = new Image(editor.getViewer().getControl().getDisplay(), Math.max(1, size.width),
                Math.max(1, size.height));
        GC gc = new GC(image);
        try {
            editor.getViewer().print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        int count = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                if (colour.test(data.palette.getRGB(data.getPixel(x, y)))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The workbench window as it is on screen, for the README (written under the build's target folder). */
    static void screenshot(Shell shell, String name) throws Exception {
        flush();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
        image.dispose();
    }
}
