package org.itot.validation.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.ModelElement;

/**
 * Where each element of a model file starts (line and column of its start tag, both 1-based), for reports that point
 * at lines: SARIF regions. Read from the file's text in one pass; {@code .itot} files hold one element per start tag,
 * each tag carrying the element's {@code xmi:id} and, for named elements, its {@code id}. An element is found by its
 * {@code xmi:id} (unique in the file) and otherwise by its {@code id} when exactly one tag carries it.
 * <p>
 * Columns count UTF-16 code units, SARIF's default column kind; lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class ElementPositions {

    /** A place in the model file. */
    public record Position(int line, int column) {
    }

    /** No positions at all: reports then locate findings by file and logical location only. */
    public static final ElementPositions NONE = new ElementPositions(Map.of(), Map.of());

    private final Map<String, Position> byXmiId;
    private final Map<String, Position> byId;

    private ElementPositions(Map<String, Position> byXmiId, Map<String, Position> byId) {
        this.byXmiId = byXmiId;
        this.byId = byId;
    }

    /** The positions of every start tag of a model file's text. */
    public static ElementPositions of(String text) {
        Map<String, Position> byXmiId = new HashMap<>();
        Map<String, Position> byId = new HashMap<>();
        Set<String> sharedIds = new HashSet<>();
        int line = 1;
        int lineStart = 0;
        int length = text.length();
        // '<' never stands raw in attribute values or text of well-formed XML, so each one starts a tag
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            } else if (c == '<' && i + 1 < length && isNameStart(text.charAt(i + 1))) {
                Position position = new Position(line, i - lineStart + 1);
                int end = tagEnd(text, i);
                String xmiId = attribute(text, i, end, "xmi:id");
                if (xmiId != null) {
                    byXmiId.putIfAbsent(xmiId, position);
                }
                String id = attribute(text, i, end, "id");
                if (id != null && byId.putIfAbsent(id, position) != null) {
                    sharedIds.add(id);
                }
            }
        }
        sharedIds.forEach(byId::remove);
        return new ElementPositions(Map.copyOf(byXmiId), Map.copyOf(byId));
    }

    /** Where the element's start tag is, if the file has it. */
    public Optional<Position> of(EObject element) {
        if (element.eResource() != null) {
            Position position = byXmiId.get(element.eResource().getURIFragment(element));
            if (position != null) {
                return Optional.of(position);
            }
        }
        if (element instanceof ModelElement named && named.getId() != null) {
            return Optional.ofNullable(byId.get(named.getId()));
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return byXmiId.isEmpty() && byId.isEmpty();
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** The index just after the tag's closing '>', outside quoted values; the text's end if it has none. */
    private static int tagEnd(String text, int start) {
        char quote = 0;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The raw value of an attribute of the tag in [start, end), or null; names match whole, after white space. */
    private static String attribute(String text, int start, int end, String name) {
        int from = start;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0 || at >= end) {
                return null;
            }
            int after = at + name.length();
            boolean wholeName = Character.isWhitespace(text.charAt(at - 1));
            int equals = after;
            while (equals < end && Character.isWhitespace(text.charAt(equals))) {
                equals++;
            }
            if (wholeName && equals < end && text.charAt(equals) == '=') {
                int open = equals + 1;
                while (open < end && Character.isWhitespace(text.charAt(open))) {
                    open++;
                }
                if (open < end && (text.charAt(open) == '"' || text.charAt(open) == '\'')) {
                    int close = text.indexOf(text.charAt(open), open + 1);
                    if (close > 0 && close < end) {
                        if (isInsideValue(text, start, at)) {
                            from = close + 1;
                            continue;
                        }
                        return text.substring(open + 1, close);
                    }
                }
            }
            from = after;
        }
    }

    /** Whether an offset of a tag lies inside a quoted attribute value (a description that mentions id="x"). */
    private static boolean isInsideValue(String text, int tagStart, int offset) {
        char quote = 0;
        for (int i = tagStart; i < offset; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
        }
        return quote != 0;
    }
}
