package org.itot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Text as drawings show it. Labels are user input: invisible characters that reorder or hide text
 * (bidi overrides, zero-width characters) are made visible, and text of any length is wrapped and
 * cut in time and memory proportional to what fits, never to the text's length (a pasted key or
 * hash of 100,000 characters without a space is an ordinary input).
 */
public final class LabelText {

    /**
     * No glyph of the painter's fonts (9.5 units and up) is narrower than this many units, so a line
     * of width {@code w} never shows more than {@code w / MIN_GLYPH_WIDTH} characters; longer text is
     * cut before it is measured.
     */
    static final double MIN_GLYPH_WIDTH = 1;
    static final String ELLIPSIS = "\u2026";

    private LabelText() {
    }

    /**
     * The text with every bidi embedding, override and isolate control (U+202A-U+202E,
     * U+2066-U+2069) and every zero-width character (U+200B-U+200D, U+2060, U+FEFF) replaced by a
     * visible escape such as {@code [U+202E]}: drawn as they are, they let a name read as another
     * ("gnp.exe" shown as "exe.png") or make two different names look the same.
     */
    public static String neutralise(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("[U+%04X]", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isHidden(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c >= '\u200b' && c <= '\u200d'
                || c == '\u2060' || c == '\ufeff';
    }

    /**
     * The text cut with an ellipsis to fit {@code width} as {@code widthOf} measures it. Measures
     * about log2(n) prefixes of at most {@code width / MIN_GLYPH_WIDTH} characters.
     */
    public static String fit(String text, double width, ToDoubleFunction<String> widthOf) {
        String shown = cut(text, capacity(width));
        boolean isCut = shown.length() < text.length();
        if (!isCut && widthOf.applyAsDouble(text) <= width) {
            return text;
        }
        return withEllipsis(shown, width, widthOf, isCut);
    }

    /**
     * Word-wraps into at most {@code maxLines} lines of {@code width}, breaking at spaces and after
     * slashes and hyphens followed by a word ("operations/supervisory" and "remote-access" may break,
     * "I/O" and "PLC-01" may not); a word a little wider than a line is cut with an ellipsis, a word
     * wider than two lines is broken across lines; the last line ends with an ellipsis when text is
     * left over.
     */
    public static List<String> wrap(String text, double width, int maxLines, ToDoubleFunction<String> widthOf) {
        int lineCapacity = capacity(width);
        int lineLimit = Math.max(1, maxLines);
        String shown = cut(text, (int) Math.min(Integer.MAX_VALUE, (long) lineCapacity * lineLimit));
        List<String> words = words(shown);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (int i = 0; i < words.size();) {
            String word = words.get(i);
            String candidate = line + word;
            if (fits(candidate.stripTrailing(), lineCapacity, width, widthOf)) {
                line = candidate;
                i++;
            } else if (lines.size() == lineLimit - 1) {
                String rest = line + String.join("", words.subList(i, words.size()));
                lines.add(withEllipsis(cut(rest, lineCapacity), width, widthOf, true));
                return lines;
            } else if (!line.isEmpty()) {
                lines.add(line.stripTrailing());
                line = "";
            } else if (!fits(cut(word, 2 * lineCapacity), 2 * lineCapacity, 2 * width, widthOf)) {
                // A word wider than two lines (a key, a hash, a URL): break it where each line is full.
                int end = boundary(word, longestFitting(cut(word, lineCapacity), width, "", widthOf));
                if (end == 0) {
                    end = Character.charCount(word.codePointAt(0));
                }
                lines.add(word.substring(0, end));
                words.set(i, word.substring(end));
            } else {
                // A word a little too wide: on a line of its own, cut, rather than broken in two.
                lines.add(withEllipsis(word.stripTrailing(), width, widthOf, false));
                i++;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.stripTrailing());
        }
        if (shown.length() < text.length()) {
            int last = lines.size() - 1;
            lines.set(last, withEllipsis(lines.get(last), width, widthOf, true));
        }
        return lines;
    }

    /** Whether the text fits; text longer than a line can show never does, and is not measured. */
    private static boolean fits(String text, int lineCapacity, double width, ToDoubleFunction<String> widthOf) {
        return text.length() <= lineCapacity && widthOf.applyAsDouble(text) <= width;
    }

    /**
     * The places a label may break: a word with the spaces after it, a word ending in a slash or
     * hyphen that is followed by at least three letters, or the spaces the text starts with. One
     * pass, no regex: a regex with a repeated alternation recurses once per character and overflows
     * on long words.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int i = start;
            if (text.charAt(i) == ' ') {
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
            } else {
                boolean afterBreak = false;
                while (i < n && text.charAt(i) != ' ' && !afterBreak) {
                    char c = text.charAt(i);
                    afterBreak = (c == '/' || c == '-') && i > start && wordFollows(text, i + 1);
                    i++;
                }
                while (!afterBreak && i < n && text.charAt(i) == ' ') {
                    i++;
                }
            }
            words.add(text.substring(start, i));
            start = i;
        }
        return words;
    }

    private static boolean wordFollows(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '/' || c == '-') {
                return false;
            }
        }
        return true;
    }

    /** The longest prefix of the text that fits with an ellipsis; {@code always} adds one even when all fits. */
    private static String withEllipsis(String text, double width, ToDoubleFunction<String> widthOf, boolean always) {
        if (!always && widthOf.applyAsDouble(text) <= width) {
            return text;
        }
        int end = boundary(text, longestFitting(text, width, ELLIPSIS, widthOf));
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * The length of the longest prefix that, stripped and followed by {@code suffix}, is at most
     * {@code width} wide: a binary search, as widths grow with the prefix.
     */
    private static int longestFitting(String text, double width, String suffix, ToDoubleFunction<String> widthOf) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (widthOf.applyAsDouble(text.substring(0, middle).stripTrailing() + suffix) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** At most {@code length} characters, never half a surrogate pair. */
    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, boundary(text, length));
    }

    private static int boundary(String text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    /** The most characters a line of {@code width} can show, plus one so that a cut text still overflows. */
    private static int capacity(double width) {
        double capacity = Math.max(0, width) / MIN_GLYPH_WIDTH + 1;
        return capacity >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.ceil(capacity);
    }
}
