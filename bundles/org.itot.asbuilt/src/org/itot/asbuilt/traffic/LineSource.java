package org.itot.asbuilt.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a log, read with a bounded buffer: a line longer than the limit is skipped to its end and reported (a
 * hostile file with no line breaks costs the limit, not the file's size), and a line that is not UTF-8 text or
 * holds NUL bytes is reported, not decoded into garbage.
 */
final class LineSource {

    /** Why the last line could not be read as text, or {@code null}. */
    private String problem;
    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private long number;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean endedWithoutBreak;

    LineSource(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its line break (and a CR before it), {@code null} at the end. */
    String next() throws IOException {
        problem = null;
        int length = 0;
        boolean tooLong = false;
        boolean nul = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    endedWithoutBreak = true;
                    break;
                }
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (b == 0) {
                nul = true;
            }
            if (length < maxLength) {
                if (length == line.length) {
                    byte[] bigger = new byte[Math.min(maxLength, line.length * 2)];
                    System.arraycopy(line, 0, bigger, 0, length);
                    line = bigger;
                }
                line[length++] = b;
            } else {
                tooLong = true;
            }
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (tooLong) {
            problem = "the line is longer than " + maxLength + " bytes (skipped)";
            return "";
        }
        if (nul) {
            problem = "the line holds binary data (NUL bytes)";
            return "";
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            problem = "the line is not UTF-8 text";
            return "";
        }
    }

    /** The number of the line {@link #next()} returned last, from 1. */
    long number() {
        return number;
    }

    String problem() {
        return problem;
    }

    /** The file ended inside the last line returned (no line break after it): it may be truncated. */
    boolean lastLineUnterminated() {
        return endedWithoutBreak;
    }
}
