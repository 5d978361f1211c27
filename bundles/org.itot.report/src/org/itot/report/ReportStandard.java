package org.itot.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The standards a report can map the model to; each one's mapping is a data file in the bundle's mapping folder. */
public enum ReportStandard {
    IEC_62443_3_3("iec62443-3-3", "IEC 62443-3-3 system requirements"),
    IEC_62443_3_2("iec62443-3-2", "IEC 62443-3-2 zone and conduit requirements"),
    NIST_800_82R3("nist-800-82r3", "NIST SP 800-82r3"),
    NERC_CIP_005("nerc-cip-005", "NERC CIP-005-7");

    private final String id;
    private final String title;

    ReportStandard(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** What {@code --standard} takes, and the mapping file's name without {@code .tsv}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The default of {@code itot report}: IEC 62443 (3-3 and 3-2). */
    public static List<ReportStandard> defaults() {
        return List.of(IEC_62443_3_3, IEC_62443_3_2);
    }

    public static Optional<ReportStandard> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(ReportStandard::id).toList());
    }
}
