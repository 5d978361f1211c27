package org.itot.diagram.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/**
 * The diagram without selection and feedback, painted once into an image of the canvas's size and copied from there
 * while nothing it shows has changed: a selection change or a drag step then costs a copy of its damaged area, not a
 * paint of 7,000 views. Painted again when its state key (zoom, scroll, size, the geometry of the model's current
 * state) differs from the last one, or after {@link #invalidate()} (layer toggles, findings, highlight).
 */
final class StaticLayer {

    private final Control control;
    private Image image;
    private List<Object> paintedKey;
    private int generation;

    StaticLayer(Control control) {
        this.control = control;
    }

    /** Something the key cannot see changed (layers, findings, highlight): the next copy paints afresh. */
    void invalidate() {
        generation++;
    }

    /**
     * Copies the {@code damaged} rectangle of the layer onto {@code gc}; first paints the whole layer with
     * {@code paintAll} (given a GC on an image of {@code size}) when {@code key} or the size changed.
     */
    void copy(GC gc, Rectangle damaged, Rectangle size, List<Object> key, Consumer<GC> paintAll) {
        if (image == null || image.getBounds().width != size.width || image.getBounds().height != size.height) {
            dispose();
            image = new Image(control.getDisplay(), Math.max(1, size.width), Math.max(1, size.height));
        }
        List<Object> fullKey = List.of(key, generation);
        if (!fullKey.equals(paintedKey)) {
            GC imageGc = new GC(image);
            try {
                paintAll.accept(imageGc);
            } finally {
                imageGc.dispose();
            }
            paintedKey = fullKey;
        }
        Rectangle area = damaged.intersection(image.getBounds());
        if (!area.isEmpty()) {
            gc.drawImage(image, area.x, area.y, area.width, area.height, area.x, area.y, area.width, area.height);
        }
    }

    void dispose() {
        if (image != null) {
            image.dispose();
            image = null;
            paintedKey = null;
        }
    }
}
