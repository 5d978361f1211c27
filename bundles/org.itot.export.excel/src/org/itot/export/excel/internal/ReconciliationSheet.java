package org.itot.export.excel.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.Reconciliation;
import org.itot.model.ModelElement;
import org.itot.validation.engine.FindingEvidence;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * The "Reconciliation" sheet (issue 20): one row per finding of {@code itot reconcile}, with its evidence (file, line
 * or packet, first and last seen, count, the rest of the evidence in words) and the element linked to its row in the
 * Assets, Zones, Conduits or Flows sheet, as the Findings sheet links it. Every text goes through the sheet writer,
 * which neutralises formulas.
 */
public final class ReconciliationSheet {

    /** Links a cell to the row of an element in another sheet, or writes the text when the element has none. */
    @FunctionalInterface
    public interface ElementLinks {
        void link(SheetWriter out, Column column, String text, EObject element);
    }

    /** Evidence fields that have columns of their own; the others go to the Evidence column. */
    private static final Set<String> COLUMNS = Set.of("file", "line", "firstSeen", "lastSeen", "count");

    private final SheetWriter out;
    private final ElementLinks links;

    public ReconciliationSheet(SheetWriter out, ElementLinks links) {
        this.out = out;
        this.links = links;
    }

    /** Writes a row per finding, in the order given; returns the rows written. */
    public int write(List<RuleDiagnostic> findings) {
        for (RuleDiagnostic finding : findings) {
            out.startRow();
            out.text(Reconciliation.FINDING_ID, finding.findingId());
            out.text(Reconciliation.RULE, finding.ruleId());
            out.text(Reconciliation.SEVERITY, Values.severity(finding.ruleSeverity()));
            EObject element = finding.element();
            if (element != null) {
                String id = element instanceof ModelElement named && named.getId() != null ? named.getId()
                        : element.eClass().getName();
                links.link(out, Reconciliation.ELEMENT, id, element);
                out.text(Reconciliation.ELEMENT_KIND, element.eClass().getName());
            }
            out.text(Reconciliation.MESSAGE, finding.getMessage());
            FindingEvidence evidence = finding.evidence();
            if (evidence != null) {
                evidence(evidence.fields());
            }
            out.text(Reconciliation.STATUS, finding.isAccepted() ? "accepted"
                    : finding.waiverNote() != null ? "waiver lapsed" : "open");
        }
        return findings.size();
    }

    private void evidence(Map<String, Object> fields) {
        if (fields.get("file") != null) {
            out.text(Reconciliation.FILE, fields.get("file").toString());
        }
        // Line 0 is the file as a whole (a default policy, an address the configuration does not set).
        if (fields.get("line") instanceof Number line && line.longValue() > 0) {
            out.integer(Reconciliation.LINE, line.longValue());
        }
        if (fields.get("firstSeen") != null) {
            out.text(Reconciliation.FIRST_SEEN, fields.get("firstSeen").toString());
        }
        if (fields.get("lastSeen") != null) {
            out.text(Reconciliation.LAST_SEEN, fields.get("lastSeen").toString());
        }
        if (fields.get("count") instanceof Number count) {
            out.integer(Reconciliation.COUNT, count.longValue());
        }
        StringJoiner rest = new StringJoiner("; ");
        fields.forEach((key, value) -> {
            if (!COLUMNS.contains(key) && value != null) {
                rest.add(key + ": " + value);
            }
        });
        if (rest.length() > 0) {
            out.text(Reconciliation.DETAIL, rest.toString());
        }
    }
}
