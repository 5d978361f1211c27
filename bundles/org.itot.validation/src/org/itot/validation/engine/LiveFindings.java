package org.itot.validation.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;

/**
 * A result of {@link LiveValidation}: the findings of the whole model in a full validation's order, kept in blocks of
 * elements so that the next result shares every block an edit did not touch. An update therefore costs the edit's
 * neighbourhood, not the estate's findings; the flat list of children is made only when someone asks for it, once per
 * result, on the asking thread. A result never changes once made (readers on other threads may hold it).
 */
final class LiveFindings extends BasicDiagnostic {

    /** Findings by block of element positions; a block's list is in element order. */
    private final List<List<RuleDiagnostic>> blocks;
    /** Each block's highest severity, so a result's severity costs the blocks, not the findings. */
    private final int[] blockSeverities;
    private final int blockSize;
    private volatile List<Diagnostic> flat;

    private LiveFindings(ArchitectureModel model, List<List<RuleDiagnostic>> blocks, int[] blockSeverities,
            int blockSize) {
        super(max(blockSeverities), ModelValidator.DIAGNOSTIC_SOURCE, 0, "Validation of " + ElementLabels.label(model),
                new Object[] { model });
        this.blocks = blocks;
        this.blockSeverities = blockSeverities;
        this.blockSize = blockSize;
    }

    static LiveFindings empty(ArchitectureModel model) {
        return new LiveFindings(model, List.of(), new int[0], 1);
    }

    /** The result of the findings of every element by position (null: none). */
    static LiveFindings of(ArchitectureModel model, List<List<RuleDiagnostic>> byPosition, int blockSize) {
        List<List<RuleDiagnostic>> blocks = new ArrayList<>();
        for (int start = 0; start < byPosition.size(); start += blockSize) {
            blocks.add(block(byPosition, start, blockSize));
        }
        int[] severities = new int[blocks.size()];
        for (int block = 0; block < severities.length; block++) {
            severities[block] = severity(blocks.get(block));
        }
        return new LiveFindings(model, blocks, severities, blockSize);
    }

    /** This result with the blocks of {@code changedBlocks} made again from {@code byPosition}; the others shared. */
    LiveFindings withBlocks(List<List<RuleDiagnostic>> byPosition, Collection<Integer> changedBlocks) {
        List<List<RuleDiagnostic>> copy = new ArrayList<>(blocks);
        int[] severities = blockSeverities.clone();
        for (int block : changedBlocks) {
            copy.set(block, block(byPosition, block * blockSize, blockSize));
            severities[block] = severity(copy.get(block));
        }
        return new LiveFindings((ArchitectureModel) getData().get(0), copy, severities, blockSize);
    }

    private static List<RuleDiagnostic> block(List<List<RuleDiagnostic>> byPosition, int start, int size) {
        List<RuleDiagnostic> findings = new ArrayList<>();
        for (int position = start; position < Math.min(byPosition.size(), start + size); position++) {
            List<RuleDiagnostic> found = byPosition.get(position);
            if (found != null) {
                findings.addAll(found);
            }
        }
        return findings.isEmpty() ? List.of() : Collections.unmodifiableList(findings);
    }

    private static int severity(List<RuleDiagnostic> findings) {
        int severity = Diagnostic.OK;
        for (RuleDiagnostic finding : findings) {
            severity = Math.max(severity, finding.getSeverity());
        }
        return severity;
    }

    private static int max(int[] severities) {
        int severity = Diagnostic.OK;
        for (int each : severities) {
            severity = Math.max(severity, each);
        }
        return severity;
    }

    @Override
    public List<Diagnostic> getChildren() {
        List<Diagnostic> children = flat;
        if (children == null) {
            List<Diagnostic> all = new ArrayList<>();
            blocks.forEach(all::addAll);
            children = Collections.unmodifiableList(all);
            flat = children;
        }
        return children;
    }

    /** A result is a snapshot others may be reading: it is never added to. */
    @Override
    public void add(Diagnostic diagnostic) {
        throw new UnsupportedOperationException("a live validation result does not change");
    }

    @Override
    public void addAll(Diagnostic diagnostic) {
        throw new UnsupportedOperationException("a live validation result does not change");
    }

    @Override
    public void merge(Diagnostic diagnostic) {
        throw new UnsupportedOperationException("a live validation result does not change");
    }

    @Override
    public String toString() {
        return "Validation of the model: " + getChildren().size() + " findings, severity " + getSeverity();
    }
}
