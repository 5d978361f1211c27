package org.itot.attack.coverage;

/** How well the model covers one ATT&CK technique in one zone or over the whole model. */
public enum CoverageStatus {
    /** At least one of its mitigations is in place (in every zone it applies to, for the model). */
    MITIGATED("mitigated"),
    /** Only partly: a mitigation is partly in place, or (for the model) mitigated in some zones only. */
    PARTLY("partly mitigated"),
    /** None of its mitigations is shown in place. */
    UNMITIGATED("unmitigated"),
    /** It targets no asset type the zone (or model) has. */
    NOT_APPLICABLE("not applicable");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
