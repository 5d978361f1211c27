package org.itot.compare;

import java.util.List;

import org.itot.analysis.paths.AttackPath;

/**
 * What changed from an old model to a new one: elements, the findings and the attack paths that
 * appeared or disappeared. {@code pathTruncation} is non-empty when either path analysis hit a limit,
 * in which case a path may show as appeared or disappeared only because it fell inside or outside it.
 */
public record ModelDiff(List<ElementChange> elements, List<FindingChange> findingsAppeared,
        List<FindingChange> findingsDisappeared, List<AttackPath> pathsAppeared, List<AttackPath> pathsDisappeared,
        List<String> pathTruncation) {

    public boolean isEmpty() {
        return elements.isEmpty() && findingsAppeared.isEmpty() && findingsDisappeared.isEmpty()
                && pathsAppeared.isEmpty() && pathsDisappeared.isEmpty();
    }

    public List<ElementChange> elements(ElementChange.Kind kind) {
        return elements.stream().filter(change -> change.kind() == kind).toList();
    }
}
