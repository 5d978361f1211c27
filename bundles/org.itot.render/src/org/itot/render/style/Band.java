package org.itot.render.style;

import java.util.Set;

import org.itot.model.PurdueLevel;
import org.itot.render.Rgb;

/** A horizontal Purdue band drawn behind the zones of its levels, with a two-line label. */
public record Band(String title, String subtitle, Set<PurdueLevel> levels, Rgb fill, Rgb labelColour) {
}
