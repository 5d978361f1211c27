package org.itot.render.style;

import java.util.Set;

import org.itot.model.PurdueLevel;
import org.itot.render.Rgb;

/**
 * A horizontal Purdue band drawn behind the zones of its levels, with a two-line label; zoomed out,
 * the short title ("L3.5") stands for both.
 */
public record Band(String title, String shortTitle, String subtitle, Set<PurdueLevel> levels, Rgb fill,
        Rgb labelColour) {
}
