package org.itot.merge;

import java.util.List;

import org.itot.model.ArchitectureModel;

/**
 * The outcome of a three-way merge.
 *
 * @param merged         the merged model, in a resource of its own, every reference inside it
 * @param conflicts      what both sides changed differently, in model order; empty for a clean merge
 * @param notes          what was decided without a conflict but a user should know (diagram views taken whole from
 *                       one side, views of deleted elements dropped)
 * @param theirsApplied  how many of their changes (features, additions, deletions, moves) went into our model
 */
public record MergeResult(ArchitectureModel merged, List<MergeConflict> conflicts, List<String> notes,
        int theirsApplied) {

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
