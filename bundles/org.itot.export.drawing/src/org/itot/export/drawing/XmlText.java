package org.itot.export.drawing;

/**
 * Escaping for the XML we write by hand (SVG, draw.io). Model names are user input: markup
 * characters are escaped, and characters XML 1.0 cannot carry at all (most control characters,
 * lone surrogates) become U+FFFD so the file always parses.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Escaped for element content and for attribute values in double quotes; line breaks kept as character references. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\n' -> "&#10;";
            case '\r' -> "&#13;";
            case '\t' -> "&#9;";
            default -> allowed(text, i) ? null : "\ufffd";
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Markup characters escaped for an HTML label (draw.io's html=1), line breaks as {@code <br>}. */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r\n", "\n").replace("\n", "<br>");
    }

    private static boolean allowed(String text, int index) {
        char c = text.charAt(index);
        if (c < 0x20) {
            return false; // tab, line feed and carriage return are handled by the caller
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
        }
        return c != 0xfffe && c != 0xffff;
    }

    /** A number with at most two decimals and no trailing zeros, as SVG and draw.io read it. */
    public static String number(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String sign = hundredths < 0 ? "-" : "";
        long magnitude = Math.abs(hundredths);
        long fraction = magnitude % 100;
        String decimals = fraction % 10 == 0 ? Long.toString(fraction / 10) : (fraction < 10 ? "0" : "") + fraction;
        return sign + magnitude / 100 + "." + decimals;
    }
}
