package org.itot.ui.swt;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;

/** What the workbench's Edit commands do to a text field that is being edited in place (rename fields). */
public final class TextFields {

    private TextFields() {
    }

    /** Edit > Delete in a text: the selected text, or the character after the caret, as the Delete key would. */
    public static void delete(Text text) {
        Point range = text.getSelection();
        if (range.x == range.y && range.x < text.getCharCount()) {
            text.setSelection(range.x, range.x + 1);
        }
        text.insert("");
    }
}
