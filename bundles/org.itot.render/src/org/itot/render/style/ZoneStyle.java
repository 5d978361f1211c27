package org.itot.render.style;

import org.itot.render.Rgb;

/** How a zone container looks: body fill, border and title-bar colours. */
public record ZoneStyle(Rgb fill, Rgb border, Rgb titleBar, Rgb titleText) {
}
