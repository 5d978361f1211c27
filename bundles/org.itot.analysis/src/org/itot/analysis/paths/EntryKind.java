package org.itot.analysis.paths;

/** Where an attacker starts: the five entry routes of IEC 62443-3-2 threat modelling, or a chosen element. */
public enum EntryKind {
    INTERNET("internet", "Internet"),
    ENTERPRISE("enterprise", "Enterprise users"),
    REMOTE_VENDOR("vendor", "Remote vendors"),
    WIRELESS("wireless", "Wireless"),
    TRANSIENT("transient", "Transient devices"),
    /** An asset or zone named with {@code --from}: the attacker is assumed to hold it already. */
    CHOSEN("chosen", "Chosen start");

    private final String key;
    private final String label;

    EntryKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The short word used in ids, JSON and {@code --from}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
