package org.itot.asbuilt.traffic;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** Time stamps as the traffic formats write them, to epoch milliseconds. */
final class Times {

    // Suricata writes 2024-03-01T10:15:02.123456+0000; ISO 8601 writes +00:00 or Z.
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffset("+HHmm", "Z").toFormatter();

    private Times() {
    }

    /** Epoch seconds with a fraction ({@code 1709287502.123456}), ISO 8601 with or without offset (UTC then). */
    static long parse(String text) throws BadLine {
        String value = text.strip();
        if (value.isEmpty() || value.equals("-")) {
            return ObservedSession.NO_TIME;
        }
        char first = value.charAt(0);
        if (Character.isDigit(first) && value.indexOf('-') < 0) {
            return epochMillis(value);
        }
        try {
            return OffsetDateTime.parse(value, OFFSET).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            // next spelling
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            // next spelling
        }
        try {
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            // next spelling
        }
        try {
            return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new BadLine("'" + clip(value) + "' is not a time (epoch seconds or ISO 8601)");
        }
    }

    /**
     * {@code 1709287502.123456} to milliseconds by hand: this runs for every line of a log, where a BigDecimal and
     * an exception for the fraction cost more than the rest of the line.
     */
    private static long epochMillis(String value) throws BadLine {
        long seconds = 0;
        long millis = 0;
        int digits = 0;
        boolean fraction = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.' && !fraction) {
                fraction = true;
            } else if (c >= '0' && c <= '9') {
                if (!fraction) {
                    if (++digits > 12) {
                        throw new BadLine("'" + clip(value) + "' is not a time (epoch seconds or ISO 8601)");
                    }
                    seconds = seconds * 10 + (c - '0');
                } else if (fraction && millis < 100 && i - value.indexOf('.') <= 3) {
                    millis = millis * 10 + (c - '0');
                }
            } else {
                throw new BadLine("'" + clip(value) + "' is not a time (epoch seconds or ISO 8601)");
            }
        }
        int fractionDigits = fraction ? Math.min(3, value.length() - value.indexOf('.') - 1) : 0;
        for (int i = fractionDigits; i < 3; i++) {
            millis *= 10;
        }
        return seconds * 1000 + millis;
    }

    static String clip(String text) {
        return org.itot.asbuilt.ModelText.clip(text);
    }
}
