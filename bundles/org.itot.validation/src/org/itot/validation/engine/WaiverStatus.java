package org.itot.validation.engine;

import java.util.Date;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.Waiver;

/**
 * Where a waiver stands after a validation: it accepts its finding, it has expired, or it is stale (its element
 * changed since the risk was accepted, or the finding is no longer raised, e.g. because the element was fixed).
 */
public enum WaiverStatus {
    ACTIVE("Active"), EXPIRED("Expired"), STALE("Stale");

    private final String label;

    WaiverStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status of a waiver given a validation result of its model. */
    public static WaiverStatus of(Waiver waiver, Diagnostic findings, Date now) {
        if (waiver.getExpiresOn() != null && !now.before(waiver.getExpiresOn())) {
            return EXPIRED;
        }
        RuleDiagnostic finding = findingOf(waiver, findings);
        return finding != null && finding.waiver() == waiver ? ACTIVE : STALE;
    }

    /** The finding a waiver is for in a validation result, or {@code null} when that finding is not raised. */
    public static RuleDiagnostic findingOf(Waiver waiver, Diagnostic findings) {
        for (Diagnostic child : findings.getChildren()) {
            if (child instanceof RuleDiagnostic finding && finding.findingId().equals(waiver.getFindingId())) {
                return finding;
            }
        }
        return null;
    }
}
