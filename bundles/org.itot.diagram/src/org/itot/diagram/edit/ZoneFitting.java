package org.itot.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ItotPackage;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.query.ViewBounds;
import org.itot.render.style.DiagramStyle;

/**
 * Zones hold what they hold: a zone's box grows to enclose its assets and sub-zones (on every side, keeping everything
 * where it is on screen), can be shrunk to fit them, and its contents can be arranged in a grid. All as commands.
 */
public final class ZoneFitting {

    /** Room kept free at the top of a zone for its title bar. */
    public static final int TOP = (int) DiagramStyle.ZONE_TITLE_HEIGHT;
    /** Room kept free between a zone's border and its contents on the other sides. */
    public static final int SIDE = 10;
    /** Space between boxes arranged in a grid. */
    public static final int GAP = 20;

    private static final ItotPackage PACKAGE = ItotPackage.eINSTANCE;

    private ZoneFitting() {
    }

    /** Whether a view shows a zone (a box that contains others). */
    public static boolean isZone(NodeView view) {
        return view != null && view.getElement() instanceof Zone;
    }

    /**
     * The zone views that hold any of {@code changed} (and changed zones themselves), innermost first: the ones that
     * may have to grow after an edit.
     */
    public static List<NodeView> holders(Collection<NodeView> changed) {
        Set<NodeView> zones = new LinkedHashSet<>();
        for (NodeView view : changed) {
            for (Object current = view; current instanceof NodeView node; current = node.eContainer()) {
                if (isZone(node)) {
                    zones.add(node);
                }
            }
        }
        List<NodeView> ordered = new ArrayList<>(zones);
        ordered.sort(Comparator.comparingInt(ZoneFitting::depth).reversed());
        return ordered;
    }

    private static int depth(NodeView view) {
        int depth = 0;
        for (Object current = view.eContainer(); current instanceof NodeView node; current = node.eContainer()) {
            depth++;
        }
        return depth;
    }

    /**
     * The command that grows the zone's box to enclose its children with room for the title and border, or null if it
     * does already. A child beyond the left or top edge makes the zone grow that way: the zone moves and its children
     * move back by as much, so nothing moves on screen. Views with broken bounds are left to rule DIA-02.
     */
    public static Command grow(EditingDomain domain, NodeView zone) {
        int[] extent = childExtent(zone);
        if (extent == null || !ViewBounds.isValid(zone)) {
            return null;
        }
        int shiftX = Math.max(0, SIDE - extent[0]);
        int shiftY = Math.max(0, TOP - extent[1]);
        int width = Math.max(zone.getWidth() + shiftX, extent[2] + shiftX + SIDE);
        int height = Math.max(zone.getHeight() + shiftY, extent[3] + shiftY + SIDE);
        if (shiftX == 0 && shiftY == 0 && width == zone.getWidth() && height == zone.getHeight()) {
            return null;
        }
        return reshape(domain, zone, zone.getX() - shiftX, zone.getY() - shiftY, width, height, shiftX, shiftY);
    }

    /**
     * Shrinks each zone's box to its children with the usual room (zones without children are left alone); the
     * children stay where they are on screen. Null if nothing would change.
     */
    public static Command shrinkToFit(EditingDomain domain, Collection<NodeView> zones) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Shrink to Fit");
        for (NodeView zone : zones) {
            int[] extent = childExtent(zone);
            if (!isZone(zone) || extent == null || !ViewBounds.isValid(zone)) {
                continue;
            }
            int shiftX = SIDE - extent[0];
            int shiftY = TOP - extent[1];
            int width = extent[2] - extent[0] + 2 * SIDE;
            int height = extent[3] - extent[1] + TOP + SIDE;
            if (shiftX != 0 || shiftY != 0 || width != zone.getWidth() || height != zone.getHeight()) {
                command.append(reshape(domain, zone, zone.getX() - shiftX, zone.getY() - shiftY, width, height, shiftX,
                        shiftY));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Arranges the children of each zone in a grid in their current reading order (rows as wide as they are tall,
     * roughly), then shrinks the zone to fit them; Arrange Selection.
     */
    public static Command arrange(EditingDomain domain, Collection<NodeView> zones) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Arrange Selection");
        for (NodeView zone : zones) {
            List<NodeView> children = new ArrayList<>(zone.getChildren());
            if (!isZone(zone) || children.isEmpty()) {
                continue;
            }
            children.sort(Comparator.comparingInt(NodeView::getY).thenComparingInt(NodeView::getX));
            int columns = (int) Math.max(1, Math.round(Math.sqrt(children.size() * 1.6)));
            int x = SIDE;
            int y = TOP;
            int rowHeight = 0;
            int column = 0;
            int right = 0;
            for (NodeView child : children) {
                if (column == columns) {
                    column = 0;
                    x = SIDE;
                    y += rowHeight + GAP;
                    rowHeight = 0;
                }
                command.append(SetCommand.create(domain, child, PACKAGE.getNodeView_X(), x));
                command.append(SetCommand.create(domain, child, PACKAGE.getNodeView_Y(), y));
                right = Math.max(right, x + child.getWidth());
                x += child.getWidth() + GAP;
                rowHeight = Math.max(rowHeight, child.getHeight());
                column++;
            }
            command.append(SetCommand.create(domain, zone, PACKAGE.getNodeView_Width(), right + SIDE));
            command.append(SetCommand.create(domain, zone, PACKAGE.getNodeView_Height(), y + rowHeight + SIDE));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    private static Command reshape(EditingDomain domain, NodeView zone, int x, int y, int width, int height, int shiftX,
            int shiftY) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Fit Zone");
        command.append(SetCommand.create(domain, zone, PACKAGE.getNodeView_X(), x));
        command.append(SetCommand.create(domain, zone, PACKAGE.getNodeView_Y(), y));
        command.append(SetCommand.create(domain, zone, PACKAGE.getNodeView_Width(), width));
        command.append(SetCommand.create(domain, zone, PACKAGE.getNodeView_Height(), height));
        if (shiftX != 0 || shiftY != 0) {
            for (NodeView child : zone.getChildren()) {
                command.append(SetCommand.create(domain, child, PACKAGE.getNodeView_X(), child.getX() + shiftX));
                command.append(SetCommand.create(domain, child, PACKAGE.getNodeView_Y(), child.getY() + shiftY));
            }
        }
        return command;
    }

    /** {minX, minY, maxRight, maxBottom} of the children with sane bounds (relative to the zone), or null if none. */
    private static int[] childExtent(NodeView zone) {
        int[] extent = null;
        for (NodeView child : zone.getChildren()) {
            if (!ViewBounds.isValid(child)) {
                continue;
            }
            int[] box = { child.getX(), child.getY(), child.getX() + child.getWidth(), child.getY() + child.getHeight() };
            extent = extent == null ? box
                    : new int[] { Math.min(extent[0], box[0]), Math.min(extent[1], box[1]), Math.max(extent[2], box[2]),
                            Math.max(extent[3], box[3]) };
        }
        return extent;
    }
}
