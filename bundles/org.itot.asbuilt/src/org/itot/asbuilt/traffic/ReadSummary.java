package org.itot.asbuilt.traffic;

import java.util.List;

/**
 * What reading one traffic file gave: how many lines, how many session records, how many lines were other records
 * of the format (Suricata alerts, Zeek headers) and how many could not be read, with the first few of those. For a
 * capture ({@link TrafficFormat#isCapture()}) lines are packets, records IP packets, ignored the other frames (ARP,
 * PROFINET RT) and later fragments, and unreadable the malformed or cut-off packets.
 */
public record ReadSummary(String file, TrafficFormat format, long lines, long records, long ignored,
        long unreadable, List<String> unreadableSamples) {

    public ReadSummary {
        unreadableSamples = List.copyOf(unreadableSamples);
    }
}
