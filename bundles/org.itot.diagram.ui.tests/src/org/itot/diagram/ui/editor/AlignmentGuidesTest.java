package org.itot.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.itot.diagram.ui.editor.AlignmentGuides.Aligned;
import org.itot.diagram.ui.editor.AlignmentGuides.Guide;
import org.itot.render.geometry.Bounds;
import org.junit.jupiter.api.Test;

/** Smart guides: which offset a drag snaps to and which guide lines show it. */
class AlignmentGuidesTest {

    private static final DoubleUnaryOperator GRID = value -> Math.round(value / 10) * 10.0;
    private static final Bounds MOVED = new Bounds(0, 0, 100, 50);

    @Test
    void aLeftEdgeNearASiblingsSnapsOntoItAndShowsAGuide() {
        Bounds sibling = new Bounds(203, 300, 120, 40);

        Aligned aligned = AlignmentGuides.align(MOVED, 199, 104, List.of(sibling), 5, GRID, 8);

        assertEquals(203, aligned.dx(), "left 199 is 4 from the sibling's left 203");
        assertEquals(100, aligned.dy(), "no sibling line near the top, middle or bottom: the grid");
        assertEquals(List.of(new Guide(true, 203, 100 - 8, 340 + 8)), aligned.guides(),
                "one vertical guide from the moved box's top to the sibling's bottom, a little beyond");
    }

    @Test
    void theNearestLineWinsOnEachAxisAndCentresCount() {
        Bounds left = new Bounds(500, 0, 60, 30); // centre 530
        Bounds below = new Bounds(0, 400, 40, 40); // middle 420, bottom 440

        // Moved centre x 50 + 482 = 532, 2 from 530; its bottom 50 + 392 = 442, 2 from 440 (its middle 417 is 3
        // from 420).
        Aligned aligned = AlignmentGuides.align(MOVED, 482, 392, List.of(left, below), 5, GRID, 0);

        assertEquals(480, aligned.dx());
        assertEquals(390, aligned.dy());
        assertTrue(aligned.guides().contains(new Guide(true, 530, 0, 440)), aligned.guides().toString());
        assertTrue(aligned.guides().contains(new Guide(false, 440, 0, 580)), aligned.guides().toString());
    }

    @Test
    void beyondTheToleranceTheGridSnapsAndNoGuideShows() {
        Aligned aligned = AlignmentGuides.align(MOVED, 194, 104, List.of(new Bounds(203, 300, 120, 40)), 5, GRID, 8);

        assertEquals(190, aligned.dx());
        assertEquals(100, aligned.dy());
        assertTrue(aligned.guides().isEmpty());
    }
}
