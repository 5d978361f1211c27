package org.itot.model.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itot.model.ItotFactory;
import org.itot.model.SecurityLevelVector;

/** IEC 62443 security-level vectors: access by FR index, the scalar shorthand, comparison. */
public final class SecurityLevels {

    public static final int FR_COUNT = 7;
    public static final int MAX_LEVEL = 4;

    /** A scalar level as {@link #format} writes it ("SL 2") or as people type it ("2", "sl2"). */
    private static final Pattern SCALAR = Pattern.compile("(?:SL\\s*)?([0-9]+)");
    /** Seven levels, FR1 to FR7, with or without the "FR1-FR7" prefix {@link #format} writes. */
    private static final Pattern VECTOR = Pattern.compile("(?:FR\\s*1\\s*-\\s*FR\\s*7\\s+)?([0-9]+(?:\\s*,\\s*[0-9]+){6})");

    private SecurityLevels() {
    }

    /** @param index 1 for FR1 up to 7 for FR7 */
    public static int fr(SecurityLevelVector vector, int index) {
        return switch (index) {
        case 1 -> vector.getFr1();
        case 2 -> vector.getFr2();
        case 3 -> vector.getFr3();
        case 4 -> vector.getFr4();
        case 5 -> vector.getFr5();
        case 6 -> vector.getFr6();
        case 7 -> vector.getFr7();
        default -> throw new IllegalArgumentException("FR index must be 1-7, was " + index);
        };
    }

    public static void setFr(SecurityLevelVector vector, int index, int level) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("security level must be 0-4, was " + level);
        }
        switch (index) {
        case 1 -> vector.setFr1(level);
        case 2 -> vector.setFr2(level);
        case 3 -> vector.setFr3(level);
        case 4 -> vector.setFr4(level);
        case 5 -> vector.setFr5(level);
        case 6 -> vector.setFr6(level);
        case 7 -> vector.setFr7(level);
        default -> throw new IllegalArgumentException("FR index must be 1-7, was " + index);
        }
    }

    /** A vector with every FR at one level: what "SL 2" means as a scalar. */
    public static SecurityLevelVector uniform(int level) {
        SecurityLevelVector vector = ItotFactory.eINSTANCE.createSecurityLevelVector();
        for (int i = 1; i <= FR_COUNT; i++) {
            setFr(vector, i, level);
        }
        return vector;
    }

    public static boolean isUniform(SecurityLevelVector vector) {
        for (int i = 2; i <= FR_COUNT; i++) {
            if (fr(vector, i) != vector.getFr1()) {
                return false;
            }
        }
        return true;
    }

    public static int scalar(SecurityLevelVector vector) {
        int max = 0;
        for (int i = 1; i <= FR_COUNT; i++) {
            max = Math.max(max, fr(vector, i));
        }
        return max;
    }

    public static boolean covers(SecurityLevelVector vector, SecurityLevelVector other) {
        if (other == null) {
            return true;
        }
        for (int i = 1; i <= FR_COUNT; i++) {
            if (fr(vector, i) < fr(other, i)) {
                return false;
            }
        }
        return true;
    }

    /** "SL 2" for a uniform vector, else "FR1-FR7 3,2,2,1,3,1,2" — how registers and findings show it. */
    public static String format(SecurityLevelVector vector) {
        if (vector == null) {
            return "";
        }
        if (isUniform(vector)) {
            return "SL " + vector.getFr1();
        }
        StringBuilder text = new StringBuilder("FR1-FR7 ");
        for (int i = 1; i <= FR_COUNT; i++) {
            text.append(i > 1 ? "," : "").append(fr(vector, i));
        }
        return text.toString();
    }

    /**
     * Reads what {@link #format} writes, and what people type: "2", "SL 2" (every FR at one level), "FR1-FR7
     * 3,2,2,1,3,1,2" or "3,2,2,1,3,1,2" (FR1 to FR7), case and spaces ignored. Empty text means no vector.
     *
     * @return a new vector, or null for empty text
     * @throws IllegalArgumentException with what to write instead, for anything else or a level above 4
     */
    public static SecurityLevelVector parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        Matcher scalar = SCALAR.matcher(value);
        if (scalar.matches()) {
            return uniform(level(scalar.group(1), text));
        }
        Matcher vector = VECTOR.matcher(value);
        if (vector.matches()) {
            String[] levels = vector.group(1).split(",");
            SecurityLevelVector parsed = ItotFactory.eINSTANCE.createSecurityLevelVector();
            for (int i = 0; i < FR_COUNT; i++) {
                setFr(parsed, i + 1, level(levels[i].strip(), text));
            }
            return parsed;
        }
        throw new IllegalArgumentException(notALevel(text));
    }

    private static int level(String digits, String text) {
        // Long digit runs overflow int; anything over one digit is out of range anyway.
        if (digits.length() > 1 || digits.charAt(0) - '0' > MAX_LEVEL) {
            throw new IllegalArgumentException(notALevel(text));
        }
        return digits.charAt(0) - '0';
    }

    private static String notALevel(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "'" + shown + "' is not a security level; write a level 0-4, or seven levels for FR1-FR7 such as "
                + "'FR1-FR7 3,2,2,1,3,1,2'";
    }
}
