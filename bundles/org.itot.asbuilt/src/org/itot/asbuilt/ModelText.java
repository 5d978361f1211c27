package org.itot.asbuilt;

import org.itot.model.ModelElement;

/** How the as-built findings name model elements and quote text from the files they read. */
public final class ModelText {

    private static final int MAX_QUOTE = 80;

    private ModelText() {
    }

    public static String label(ModelElement element) {
        if (element == null) {
            return "(none)";
        }
        String name = element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
        return name + " (" + element.getId() + ")";
    }

    /**
     * Text from an input file, made safe to quote in a message: control characters shown as '?', a leading formula
     * character ('=', '+', '-', '@') quoted so no spreadsheet the report lands in evaluates it, and long text cut.
     */
    public static String clip(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < MAX_QUOTE; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        }
        if (text.length() > MAX_QUOTE) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        String result = out.toString();
        if (!result.isEmpty() && "=+-@".indexOf(result.charAt(0)) >= 0) {
            result = "'" + result;
        }
        return result;
    }
}
