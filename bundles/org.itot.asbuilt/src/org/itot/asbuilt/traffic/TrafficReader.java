package org.itot.asbuilt.traffic;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads traffic files into {@link Sessions}, streaming: one line (or, for a pcap/pcapng capture, one packet) at a
 * time through a bounded buffer, so a multi-gigabyte log costs the sessions it holds, not its size. The format is recognised from the content (a
 * {@code .gz} file is read through gzip); progress is reported by bytes read and cancel is honoured between lines.
 */
public final class TrafficReader {

    /** The longest line read; longer lines are skipped and counted as unreadable. */
    public static final int DEFAULT_MAX_LINE = 1024 * 1024;
    private static final int SAMPLES = 10;
    private static final int PROBE = 8192;

    private final boolean strict;
    private final int maxLine;

    /** @param strict an unreadable line ends the read with an error instead of being counted */
    public TrafficReader(boolean strict) {
        this(strict, DEFAULT_MAX_LINE);
    }

    public TrafficReader(boolean strict, int maxLine) {
        this.strict = strict;
        this.maxLine = maxLine;
    }

    /**
     * Reads one file into the sessions.
     *
     * @param monitor progress and cancel; may be null
     * @throws TrafficReadException the file is not a traffic format reconcile reads, or (strict) has a bad line
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public ReadSummary read(Path file, Sessions into, IProgressMonitor monitor)
            throws IOException, TrafficReadException {
        String name = file.toString();
        long size = Math.max(1, Files.size(file));
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), 1000);
        try (CountingStream counted = new CountingStream(Files.newInputStream(file))) {
            InputStream in = new BufferedInputStream(counted, 64 * 1024);
            byte[] probe = peek(in);
            if (probe.length >= 2 && (probe[0] & 0xff) == 0x1f && (probe[1] & 0xff) == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
                probe = peek(in);
            }
            if (CaptureReader.isCapture(probe)) {
                return new CaptureReader(name, strict, into, progress, () -> counted.count, size).read(in);
            }
            TrafficFormat format = detect(name, probe);
            RecordParser parser = switch (format) {
            case ZEEK_TSV -> new ZeekTsvParser(name);
            case ZEEK_JSON -> new ZeekJsonParser(name);
            case SURICATA_EVE -> new SuricataEveParser(name);
            case FLOW_CSV -> new FlowCsvParser(name);
            case PCAP, PCAPNG -> throw new IllegalStateException("captures are read by CaptureReader");
            };
            LineSource lines = new LineSource(in, maxLine);
            long records = 0;
            long other = 0;
            long unreadable = 0;
            List<String> samples = new ArrayList<>();
            int reported = 0;
            String text;
            while ((text = lines.next()) != null) {
                long number = lines.number();
                if ((number & 0xfff) == 0) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    int done = (int) (1000 * counted.count / size);
                    progress.setWorkRemaining(1000 - reported);
                    progress.worked(Math.max(0, done - reported));
                    reported = Math.max(reported, done);
                }
                String reason = lines.problem();
                if (reason == null) {
                    try {
                        if (parser.line(text, number, into) == RecordParser.Outcome.RECORD) {
                            records++;
                        } else {
                            other++;
                        }
                        continue;
                    } catch (BadLine e) {
                        reason = e.getMessage();
                        if (lines.lastLineUnterminated()) {
                            reason += "; the file ends inside this line (truncated?)";
                        }
                    }
                }
                unreadable++;
                if (strict) {
                    throw new TrafficReadException(name, number, reason + " (--strict: an unreadable line is fatal; "
                            + "without --strict it is counted and skipped)");
                }
                if (samples.size() < SAMPLES) {
                    samples.add("line " + number + ": " + reason);
                }
            }
            if (records == 0 && unreadable > 0 && unreadable >= lines.number() - other) {
                throw new TrafficReadException(name, 0, "no line could be read as " + format.label() + " ("
                        + unreadable + " unreadable; first: " + samples.get(0) + ")");
            }
            return new ReadSummary(name, format, lines.number(), records, other, unreadable, samples);
        } finally {
            progress.done();
        }
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(PROBE);
        byte[] probe = in.readNBytes(PROBE);
        in.reset();
        return probe;
    }

    /** The format from the first bytes; a clear error for binary files, captures and anything else. */
    static TrafficFormat detect(String file, byte[] probe) throws TrafficReadException {
        if (probe.length == 0) {
            throw new TrafficReadException(file, 0, "the file is empty");
        }
        for (byte b : probe) {
            if (b == 0) {
                throw new TrafficReadException(file, 0, "the file is binary, not a traffic log (Zeek conn.log, "
                        + "Suricata eve.json or a flow CSV) nor a pcap/pcapng capture");
            }
        }
        String head = new String(probe, StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        String first = head.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        if (first.startsWith("#separator") || first.startsWith("#fields")) {
            return TrafficFormat.ZEEK_TSV;
        }
        if (first.startsWith("{")) {
            if (first.contains("\"event_type\"")) {
                return TrafficFormat.SURICATA_EVE;
            }
            if (first.contains("\"id.orig_h\"") || first.contains("\"_path\"")) {
                return TrafficFormat.ZEEK_JSON;
            }
            throw new TrafficReadException(file, 1, "a JSON line that is neither Zeek's (id.orig_h) nor Suricata's "
                    + "(event_type); give a Zeek conn.log or a Suricata eve.json");
        }
        if (FlowCsvParser.isHeader(first)) {
            return TrafficFormat.FLOW_CSV;
        }
        throw new TrafficReadException(file, 1, "not a traffic format reconcile reads: expected a Zeek conn.log "
                + "(#separator/#fields header), Zeek or Suricata JSON lines, or a flow CSV with a header naming "
                + "source, destination, protocol and port");
    }

    /** Counts the bytes read from the file itself (compressed or not), for progress. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
