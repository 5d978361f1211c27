package org.itot.asbuilt.traffic;

/** One traffic format's reading of its lines into sessions. */
interface RecordParser {

    /** What one line gave. */
    enum Outcome {
        /** A session record, added to the sessions. */
        RECORD,
        /** A line the format has besides session records: a header, another event type, a blank line. */
        OTHER
    }

    /**
     * @throws BadLine when the line cannot be read (counted, fatal under --strict)
     * @throws TrafficReadException when the file as a whole is not this format
     */
    Outcome line(String text, long number, Sessions into) throws BadLine, TrafficReadException;
}
