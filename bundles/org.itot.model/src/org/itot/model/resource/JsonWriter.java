package org.itot.model.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON as it goes, in the layout of {@link JsonText} (two-space indentation, one member or element a line,
 * {@code {}} and {@code []} when empty): a report of tens of thousands of findings streams into its file without the
 * whole document ever being a tree or a string in memory. Maps, lists, strings, numbers and booleans are written byte
 * for byte as {@link JsonText} writes them (with its string quoting).
 * <p>
 * Objects and arrays are opened and closed explicitly ({@link #beginObject()}, {@link #name(String)},
 * {@link #endObject()}); a whole value (a small map of one finding) is written with {@link #value(Object)}.
 * Errors of the underlying {@link Appendable} are thrown as {@link UncheckedIOException}.
 */
public final class JsonWriter {

    private final Appendable out;
    /** For each open object or array: how many members or elements it has so far. */
    private final Deque<int[]> open = new ArrayDeque<>();
    /** A member name was written and its value is due: no comma or new line before the value. */
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        beforeValue();
        append("{");
        open.push(new int[1]);
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        append("[");
        open.push(new int[1]);
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the open object; its value follows. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        append(": ");
        afterName = true;
        return this;
    }

    /** A whole value: null, a string, a number, a boolean, a map (its keys as names, in its order) or a list. */
    public JsonWriter value(Object value) {
        if (value instanceof Map<?, ?> map) {
            beginObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                name(String.valueOf(entry.getKey()));
                value(entry.getValue());
            }
            return endObject();
        }
        if (value instanceof List<?> list) {
            beginArray();
            for (Object element : list) {
                value(element);
            }
            return endArray();
        }
        beforeValue();
        if (value == null) {
            append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            append(String.valueOf(value));
        } else {
            string(String.valueOf(value));
        }
        return this;
    }

    /** A member: {@code name(name).value(value)}. */
    public JsonWriter member(String name, Object value) {
        return name(name).value(value);
    }

    /** Begins a value: after a member name it follows on the line; in an array it is the next element. */
    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else if (!open.isEmpty()) {
            separate();
        }
    }

    /** Ends the previous member or element (a comma) or opens the first one (a new line), and indents. */
    private void separate() {
        int[] count = open.peek();
        append(count[0]++ == 0 ? "\n" : ",\n");
        indent(open.size());
    }

    private JsonWriter close(char bracket) {
        int[] count = open.pop();
        if (count[0] > 0) {
            append("\n");
            indent(open.size());
        }
        append(String.valueOf(bracket));
        return this;
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            append("  ");
        }
    }

    private void string(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        JsonText.string(text, quoted);
        append(quoted);
    }

    private void append(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
