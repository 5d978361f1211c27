package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.itot.render.LineLook;
import org.itot.render.Rgb;
import org.junit.jupiter.api.Test;

/** The one definition of how the Java2D and SWT canvases stroke a line. */
class LineLookTest {

    private static final Rgb BLACK = Rgb.of(0x000000);

    @Test
    void aLineThinnerThanAPixelIsAHairLineFadedByItsWidth() {
        LineLook look = LineLook.of(BLACK, 0.4, false, true, false);
        assertTrue(look.hairline());
        assertFalse(look.antialiased());
        assertEquals(new Rgb(153, 153, 153), look.colour(), "black at 40 % over white");
        assertEquals(new Rgb(191, 191, 191), LineLook.of(BLACK, 0.01, false, true, false).colour(),
                "never fainter than a quarter");
    }

    @Test
    void onlyDiagonalLinesOutsideATangleAreAntiAliased() {
        assertTrue(LineLook.of(BLACK, 1.5, false, true, false).antialiased());
        assertFalse(LineLook.of(BLACK, 1.5, true, true, false).antialiased(), "orthogonal, upright");
        assertTrue(LineLook.of(BLACK, 1.5, true, false, false).antialiased(), "orthogonal but rotated");
        LineLook tangle = LineLook.of(BLACK, 1.5, false, true, true);
        assertFalse(tangle.antialiased());
        assertFalse(tangle.hairline(), "a line of a tangle keeps its width");
        assertEquals(BLACK, tangle.colour(), "and its colour");
    }

    @Test
    void aTangleInksMoreThanAQuarterOfTheDrawing() {
        assertTrue(LineLook.isTangle(2600, 10_000));
        assertFalse(LineLook.isTangle(2500, 10_000));
        assertFalse(LineLook.isTangle(1, 0), "an empty drawing");
        assertEquals(7, LineLook.length(new double[] { 0, 0, 3, 4, 3, 6 }), 1e-9);
    }

    @Test
    void polylinesAreSplitIntoOrthogonalAndOthers() {
        double[] orthogonal = { 0, 0, 10, 0, 10, 5 };
        double[] diagonal = { 0, 0, 10, 0, 12, 5 };
        Map<Boolean, List<double[]>> split = LineLook.byAxisAlignment(List.of(orthogonal, diagonal));
        assertEquals(List.of(orthogonal), split.get(true));
        assertEquals(List.of(diagonal), split.get(false));
    }
}
