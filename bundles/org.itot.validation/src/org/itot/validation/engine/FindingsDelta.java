package org.itot.validation.engine;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * What one validation pass changed: the findings of {@code previous} that are gone ({@code removed}) and those of
 * {@code result} that are new ({@code added}). A finding that stayed the same is the same object in both results, so
 * {@code result} is {@code previous} without {@code removed} and with {@code added}, and whoever shows findings (the
 * Problems view's markers, the diagram's badges) updates only what changed. A consumer that did not see
 * {@code previous} (it joined late, or missed a result) uses {@code result} as a whole.
 *
 * @param previous the result this delta starts from (an empty diagnostic before the first pass)
 * @param result   the findings of the whole model now
 * @param removed  findings of {@code previous} not in {@code result}, in {@code previous}'s order
 * @param added    findings of {@code result} not in {@code previous}, in {@code result}'s order
 */
public record FindingsDelta(Diagnostic previous, Diagnostic result, List<RuleDiagnostic> removed,
        List<RuleDiagnostic> added) {

    public FindingsDelta {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** A result that replaces another as a whole (a validation from scratch): every finding removed and added. */
    public static FindingsDelta replacing(Diagnostic previous, Diagnostic result) {
        return new FindingsDelta(previous, result, ModelFindings.findings(previous), ModelFindings.findings(result));
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    /** True when this delta starts from {@code shown}, so applying it to {@code shown} gives {@link #result()}. */
    public boolean follows(Diagnostic shown) {
        return previous == shown;
    }
}
