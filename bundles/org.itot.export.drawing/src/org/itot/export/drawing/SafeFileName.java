package org.itot.export.drawing;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A file name made from a name people gave something (a diagram's, for {@code itot export --all}
 * and the Export wizard): it can be written on Linux, macOS and Windows and names no device there.
 * Everything but letters, digits, '.', '_' and '-' becomes '-' (separators, wildcards, control,
 * bidi and zero-width characters); Windows' device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, also
 * with superscript digits and with any extension, in any case) get a suffix; the result is at most
 * {@value #MAX_LENGTH} characters and {@value #MAX_BYTES} bytes in UTF-8 (file systems count bytes).
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 80;
    static final int MAX_BYTES = 200;
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern WINDOWS_DEVICE = Pattern
            .compile("(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])");

    private SafeFileName() {
    }

    /** The safe form of {@code name}, without extension; {@code fallback} when nothing of the name is left. */
    public static String of(String name, String fallback) {
        String safe = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFC);
        safe = UNSAFE.matcher(safe).replaceAll("-");
        safe = trim(safe.replaceAll("-{2,}", "-"));
        safe = trim(cut(safe));
        if (safe.isEmpty()) {
            return fallback;
        }
        int dot = safe.indexOf('.');
        String stem = dot < 0 ? safe : safe.substring(0, dot);
        // Windows opens the device for "NUL" and for "NUL.anything": the part before the first dot counts.
        return WINDOWS_DEVICE.matcher(stem).matches() ? stem + "-" + fallback + safe.substring(stem.length()) : safe;
    }

    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isTrimmed(name.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    /** Leading dots hide a file; trailing dots Windows drops; dashes at the ends are what is left of separators. */
    private static boolean isTrimmed(char c) {
        return c == '-' || c == '.';
    }

    /** At most {@link #MAX_LENGTH} code points and {@link #MAX_BYTES} UTF-8 bytes, never half a character. */
    private static String cut(String name) {
        int bytes = 0;
        int count = 0;
        int end = 0;
        while (end < name.length() && count < MAX_LENGTH) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            count++;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }
}
