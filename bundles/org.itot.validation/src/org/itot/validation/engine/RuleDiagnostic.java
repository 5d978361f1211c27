package org.itot.validation.engine;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.Waiver;
import org.itot.validation.rules.FindingKind;
import org.itot.validation.rules.RuleDefinition;

/**
 * A finding: an EMF {@link Diagnostic} whose data are the offending element first and related
 * elements after it, and which knows its rule and its stable finding id ({@code RULE@element}) so
 * that waivers and the UI can key on it across re-validations.
 * <p>
 * An accepted finding (a waiver applies) stays visible with severity {@code INFO}; its rule's
 * severity is kept in {@link #ruleSeverity()}.
 */
public final class RuleDiagnostic extends BasicDiagnostic {

    private final RuleDefinition rule;
    private final String findingId;
    private final int ruleSeverity;
    private final Waiver waiver;
    /** The waiver as it read when the finding was made: one edited in place (rationale, expiry) is the same object. */
    private final String waiverText;
    /** The element's label when the finding was made (a renamed element is the same object with another label). */
    private final String elementLabel;
    private final String waiverNote;
    private final String missingInput;
    private final int undecided;
    // Set once, by ExternalFindings, before the finding is handed out.
    private FindingEvidence evidence;

    RuleDiagnostic(int ruleSeverity, RuleDefinition rule, String findingId, String message, List<EObject> elements,
            Waiver waiver, String waiverNote) {
        this(ruleSeverity, rule, findingId, message, elements, waiver, waiverNote, null, 0);
    }

    /**
     * @param missingInput the input a completeness finding misses (null: the finding is a violation)
     * @param undecided    for a completeness finding, on how many elements the rule cannot decide
     */
    RuleDiagnostic(int ruleSeverity, RuleDefinition rule, String findingId, String message, List<EObject> elements,
            Waiver waiver, String waiverNote, String missingInput, int undecided) {
        super(waiver != null ? Diagnostic.INFO : ruleSeverity, ModelValidator.DIAGNOSTIC_SOURCE, rule.code(),
                message, elements.toArray());
        this.rule = rule;
        this.findingId = findingId;
        this.ruleSeverity = ruleSeverity;
        this.waiver = waiver;
        this.waiverText = waiver == null ? null : waiver.toString();
        this.elementLabel = elements.isEmpty() ? "" : ElementLabels.label(elements.get(0));
        this.waiverNote = waiverNote;
        this.missingInput = missingInput;
        this.undecided = undecided;
    }

    /** A violation claims a shortfall; a completeness finding says which input the rule lacks to decide. */
    public FindingKind kind() {
        return missingInput == null ? FindingKind.VIOLATION : FindingKind.COMPLETENESS;
    }

    public boolean isCompleteness() {
        return missingInput != null;
    }

    /** The missing input of a completeness finding (e.g. {@code SL-T}), null for a violation. */
    public String missingInput() {
        return missingInput;
    }

    /**
     * On how many elements the rule cannot decide for want of the input (its related elements, at least the finding's
     * own element); 0 for a violation.
     */
    public int undecidedCount() {
        return undecided;
    }

    public RuleDefinition rule() {
        return rule;
    }

    public String ruleId() {
        return rule.id();
    }

    public String findingId() {
        return findingId;
    }

    /** How the element was labelled when the finding was made ({@link ElementLabels#label}), e.g. "Name (ID)". */
    public String elementLabel() {
        return elementLabel;
    }

    /** The element the rule was evaluated on. */
    public EObject element() {
        return (EObject) getData().get(0);
    }

    /** The severity the rule reports with (after the model's overrides), whether or not the finding is accepted. */
    public int ruleSeverity() {
        return ruleSeverity;
    }

    public boolean isAccepted() {
        return waiver != null;
    }

    /** The waiver that accepts this finding, or {@code null}. */
    public Waiver waiver() {
        return waiver;
    }

    /** Why a waiver for this finding no longer applies (expired, element changed), or {@code null}. */
    public String waiverNote() {
        return waiverNote;
    }

    /** What a finding of a rule that judges outside inputs rests on (file, line, times seen), or {@code null}. */
    public FindingEvidence evidence() {
        return evidence;
    }

    void setEvidence(FindingEvidence evidence) {
        this.evidence = evidence;
    }

    /**
     * Whether a re-evaluation that gave {@code other} left this finding as it was, down to what the Problems view
     * shows of it (its waiver's text included), so live validation can keep this object and nobody redraws it.
     */
    public boolean sameOutcome(RuleDiagnostic other) {
        return other != null && rule == other.rule && undecided == other.undecided && waiver == other.waiver
                && evidence == other.evidence && Objects.equals(waiverText, other.waiverText)
                && elementLabel.equals(other.elementLabel) && signature().equals(other.signature());
    }

    /** Same finding, same outcome: what live validation must reproduce of a full validation. */
    public String signature() {
        return findingId + "|" + getSeverity() + "|" + ruleSeverity + "|" + getMessage() + "|" + getData() + "|"
                + waiverNote;
    }
}
