package org.itot.validation.rules;

import org.eclipse.emf.common.util.Diagnostic;

/** Severity of a rule, as the catalogue gives it and as EMF diagnostics carry it. */
public enum Severity {
    ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    public int toDiagnostic() {
        return diagnosticSeverity;
    }

    /** Parses "error", "warning" or "info" (any case); {@code null} for anything else. */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(text.trim())) {
                return severity;
            }
        }
        return null;
    }
}
