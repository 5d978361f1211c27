package org.itot.render.style;

import org.itot.render.Rgb;

/** How an edge looks: colour, width, dash pattern (empty = solid) and whether it ends in an arrow. */
public record EdgeStyle(Rgb colour, double width, double[] dash, boolean arrow) {

    public boolean dashed() {
        return dash.length > 0;
    }

    public EdgeStyle withDash(double... pattern) {
        return new EdgeStyle(colour, width, pattern, arrow);
    }
}
