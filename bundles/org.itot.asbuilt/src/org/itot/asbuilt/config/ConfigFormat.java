package org.itot.asbuilt.config;

import java.util.Locale;

/** The device configuration formats reconcile reads. */
public enum ConfigFormat {
    IPTABLES("iptables", "iptables-save output"), NFTABLES("nftables", "nft -j list ruleset"),
    ASA("asa", "Cisco ASA running-config"),
    PFSENSE("pfsense", "pfSense/OPNsense config.xml");

    private final String word;
    private final String label;

    ConfigFormat(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The word {@code --config-format} takes. */
    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    /** The format a word names, or {@code null}. */
    public static ConfigFormat of(String word) {
        for (ConfigFormat format : values()) {
            if (format.word.equals(word.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }

    public static String words() {
        StringBuilder out = new StringBuilder();
        for (ConfigFormat format : values()) {
            out.append(out.isEmpty() ? "" : ", ").append(format.word);
        }
        return out.toString();
    }
}
