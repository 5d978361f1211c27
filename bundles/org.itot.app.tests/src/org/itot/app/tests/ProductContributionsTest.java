package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.itot.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ITOT Architect is an RCP product, not an IDE: File > Import and File > Export list only its own wizards, and the
 * IDE's Build All, Content Assist and Find/Replace have no key (they do nothing for a model).
 */
@ExtendWith(IsolatedWorkbench.class)
class ProductContributionsTest {

    @Test
    void importListsOnlyItotArchitectWizards() throws Exception {
        List<String> listed = wizardsListedBy("org.eclipse.ui.file.import");
        assertEquals(List.of("ITOT Architect/ATT&CK for ICS (STIX)",
                "ITOT Architect/Device Configuration and Traffic Capture", "ITOT Architect/Excel Register"), listed);
    }

    @Test
    void exportListsOnlyItotArchitectWizards() throws Exception {
        assertEquals(List.of("ITOT Architect/Register or Drawings", "ITOT Architect/Report..."), wizardsListedBy("org.eclipse.ui.file.export"));
    }

    @Test
    void ideCommandsHaveNoKeyWhileOursKeepTheirs() throws Exception {
        UiTesting.page().showView(ModelExplorerView.ID);
        UiTesting.flush();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        for (String command : List.of("org.eclipse.ui.project.buildAll",
                "org.eclipse.ui.edit.text.contentAssist.proposals", "org.eclipse.ui.edit.findReplace")) {
            assertEquals(List.of(), List.of(bindings.getActiveBindingsFor(command)), command + " has a key");
            List<String> defined = new ArrayList<>();
            for (Binding binding : bindings.getBindings()) {
                if (binding.getParameterizedCommand() != null
                        && binding.getParameterizedCommand().getId().equals(command)) {
                    defined.add(binding.getTriggerSequence().format());
                }
            }
            assertEquals(List.of(), defined, command + " is listed with keys");
        }
        for (String key : List.of("M1+B", "M1+F", "CTRL+SPACE")) {
            Binding bound = bindings.getPerfectMatch(KeySequence.getInstance(key));
            assertNull(bound, key + " is bound to " + (bound == null ? null : bound.getParameterizedCommand()));
        }
        // The activity must not reach the product's own keys.
        Binding save = bindings.getPerfectMatch(KeySequence.getInstance("M1+S"));
        assertNotNull(save, "Ctrl+S lost its binding");
        assertEquals("org.eclipse.ui.file.save", save.getParameterizedCommand().getId());
        Binding open = bindings.getPerfectMatch(KeySequence.getInstance("M1+O"));
        assertNotNull(open, "Ctrl+O lost its binding");
        assertEquals("org.itot.ui.openModel", open.getParameterizedCommand().getId());
    }

    /**
     * Runs the File menu command as a user does and reads the wizard list its dialog shows, every category expanded,
     * as "Category/Wizard"; the dialog is then cancelled. Also fails when the dialog offers "Show All Wizards", which
     * would bring the hidden ones back.
     */
    private static List<String> wizardsListedBy(String commandId) throws Exception {
        Display display = Display.getCurrent();
        AtomicReference<List<String>> listed = new AtomicReference<>();
        AtomicReference<String> problem = new AtomicReference<>();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        long deadline = System.currentTimeMillis() + 30_000;
        Runnable[] reader = new Runnable[1];
        reader[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(s -> s != workbench && s.isVisible() && find(s, Tree.class) != null)
                    .findFirst().orElse(null);
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(50, reader[0]);
                } else {
                    problem.set("no wizard dialog within 30 s");
                }
                return;
            }
            try {
                listed.set(items(find(dialog, Tree.class)));
                Button showAll = findButton(dialog, "Show All Wizards");
                if (showAll != null && showAll.isVisible()) {
                    problem.set("the dialog offers 'Show All Wizards'");
                }
            } finally {
                dialog.close();
            }
        };
        display.timerExec(50, reader[0]);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        UiTesting.waitUntil(() -> listed.get() != null || problem.get() != null, "wizard list");
        assertNull(problem.get(), problem.get());
        assertTrue(!listed.get().isEmpty(), "the dialog lists no wizard at all");
        return listed.get();
    }

    /** The tree's leaves as "parent/leaf", expanding every item the way a click on its arrow does. */
    private static List<String> items(Tree tree) {
        List<String> leaves = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(tree, item, "", leaves);
        }
        return leaves;
    }

    private static void collect(Tree tree, TreeItem item, String prefix, List<String> leaves) {
        if (item.getItemCount() == 0) {
            leaves.add(prefix + item.getText());
            return;
        }
        Event expand = new Event();
        expand.item = item;
        tree.notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            collect(tree, child, prefix + item.getText() + "/", leaves);
        }
    }

    private static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Button findButton(Composite parent, String textStart) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && button.getText().replace("&", "").startsWith(textStart)) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = findButton(composite, textStart);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
