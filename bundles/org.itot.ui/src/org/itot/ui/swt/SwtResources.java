package org.itot.ui.swt;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.itot.render.Rgb;

/**
 * Colours and fonts of the SWT back-end, made once and disposed with the control that owns them. Font sizes are in
 * pixels (as the painter thinks), converted to points with the display's resolution.
 */
public final class SwtResources {

    private final Device device;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final String family;

    public SwtResources(Device device) {
        this.device = device;
        FontData[] system = device.getSystemFont().getFontData();
        this.family = system.length == 0 ? "Sans" : system[0].getName();
    }

    /** The SWT colour of an {@link Rgb}, made once. */
    public Color colourOf(Rgb rgb) {
        return colour(rgb);
    }

    Color colour(Rgb rgb) {
        return colours.computeIfAbsent(rgb.toHex(), hex -> new Color(device, rgb.red(), rgb.green(), rgb.blue()));
    }

    /** A sans-serif font of about {@code pixels} pixels; sizes are rounded to half points so the cache stays small. */
    Font font(double pixels, boolean bold) {
        double points = Math.max(1, pixels * 72 / device.getDPI().y);
        long halfPoints = Math.round(points * 2);
        long key = halfPoints * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> {
            FontData data = new FontData(family, Math.max(1, (int) Math.round(halfPoints / 2.0)),
                    bold ? SWT.BOLD : SWT.NORMAL);
            return new Font(device, data);
        });
    }

    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        colours.values().forEach(Color::dispose);
        colours.clear();
    }
}
