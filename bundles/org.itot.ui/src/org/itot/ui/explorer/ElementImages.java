package org.itot.ui.explorer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.Protocol;
import org.itot.model.Role;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.render.Rgb;
import org.itot.render.style.Band;
import org.itot.render.style.DiagramStyle;
import org.itot.render.style.Icons;
import org.itot.render.style.ZoneStyle;
import org.itot.ui.explorer.ExplorerNode.Folder;
import org.itot.ui.explorer.ExplorerNode.LevelGroup;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;

/**
 * Small icons for model elements, drawn by the diagram painter's own shapes and colours (so a zone looks in the tree
 * as it does on the diagram). One image per look, made on first use and disposed with the display.
 */
public final class ElementImages {

    private static final int SIZE = 16;
    private static final Rgb INK = Rgb.of(0x3e4c59);
    private static final Map<Display, ElementImages> PER_DISPLAY = new HashMap<>();

    private final Display display;
    private final SwtResources resources;
    private final Map<String, Image> images = new HashMap<>();

    private ElementImages(Display display) {
        this.display = display;
        this.resources = new SwtResources(display);
        display.disposeExec(() -> {
            images.values().forEach(Image::dispose);
            resources.dispose();
            PER_DISPLAY.remove(display);
        });
    }

    /** The images of a display (the UI thread's). */
    public static synchronized ElementImages of(Display display) {
        return PER_DISPLAY.computeIfAbsent(display, ElementImages::new);
    }

    /** A zone of this kind, as the diagram draws it (the explorer and the palette). */
    public Image zone(ZoneKind kind) {
        ZoneStyle style = DiagramStyle.zone(kind);
        return image("zone." + kind, canvas -> zoneBox(canvas, style));
    }

    /** An asset of this type: the diagram's vector icon. */
    public Image asset(AssetType type) {
        var icon = DiagramStyle.asset(type).icon();
        return image("asset." + icon, canvas -> Icons.paint(canvas, icon, 0, 0, SIZE, INK));
    }

    /** A conduit: the diagram's thick grey line. */
    public Image conduit() {
        return image("conduit", canvas -> {
            canvas.setStroke(DiagramStyle.CONDUIT.colour());
            canvas.setLineWidth(3.5);
            canvas.strokeLine(2, 13, 14, 3);
        });
    }

    /** A flow: the diagram's blue arrow. */
    public Image flow() {
        return image("flow", canvas -> {
            canvas.setStroke(DiagramStyle.FLOW.colour());
            canvas.setLineWidth(1.5);
            canvas.strokeLine(2, 13, 11, 5);
            canvas.setFill(DiagramStyle.FLOW.colour());
            canvas.fillPolygon(14, 2, 8, 4, 12, 8);
        });
    }

    /** A note, as the diagram draws it (for the palette). */
    public Image note() {
        return image("note", canvas -> {
            double[] outline = { 2, 2, 10, 2, 14, 6, 14, 14, 2, 14 };
            canvas.setFill(DiagramStyle.NOTE_FILL);
            canvas.fillPolygon(outline);
            canvas.setStroke(DiagramStyle.NOTE_BORDER);
            canvas.setLineWidth(1);
            canvas.strokePolygon(outline);
        });
    }

    /** The selection tool's arrow (for the palette). */
    public Image pointer() {
        return image("pointer", canvas -> {
            canvas.setFill(INK);
            canvas.fillPolygon(4, 1, 4, 14, 7, 10.5, 9.5, 15, 11.5, 14, 9, 9.5, 13, 9.5);
        });
    }

    /** The icon of a model element or explorer node, or null for anything else. */
    public Image imageOf(Object element) {
        if (element instanceof Zone zone) {
            return zone(zone.getKind());
        }
        if (element instanceof Asset asset) {
            return asset(asset.getType());
        }
        if (element instanceof LevelGroup group) {
            Band band = DiagramStyle.band(group.level());
            return image("band." + band.title(), canvas -> {
                canvas.setFill(band.fill().darker(0.08));
                canvas.fillRect(1, 4, 14, 9);
                canvas.setFill(band.labelColour());
                canvas.fillRect(1, 4, 3, 9);
            });
        }
        if (element instanceof Conduit) {
            return conduit();
        }
        if (element instanceof Flow) {
            return flow();
        }
        if (element instanceof FirewallRule rule) {
            boolean allow = rule.getAction() == RuleAction.ALLOW;
            return image(allow ? "rule.allow" : "rule.deny", canvas -> {
                canvas.setFill(allow ? Rgb.of(0x2f855a) : DiagramStyle.ERROR);
                canvas.fillRoundRect(1, 3, 14, 10, 2);
                canvas.setStroke(Rgb.of(0xffffff));
                canvas.setLineWidth(1.8);
                if (allow) {
                    canvas.strokePolyline(4, 8, 7, 11, 12, 5);
                } else {
                    canvas.strokeLine(4, 8, 12, 8);
                }
            });
        }
        if (element instanceof Role) {
            return image("role", canvas -> {
                canvas.setFill(INK.lighter(0.5));
                canvas.fillOval(5, 1, 6, 6);
                canvas.fillRoundRect(2, 8, 12, 7, 4);
            });
        }
        if (element instanceof Protocol) {
            return image("protocol", canvas -> {
                canvas.setStroke(INK);
                canvas.setLineWidth(1.4);
                canvas.strokeLine(2, 5, 13, 5);
                canvas.strokeLine(3, 11, 14, 11);
                canvas.setFill(INK);
                canvas.fillPolygon(14, 5, 11, 3, 11, 7);
                canvas.fillPolygon(2, 11, 5, 9, 5, 13);
            });
        }
        if (element instanceof Diagram) {
            return image("diagram", canvas -> {
                canvas.setFill(Rgb.of(0xffffff));
                canvas.setStroke(INK);
                canvas.setLineWidth(1);
                canvas.strokeRect(1, 2, 14, 12);
                canvas.setFill(DiagramStyle.zone(ZoneKind.ENTERPRISE).border());
                canvas.fillRect(3, 4, 5, 3);
                canvas.setFill(DiagramStyle.zone(ZoneKind.BASIC_CONTROL).border());
                canvas.fillRect(8, 9, 5, 3);
                canvas.strokeLine(5.5, 7, 10.5, 9);
            });
        }
        if (element instanceof Folder) {
            return image("folder", canvas -> {
                canvas.setFill(Rgb.of(0xe3c66b));
                canvas.fillRoundRect(1, 3, 6, 3, 1);
                canvas.fillRoundRect(1, 5, 14, 9, 1);
                canvas.setStroke(Rgb.of(0xb7953a));
                canvas.setLineWidth(1);
                canvas.strokeRoundRect(1, 5, 14, 9, 1);
            });
        }
        if (element instanceof ArchitectureModel) {
            return image("model", canvas -> {
                int y = 1;
                for (Band band : DiagramStyle.BANDS.subList(1, DiagramStyle.BANDS.size())) {
                    canvas.setFill(band.labelColour());
                    canvas.fillRect(2, y, 12, 1.6);
                    y += 2;
                }
            });
        }
        return null;
    }

    private static void zoneBox(SwtCanvas canvas, ZoneStyle style) {
        canvas.setFill(style.fill());
        canvas.fillRoundRect(1, 2, 14, 12, 3);
        canvas.setFill(style.titleBar());
        canvas.fillRect(1, 2, 14, 4);
        canvas.setStroke(style.border());
        canvas.setLineWidth(1);
        canvas.strokeRoundRect(1, 2, 14, 12, 3);
    }

    private Image image(String key, Consumer<SwtCanvas> painting) {
        return images.computeIfAbsent(key, k -> draw(painting));
    }

    /** Painted on white, which then becomes transparent, so the icon sits on any tree background. */
    private Image draw(Consumer<SwtCanvas> painting) {
        Image canvasImage = new Image(display, SIZE, SIZE);
        GC gc = new GC(canvasImage);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            painting.accept(new SwtCanvas(gc, resources));
        } finally {
            gc.dispose();
        }
        ImageData painted = canvasImage.getImageData();
        canvasImage.dispose();
        painted.transparentPixel = painted.palette.getPixel(new RGB(255, 255, 255));
        return new Image(display, painted);
    }
}
