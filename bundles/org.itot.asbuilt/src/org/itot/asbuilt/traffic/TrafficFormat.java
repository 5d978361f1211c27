package org.itot.asbuilt.traffic;

/** The traffic formats {@code itot reconcile --traffic} reads. */
public enum TrafficFormat {
    ZEEK_TSV("Zeek conn.log (TSV)"), ZEEK_JSON("Zeek conn.log (JSON)"), SURICATA_EVE("Suricata eve.json"),
    FLOW_CSV("flow CSV"), PCAP("pcap capture"), PCAPNG("pcapng capture");

    private final String label;

    TrafficFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A packet capture: its summary counts packets, not lines, and its evidence "line" is a packet number. */
    public boolean isCapture() {
        return this == PCAP || this == PCAPNG;
    }
}
