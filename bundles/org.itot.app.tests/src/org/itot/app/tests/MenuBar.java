package org.itot.app.tests;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench window's menu bar as a user meets it: a menu is shown (which is when the workbench updates the
 * items' enablement from the active handlers) and an item is chosen with the same selection event a click sends.
 */
final class MenuBar {

    private MenuBar() {
    }

    /** The item of a top-level menu, e.g. {@code item("Edit", "Undo")}, after the menu was shown. */
    static MenuItem item(String menu, String label) {
        Menu bar = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
        MenuItem top = Arrays.stream(bar.getItems()).filter(item -> label(item).equals(menu)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + menu + " menu in " + labels(bar)));
        Menu items = top.getMenu();
        items.notifyListeners(SWT.Show, new Event());
        UiTesting.flush();
        MenuItem found = Arrays.stream(items.getItems()).filter(item -> label(item).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in the " + menu + " menu: " + labels(items)));
        items.notifyListeners(SWT.Hide, new Event());
        UiTesting.flush();
        return found;
    }

    /** The words of a top-level menu's items in their order (separators are ""). */
    static java.util.List<String> labels(String menu) {
        Menu bar = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
        Menu items = Arrays.stream(bar.getItems()).filter(item -> label(item).equals(menu)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + menu + " menu in " + labels(bar))).getMenu();
        items.notifyListeners(SWT.Show, new Event());
        UiTesting.flush();
        java.util.List<String> labels = Arrays.stream(items.getItems()).map(MenuBar::label).toList();
        items.notifyListeners(SWT.Hide, new Event());
        UiTesting.flush();
        return labels;
    }

    /** Whether the item is enabled when its menu is shown. */
    static boolean enabled(String menu, String label) {
        return item(menu, label).getEnabled();
    }

    /** Chooses an enabled item, as a click does; fails (without running anything) if the item is disabled. */
    static void choose(String menu, String label) {
        MenuItem item = item(menu, label);
        if (!item.getEnabled()) {
            throw new AssertionError(menu + " > " + label + " is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
        UiTesting.flush();
    }

    /** The words of an item: without the mnemonic's '&' and the key shown after a tab. */
    static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "").strip();
    }

    /** The key an item shows (after the tab), or "". */
    static String key(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return tab < 0 ? "" : text.substring(tab + 1);
    }

    private static String labels(Menu menu) {
        return Arrays.stream(menu.getItems()).map(MenuBar::label).collect(Collectors.joining(", "));
    }
}
