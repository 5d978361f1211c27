package org.itot.asbuilt.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.Zone;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/** How the desktop words as-built findings: counts, severities, evidence, and the device or zone a finding is of. */
final class ReconcileTexts {

    private ReconcileTexts() {
    }

    static String counts(List<RuleDiagnostic> findings) {
        long errors = findings.stream().filter(f -> f.getSeverity() == Diagnostic.ERROR).count();
        long warnings = findings.stream().filter(f -> f.getSeverity() == Diagnostic.WARNING).count();
        long infos = findings.size() - errors - warnings;
        long accepted = findings.stream().filter(RuleDiagnostic::isAccepted).count();
        return errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + ", " + infos + " info" + (infos == 1 ? "" : "s") + " (" + accepted
                + " accepted)";
    }

    static List<RuleDiagnostic> ordered(List<RuleDiagnostic> findings) {
        return ModelFindings.presentationOrder(findings);
    }

    static String severity(RuleDiagnostic finding) {
        if (finding.isAccepted()) {
            return "Accepted";
        }
        return switch (finding.getSeverity()) {
        case Diagnostic.ERROR -> "Error";
        case Diagnostic.WARNING -> "Warning";
        default -> "Info";
        };
    }

    static String label(EObject element) {
        return element == null ? "(none)" : ElementLabels.label(element);
    }

    /** e.g. {@code conn.log:12; 2 times; 2024-03-01T11:00:11Z to 2024-03-01T11:01:51Z}. */
    static String evidence(RuleDiagnostic finding) {
        if (finding.evidence() == null) {
            return "";
        }
        Map<String, Object> fields = finding.evidence().fields();
        StringBuilder out = new StringBuilder();
        if (fields.get("file") != null) {
            out.append(fileName(String.valueOf(fields.get("file"))));
            if (fields.get("line") instanceof Number line && line.longValue() > 0) {
                out.append(':').append(line);
            }
        }
        if (fields.get("count") != null) {
            out.append(out.isEmpty() ? "" : "; ").append(fields.get("count")).append(" time")
                    .append(Long.valueOf(1).equals(fields.get("count")) ? "" : "s");
        }
        if (fields.get("firstSeen") != null) {
            out.append(out.isEmpty() ? "" : "; ").append(fields.get("firstSeen")).append(" to ")
                    .append(fields.get("lastSeen"));
        }
        if (fields.get("windowStart") != null) {
            out.append(out.isEmpty() ? "" : "; ").append("window ").append(fields.get("windowStart")).append(" to ")
                    .append(fields.get("windowEnd"));
        }
        return out.toString();
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    /** The device a finding is of: the asset it is on or in, a flow's source; null for none. */
    static Asset device(RuleDiagnostic finding) {
        for (EObject current = finding.element(); current != null; current = current.eContainer()) {
            if (current instanceof Asset asset) {
                return asset;
            }
            if (current instanceof Flow flow) {
                return flow.getSource();
            }
        }
        return null;
    }

    /** The zone a finding is in: the zone it is on, its device's zone; null for none. */
    static Zone zone(RuleDiagnostic finding) {
        EObject start = finding.element() instanceof Flow flow ? flow.getSource() : finding.element();
        for (EObject current = start; current != null; current = current.eContainer()) {
            if (current instanceof Zone zone) {
                return zone;
            }
        }
        return null;
    }

    /** The group a finding is listed under. */
    static String group(RuleDiagnostic finding, boolean byZone) {
        ModelElement owner = byZone ? zone(finding) : device(finding);
        if (owner == null) {
            return byZone ? "(no zone)" : "(no device: zones and the model)";
        }
        return label(owner);
    }
}
