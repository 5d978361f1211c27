package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Zone;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Bounds;
import org.itot.render.Rgb;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * The interactive diagram: one double-buffered SWT canvas painted by the same {@link DiagramPainter} as the exports,
 * plus a feedback layer (selection, handles, marquee, ghosts, connection line). Gestures are a small state machine
 * (select, marquee, move, resize, create, connect, pan); every change is a command on the model's command stack, and
 * the picture is rebuilt from the model after each command, wherever the command came from.
 */
public final class DiagramViewer {

    /** What a mouse drag is doing. */
    private enum Drag {
        NONE, PENDING_MOVE, MOVE, RESIZE, MARQUEE, CONNECT, PAN
    }

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    static final int HANDLE = 7;
    static final int DRAG_THRESHOLD = 3;
    static final Rgb SELECTION = Rgb.of(0x1a73e8);
    static final Rgb DROP_TARGET = Rgb.of(0x0b8043);
    static final Rgb REFUSED = Rgb.of(0xd62828);

    private final Canvas canvas;
    private final Diagram diagram;
    private final EditingDomain domain;
    private final CommandStack stack;
    private final SwtResources resources;
    private final CommandStackListener commandListener = this::commandStackChanged;
    private final List<Consumer<List<EObject>>> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<PaletteEntry>> toolListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> viewListeners = new CopyOnWriteArrayList<>();

    private DiagramGeometry geometry;
    private final LinkedHashSet<EObject> selection = new LinkedHashSet<>();
    private Map<EObject, Integer> severities = Map.of();
    private Map<EObject, List<String>> findingTexts = Map.of();
    private double zoom = 1;
    private double originX;
    private double originY;
    private Bounds contentExtent = new Bounds(0, 0, 1, 1);
    private boolean showFlows = true;
    private boolean showConduits = true;
    private boolean showFindings = true;
    /** Elements of the overlay layer (an attack path chosen in the Attack Paths view); empty for none. */
    private Set<EObject> highlight = Set.of();
    private boolean showGrid;
    private boolean snapToGrid = true;
    private int gridSize = 10;
    private PaletteEntry tool;

    private Drag drag = Drag.NONE;
    private double pressX;
    private double pressY;
    private double pointerX;
    private double pointerY;
    private NodeView pressedNode;
    private NodeView dropTarget;
    private int resizeCorner = -1;
    private Text inlineEditor;
    private List<NodeView> clipboard = List.of();
    private boolean pointerInside;
    /** True from Fit until the user zooms or scrolls. */
    private boolean fitting;

    public DiagramViewer(Composite parent, Diagram diagram, EditingDomain domain) {
        this.diagram = diagram;
        this.domain = domain;
        this.stack = domain.getCommandStack();
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        resources = new SwtResources(canvas.getDisplay());
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
        canvas.addListener(SWT.MouseExit, e -> {
            pointerInside = false;
            if (tool != null) {
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, this::mouseWheel);
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.Resize, e -> {
            if (fitting) {
                zoomToFit(); // still showing the whole drawing: keep doing so as the window grows or shrinks
            } else {
                updateScrollBars();
            }
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.addListener(SWT.Dispose, e -> dispose());
        stack.addCommandStackListener(commandListener);
        installDropTarget();
        Bounds extent = DiagramPainter.bounds(diagram);
        originX = extent.x();
        originY = extent.y();
        modelChanged();
    }

    public Canvas getControl() {
        return canvas;
    }

    public Diagram getDiagram() {
        return diagram;
    }

    public EditingDomain getDomain() {
        return domain;
    }

    // ---- selection -------------------------------------------------------------------------------------------

    /** The selected views (node and edge views) in the order they were selected. */
    public List<EObject> getSelection() {
        return new ArrayList<>(selection);
    }

    /** The model elements the selected views show (what the Properties view and the explorer care about). */
    public List<EObject> getSelectedElements() {
        List<EObject> elements = new ArrayList<>();
        for (EObject view : selection) {
            EObject element = view instanceof NodeView node ? node.getElement()
                    : view instanceof EdgeView edge ? edge.getElement() : null;
            elements.add(element == null ? view : element);
        }
        return elements;
    }

    public void setSelection(Collection<? extends EObject> views) {
        selection.clear();
        selection.addAll(views);
        selectionChanged();
    }

    public void addSelectionListener(Consumer<List<EObject>> listener) {
        selectionListeners.add(listener);
    }

    /** Selects the views showing the element on this diagram and scrolls the first into view; false if none. */
    public boolean reveal(EObject element) {
        List<EObject> views = new ArrayList<>(DiagramEditing.viewsOf(diagram, element));
        for (EdgeView edge : diagram.getEdges()) {
            if (edge.getElement() == element) {
                views.add(edge);
            }
        }
        if (views.isEmpty()) {
            return false;
        }
        setSelection(views);
        Bounds b = boundsOf(views.get(0));
        if (b != null) {
            showArea(b);
        }
        return true;
    }

    /** Hears of scrolling, zooming and model changes (the Outline thumbnail follows). */
    public void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    public void removeViewListener(Runnable listener) {
        viewListeners.remove(listener);
    }

    /** The part of the diagram the window shows, in diagram coordinates. */
    public Bounds visibleArea() {
        Rectangle client = canvas.getClientArea();
        return new Bounds(originX, originY, client.width / zoom, client.height / zoom);
    }

    /** Scrolls so the diagram point is in the middle of the window. */
    public void centreOn(double x, double y) {
        fitting = false;
        Rectangle client = canvas.getClientArea();
        originX = x - client.width / zoom / 2;
        originY = y - client.height / zoom / 2;
        updateScrollBars();
        canvas.redraw();
    }

    /** Scrolls (without zooming) so the area is in view, centred, unless it is fully visible already. */
    public void showArea(Bounds b) {
        Rectangle client = canvas.getClientArea();
        double visibleWidth = client.width / zoom;
        double visibleHeight = client.height / zoom;
        if (b.x() < originX || b.right() > originX + visibleWidth || b.y() < originY
                || b.bottom() > originY + visibleHeight) {
            fitting = false;
            originX = b.x() + b.width() / 2 - visibleWidth / 2;
            originY = b.y() + b.height() / 2 - visibleHeight / 2;
            updateScrollBars();
        }
        canvas.redraw();
    }

    // ---- view options ----------------------------------------------------------------------------------------

    public double getZoom() {
        return zoom;
    }

    /** Zooms keeping the diagram point under the device point {@code (anchorX, anchorY)} in place. */
    public void setZoom(double newZoom, int anchorX, int anchorY) {
        fitting = false;
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double diagramX = originX + anchorX / zoom;
        double diagramY = originY + anchorY / zoom;
        zoom = clamped;
        originX = diagramX - anchorX / zoom;
        originY = diagramY - anchorY / zoom;
        updateScrollBars();
        canvas.redraw();
    }

    public void setZoom(double newZoom) {
        Rectangle client = canvas.getClientArea();
        setZoom(newZoom, client.width / 2, client.height / 2);
    }

    /** Zooms so the whole drawing fits the window (never above 100%). */
    public void zoomToFit() {
        Bounds extent = DiagramPainter.bounds(diagram);
        Rectangle client = canvas.getClientArea();
        if (client.width <= 0 || client.height <= 0) {
            return;
        }
        fitting = true;
        zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(client.width / extent.width(), client.height / extent.height())));
        originX = extent.x() - (client.width / zoom - extent.width()) / 2;
        originY = extent.y();
        updateScrollBars();
        canvas.redraw();
    }

    public void setLayers(boolean flows, boolean conduits, boolean findings) {
        showFlows = flows;
        showConduits = conduits;
        showFindings = findings;
        canvas.redraw();
    }

    /** Highlights these elements' views as an overlay layer (an attack path); an empty collection clears it. */
    public void setHighlight(Collection<? extends EObject> elements) {
        Set<EObject> next = Set.copyOf(elements);
        if (!next.equals(highlight)) {
            highlight = next;
            canvas.redraw();
        }
    }

    public Set<EObject> getHighlight() {
        return highlight;
    }

    public boolean isShowingFlows() {
        return showFlows;
    }

    public boolean isShowingConduits() {
        return showConduits;
    }

    public boolean isShowingFindings() {
        return showFindings;
    }

    public void setGrid(boolean visible, boolean snap) {
        showGrid = visible;
        snapToGrid = snap;
        canvas.redraw();
    }

    public boolean isGridVisible() {
        return showGrid;
    }

    /** Grid spacing in diagram units (snapping, arrow-key steps, paste offset). */
    public void setGridSize(int size) {
        gridSize = Math.max(2, size);
        canvas.redraw();
    }

    public int getGridSize() {
        return gridSize;
    }

    public boolean isSnapping() {
        return snapToGrid;
    }

    /** The palette tool to use for the next gesture; null for the selection tool. */
    public void setTool(PaletteEntry entry) {
        tool = entry;
        cancelDrag();
        canvas.setCursor(entry == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        toolListeners.forEach(listener -> listener.accept(entry));
    }

    /** Hears when the tool changes (the palette shows it; the viewer returns to selection after each creation). */
    public void addToolListener(Consumer<PaletteEntry> listener) {
        toolListeners.add(listener);
    }

    public PaletteEntry getTool() {
        return tool;
    }

    /** New validation results (from any thread): badges, red borders and tooltips follow. */
    public void setFindings(Diagnostic findings) {
        Map<EObject, Integer> newSeverities = DiagramPainter.severities(findings);
        Map<EObject, List<String>> texts = new HashMap<>();
        collectTexts(findings, texts);
        if (canvas.isDisposed()) {
            return;
        }
        canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                severities = newSeverities;
                findingTexts = texts;
                canvas.redraw();
            }
        });
    }

    private static void collectTexts(Diagnostic diagnostic, Map<EObject, List<String>> into) {
        if (diagnostic instanceof RuleDiagnostic finding && finding.element() != null
                && finding.getSeverity() >= Diagnostic.WARNING) {
            into.computeIfAbsent(finding.element(), e -> new ArrayList<>())
                    .add(finding.ruleId() + ": " + finding.getMessage());
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collectTexts(child, into);
        }
    }

    /** The rule IDs and messages shown in the tooltip of an element. */
    public List<String> findingsOf(EObject element) {
        return findingTexts.getOrDefault(element, List.of());
    }

    // ---- edits ----------------------------------------------------------------------------------------------

    /** Executes a command on the model's stack; false (and nothing changes) if it cannot execute. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            canvas.getDisplay().beep();
            return false;
        }
        stack.execute(command);
        return true;
    }

    public boolean removeSelectionFromDiagram() {
        return execute(DiagramEditing.removeFromDiagram(domain, diagram, selection));
    }

    public boolean deleteSelectionFromModel() {
        List<EObject> elements = getSelectedElements().stream()
                .filter(e -> e instanceof ModelElement && !(e instanceof Diagram)).toList();
        List<EObject> notes = selection.stream().filter(NoteView.class::isInstance).toList();
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Delete from Model");
        if (!elements.isEmpty()) {
            command.append(DiagramEditing.deleteFromModel(domain, elements));
        }
        if (!notes.isEmpty()) {
            command.append(DiagramEditing.removeFromDiagram(domain, diagram, notes));
        }
        return execute(command);
    }

    public void selectAll() {
        setSelection(geometry().nodes().keySet());
    }

    /** Copies the selected assets and notes for Paste (zones and connections are not duplicated). */
    public void copy() {
        clipboard = selectedNodes().stream().filter(DiagramViewer::copyable).toList();
    }

    /** Whether Copy has something: an asset or a note is selected. */
    public boolean canCopy() {
        return selectedNodes().stream().anyMatch(DiagramViewer::copyable);
    }

    private static boolean copyable(NodeView view) {
        return view instanceof NoteView || view.getElement() instanceof Asset;
    }

    public boolean paste() {
        return execute(DiagramEditing.duplicate(domain, diagram, pastable(), 2 * gridSize));
    }

    /** Whether Paste has something: copied views still on this diagram (an undo may have removed them). */
    public boolean canPaste() {
        return !pastable().isEmpty();
    }

    private List<NodeView> pastable() {
        return clipboard.stream().filter(v -> DiagramEditing.diagramOf(v) == diagram).toList();
    }

    public boolean duplicate() {
        return execute(DiagramEditing.duplicate(domain, diagram, selectedNodes(), 2 * gridSize));
    }

    /** Starts renaming the single selected element in place (F2 or double-click). */
    public void renameSelection() {
        List<NodeView> nodes = selectedNodes();
        if (nodes.size() == 1) {
            startInlineEdit(nodes.get(0));
        }
    }

    public List<NodeView> selectedNodes() {
        return selection.stream().filter(NodeView.class::isInstance).map(NodeView.class::cast).toList();
    }

    // ---- painting -------------------------------------------------------------------------------------------

    /**
     * Paints onto another GC (an image: tests, snapshots) what a window of the image's size would show from the
     * current scroll position and zoom.
     */
    public void print(GC gc) {
        paint(gc, gc.getClipping());
    }

    private void paint(GC gc) {
        paint(gc, canvas.getClientArea());
    }

    private void paint(GC gc, Rectangle client) {
        gc.setBackground(resources.colourOf(org.itot.render.style.DiagramStyle.BACKGROUND));
        gc.fillRectangle(client);
        SwtCanvas painter = new SwtCanvas(gc, resources);
        painter.scale(zoom);
        painter.translate(-originX, -originY);
        Bounds visible = new Bounds(originX, originY, client.width / zoom, client.height / zoom);
        DiagramPainter.paint(diagram, painter, showFindings ? severities : Map.of(),
                new DiagramPainter.Viewport(visible, zoom), this::isEdgeShown, highlight);
        if (showGrid) {
            paintGrid(painter, client);
        }
        paintFeedback(painter);
    }

    private boolean isEdgeShown(EdgeView edge) {
        return edge.getElement() instanceof Flow ? showFlows : edge.getElement() instanceof Conduit ? showConduits : true;
    }

    private void paintGrid(SwtCanvas painter, Rectangle client) {
        double step = gridSize;
        while (step * zoom < 8) {
            step *= 2;
        }
        painter.setFill(Rgb.of(0xc0c8d0));
        double startX = Math.floor(originX / step) * step;
        double startY = Math.floor(originY / step) * step;
        double size = 1 / zoom;
        for (double x = startX; x < originX + client.width / zoom; x += step) {
            for (double y = startY; y < originY + client.height / zoom; y += step) {
                painter.fillRect(x, y, size, size);
            }
        }
    }

    private void paintFeedback(SwtCanvas painter) {
        double unit = 1 / zoom;
        painter.setDash();
        for (EObject selected : selection) {
            painter.setStroke(SELECTION);
            painter.setLineWidth(2 * unit);
            if (selected instanceof NodeView node && geometry().bounds(node) != null) {
                Bounds b = geometry().bounds(node);
                painter.strokeRect(b.x() - 2 * unit, b.y() - 2 * unit, b.width() + 4 * unit, b.height() + 4 * unit);
                if (selection.size() == 1) {
                    for (double[] corner : corners(b)) {
                        painter.setFill(Rgb.of(0xffffff));
                        painter.fillRect(corner[0] - HANDLE / 2.0 * unit, corner[1] - HANDLE / 2.0 * unit,
                                HANDLE * unit, HANDLE * unit);
                        painter.setLineWidth(unit);
                        painter.strokeRect(corner[0] - HANDLE / 2.0 * unit, corner[1] - HANDLE / 2.0 * unit,
                                HANDLE * unit, HANDLE * unit);
                    }
                }
            } else if (selected instanceof EdgeView edge && geometry().route(edge) != null) {
                painter.setAlpha(0.5);
                painter.setLineWidth(6 * unit);
                painter.strokePolyline(geometry().route(edge));
                painter.setAlpha(1);
            }
        }
        double dx = pointerX - pressX;
        double dy = pointerY - pressY;
        switch (drag) {
        case MOVE -> {
            painter.setStroke(dropTarget != null || moveIsAllowed() ? SELECTION : REFUSED);
            painter.setLineWidth(unit);
            painter.setDash(4 * unit, 3 * unit);
            for (NodeView node : movedNodes()) {
                Bounds b = geometry().bounds(node);
                painter.strokeRect(b.x() + snapDelta(dx), b.y() + snapDelta(dy), b.width(), b.height());
            }
            highlightDropTarget(painter, unit);
        }
        case RESIZE -> {
            Bounds b = resized();
            painter.setStroke(SELECTION);
            painter.setLineWidth(unit);
            painter.setDash(4 * unit, 3 * unit);
            painter.strokeRect(b.x(), b.y(), b.width(), b.height());
        }
        case MARQUEE -> {
            Bounds b = marquee();
            painter.setFill(SELECTION);
            painter.setAlpha(0.12);
            painter.fillRect(b.x(), b.y(), b.width(), b.height());
            painter.setAlpha(1);
            painter.setStroke(SELECTION);
            painter.setLineWidth(unit);
            painter.strokeRect(b.x(), b.y(), b.width(), b.height());
        }
        case CONNECT -> {
            NodeView target = geometry().nodeAt(pointerX, pointerY);
            boolean valid = DiagramEditing.canConnect(tool.kind(), pressedNode, target);
            painter.setStroke(target == null || valid ? SELECTION : REFUSED);
            painter.setLineWidth(2 * unit);
            painter.setDash(6 * unit, 4 * unit);
            painter.strokeLine(pressX, pressY, pointerX, pointerY);
            if (target != null && valid) {
                Bounds b = geometry().bounds(target);
                painter.setDash();
                painter.strokeRect(b.x(), b.y(), b.width(), b.height());
            }
        }
        default -> {
            if (tool != null && !tool.kind().isConnection() && pointerInside()) {
                NodeView parent = geometry().nodeAt(pointerX, pointerY, Set.of(), true);
                boolean allowed = tool.kind() != PaletteEntry.Kind.ASSET || parent != null;
                painter.setStroke(allowed ? SELECTION : REFUSED);
                painter.setLineWidth(unit);
                painter.setDash(4 * unit, 3 * unit);
                painter.strokeRect(snap(pointerX), snap(pointerY), tool.width(), tool.height());
            }
        }
        }
        painter.setDash();
    }

    private boolean pointerInside() {
        return pointerInside;
    }

    private void highlightDropTarget(SwtCanvas painter, double unit) {
        if (dropTarget != null) {
            Bounds b = geometry().bounds(dropTarget);
            painter.setDash();
            painter.setStroke(DROP_TARGET);
            painter.setLineWidth(3 * unit);
            painter.strokeRect(b.x(), b.y(), b.width(), b.height());
        }
    }

    // ---- mouse ----------------------------------------------------------------------------------------------

    private void mouseDown(Event e) {
        canvas.setFocus();
        commitInlineEdit();
        pressX = toDiagramX(e.x);
        pressY = toDiagramY(e.y);
        pointerX = pressX;
        pointerY = pressY;
        if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.MOD3) != 0 && tool == null)) {
            drag = Drag.PAN;
            return;
        }
        if (e.button != 1) {
            return;
        }
        DiagramGeometry g = geometry();
        if (tool != null) {
            if (tool.kind().isConnection()) {
                pressedNode = g.nodeAt(pressX, pressY);
                drag = pressedNode == null ? Drag.NONE : Drag.CONNECT;
            }
            return; // creation happens on mouse up
        }
        boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        resizeCorner = selection.size() == 1 && selection.iterator().next() instanceof NodeView only
                ? cornerAt(g.bounds(only), pressX, pressY) : -1;
        if (resizeCorner >= 0) {
            pressedNode = (NodeView) selection.iterator().next();
            drag = Drag.RESIZE;
            return;
        }
        NodeView node = g.nodeAt(pressX, pressY);
        EdgeView edge = g.edgeAt(pressX, pressY, 4 / zoom);
        // An edge drawn over a box wins where the pointer is right on the line.
        if (edge != null && isEdgeShown(edge)) {
            if (toggle) {
                toggle(edge);
            } else {
                setSelection(List.of(edge));
            }
            drag = Drag.NONE;
            return;
        }
        if (node == null) {
            if (!toggle) {
                selection.clear();
                selectionChanged();
            }
            drag = Drag.MARQUEE;
            return;
        }
        if (toggle) {
            toggle(node);
        } else if (!selection.contains(node)) {
            setSelection(List.of(node));
        }
        pressedNode = node;
        drag = selection.contains(node) ? Drag.PENDING_MOVE : Drag.NONE;
    }

    private void mouseMove(Event e) {
        pointerInside = true;
        double x = toDiagramX(e.x);
        double y = toDiagramY(e.y);
        if (drag == Drag.PAN) {
            fitting = false;
            originX -= x - pointerX;
            originY -= y - pointerY;
            updateScrollBars();
            canvas.redraw();
            return;
        }
        pointerX = x;
        pointerY = y;
        if (drag == Drag.PENDING_MOVE && Math.hypot(x - pressX, y - pressY) * zoom >= DRAG_THRESHOLD) {
            drag = Drag.MOVE;
        }
        if (drag == Drag.MOVE) {
            dropTarget = computeDropTarget();
        }
        if (drag == Drag.NONE) {
            updateTooltip(x, y);
            if (tool == null) {
                return;
            }
        }
        canvas.redraw();
    }

    private void mouseUp(Event e) {
        if (e.button == 2 || drag == Drag.PAN) {
            drag = Drag.NONE;
            return;
        }
        if (e.button != 1) {
            return;
        }
        pointerX = toDiagramX(e.x);
        pointerY = toDiagramY(e.y);
        Drag finished = drag;
        drag = Drag.NONE;
        switch (finished) {
        case MOVE -> finishMove();
        case RESIZE -> finishResize();
        case MARQUEE -> finishMarquee((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0);
        case CONNECT -> finishConnect((e.stateMask & SWT.SHIFT) != 0);
        default -> {
            if (tool != null && !tool.kind().isConnection()) {
                finishCreate((e.stateMask & SWT.SHIFT) != 0);
            }
        }
        }
        dropTarget = null;
        canvas.redraw();
    }

    private void mouseDoubleClick(Event e) {
        if (tool != null || e.button != 1) {
            return;
        }
        NodeView node = geometry().nodeAt(toDiagramX(e.x), toDiagramY(e.y));
        if (node != null) {
            setSelection(List.of(node));
            startInlineEdit(node);
        }
    }

    private void mouseWheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            setZoom(zoom * (e.count > 0 ? 1.1 : 1 / 1.1), e.x, e.y);
            e.doit = false;
        } else {
            fitting = false;
            double step = 40 / zoom * (e.count > 0 ? -1 : 1);
            if ((e.stateMask & SWT.SHIFT) != 0) {
                originX += step;
            } else {
                originY += step;
            }
            updateScrollBars();
            canvas.redraw();
            e.doit = false;
        }
    }

    // ---- keyboard -------------------------------------------------------------------------------------------

    /**
     * In the workbench, keys bound to the Edit commands (Ctrl+Z, Ctrl+C, Delete, F2...) run DiagramEditHandlers and
     * never get here; this serves the viewer without a workbench (its tests) with the same actions.
     */
    private void keyDown(Event e) {
        boolean mod1 = (e.stateMask & SWT.MOD1) != 0;
        int step = (e.stateMask & SWT.SHIFT) != 0 ? 1 : gridSize;
        switch (e.keyCode) {
        case SWT.ARROW_LEFT -> nudge(-step, 0);
        case SWT.ARROW_RIGHT -> nudge(step, 0);
        case SWT.ARROW_UP -> nudge(0, -step);
        case SWT.ARROW_DOWN -> nudge(0, step);
        case SWT.DEL -> {
            if ((e.stateMask & SWT.SHIFT) != 0) {
                deleteSelectionFromModel();
            } else {
                removeSelectionFromDiagram();
            }
        }
        case SWT.F2 -> renameSelection();
        case SWT.ESC -> {
            cancelDrag();
            setTool(null);
        }
        default -> {
            if (!mod1) {
                return;
            }
            switch (Character.toLowerCase((char) e.keyCode)) {
            case 'a' -> selectAll();
            case 'c' -> copy();
            case 'v' -> paste();
            case 'd' -> duplicate();
            case 'z' -> {
                if ((e.stateMask & SWT.SHIFT) != 0) {
                    redo();
                } else {
                    undo();
                }
            }
            case 'y' -> redo();
            case '=', '+' -> setZoom(zoom * 1.25);
            case '-' -> setZoom(zoom / 1.25);
            case '0' -> setZoom(1);
            case 'f' -> {
                if ((e.stateMask & SWT.SHIFT) != 0) {
                    zoomToFit();
                } else {
                    return;
                }
            }
            default -> {
                return;
            }
            }
        }
        }
        e.doit = false;
    }

    public void undo() {
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    public void redo() {
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    private void nudge(int dx, int dy) {
        Map<NodeView, int[]> positions = new LinkedHashMap<>();
        for (NodeView node : topLevel(selectedNodes())) {
            positions.put(node, new int[] { node.getX() + dx, node.getY() + dy });
        }
        if (!positions.isEmpty()) {
            execute(DiagramEditing.move(domain, diagram, positions));
        }
    }

    // ---- gestures -------------------------------------------------------------------------------------------

    private void finishMove() {
        double dx = snapDelta(pointerX - pressX);
        double dy = snapDelta(pointerY - pressY);
        List<NodeView> moved = movedNodes();
        if (dropTarget != null) {
            CompoundCommand reparent = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL,
                    moved.size() == 1 ? "Move Asset" : "Move Assets");
            Bounds zone = geometry().bounds(dropTarget);
            for (NodeView node : moved) {
                Bounds b = geometry().bounds(node);
                int x = (int) Math.round(Math.max(0, b.x() + dx - zone.x()));
                int y = (int) Math.round(Math.max(0, b.y() + dy - zone.y()));
                reparent.append(DiagramEditing.moveAssetToZone(domain, node, dropTarget, x, y));
            }
            execute(reparent);
            return;
        }
        if (!moveIsAllowed() || (dx == 0 && dy == 0)) {
            if (!moveIsAllowed()) {
                canvas.getDisplay().beep();
            }
            return;
        }
        Map<NodeView, int[]> positions = new LinkedHashMap<>();
        for (NodeView node : moved) {
            positions.put(node, new int[] { (int) Math.round(node.getX() + dx), (int) Math.round(node.getY() + dy) });
        }
        execute(DiagramEditing.move(domain, diagram, positions));
    }

    /**
     * Assets live in zones: an asset box dragged out of its zone must land in another zone (a drop target) or it
     * snaps back; anything else may go anywhere.
     */
    private boolean moveIsAllowed() {
        double dx = snapDelta(pointerX - pressX);
        double dy = snapDelta(pointerY - pressY);
        for (NodeView node : movedNodes()) {
            if (node.getElement() instanceof Asset && node.eContainer() instanceof NodeView parent) {
                Bounds b = geometry().bounds(node);
                Bounds zone = geometry().bounds(parent);
                double cx = b.x() + dx + b.width() / 2;
                double cy = b.y() + dy + b.height() / 2;
                if (zone == null || !zone.contains(cx, cy)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The zone view the dragged assets would move into: under the pointer, not their own zone, all assets. */
    private NodeView computeDropTarget() {
        List<NodeView> moved = movedNodes();
        if (moved.isEmpty() || !moved.stream().allMatch(n -> n.getElement() instanceof Asset)) {
            return null;
        }
        NodeView target = geometry().nodeAt(pointerX, pointerY, new LinkedHashSet<>(moved), true);
        if (target == null) {
            return null;
        }
        boolean allElsewhere = moved.stream().allMatch(n -> ((Asset) n.getElement()).getZone() != target.getElement());
        return allElsewhere ? target : null;
    }

    private void finishResize() {
        Bounds b = resized();
        NodeView node = pressedNode;
        Bounds old = geometry().bounds(node);
        int x = (int) Math.round(node.getX() + b.x() - old.x());
        int y = (int) Math.round(node.getY() + b.y() - old.y());
        execute(DiagramEditing.setBounds(domain, diagram, node, x, y, (int) Math.round(b.width()),
                (int) Math.round(b.height())));
    }

    private Bounds resized() {
        Bounds b = geometry().bounds(pressedNode);
        double left = b.x();
        double top = b.y();
        double right = b.right();
        double bottom = b.bottom();
        double x = snap(pointerX);
        double y = snap(pointerY);
        switch (resizeCorner) {
        case 0 -> { left = Math.min(x, right - 20); top = Math.min(y, bottom - 20); }
        case 1 -> { right = Math.max(x, left + 20); top = Math.min(y, bottom - 20); }
        case 2 -> { right = Math.max(x, left + 20); bottom = Math.max(y, top + 20); }
        default -> { left = Math.min(x, right - 20); bottom = Math.max(y, top + 20); }
        }
        return new Bounds(left, top, right - left, bottom - top);
    }

    private void finishMarquee(boolean add) {
        List<NodeView> inside = geometry().nodesWithin(marquee());
        if (!add) {
            selection.clear();
        }
        selection.addAll(inside);
        selectionChanged();
    }

    private Bounds marquee() {
        return new Bounds(Math.min(pressX, pointerX), Math.min(pressY, pointerY), Math.abs(pointerX - pressX),
                Math.abs(pointerY - pressY));
    }

    private void finishConnect(boolean keepTool) {
        NodeView target = geometry().nodeAt(pointerX, pointerY);
        if (execute(DiagramEditing.connect(domain, diagram, tool.kind(), pressedNode, target))) {
            EdgeView created = diagram.getEdges().get(diagram.getEdges().size() - 1);
            setSelection(List.of(created));
        }
        if (!keepTool) {
            setTool(null);
        }
    }

    private void finishCreate(boolean keepTool) {
        NodeView parent = geometry().nodeAt(pointerX, pointerY, Set.of(), true);
        double x = snap(pointerX);
        double y = snap(pointerY);
        if (tool.kind() == PaletteEntry.Kind.ZONE && parent != null && !(tool.level() == ((Zone) parent.getElement())
                .getPurdueLevel())) {
            parent = null; // a zone of another level is not a sub-zone of the one it was dropped on
        }
        Bounds parentBounds = parent == null ? null : geometry().bounds(parent);
        int relativeX = (int) Math.round(parentBounds == null ? x : x - parentBounds.x());
        int relativeY = (int) Math.round(parentBounds == null ? y : y - parentBounds.y());
        Command create = DiagramEditing.create(domain, diagram, tool, parent, relativeX, relativeY);
        if (execute(create)) {
            EObject created = lastCreatedView(parent);
            setSelection(List.of(created));
        }
        if (!keepTool) {
            setTool(null);
        }
    }

    private EObject lastCreatedView(NodeView parent) {
        List<NodeView> siblings = parent == null ? diagram.getNodes() : parent.getChildren();
        return siblings.get(siblings.size() - 1);
    }

    private void cancelDrag() {
        drag = Drag.NONE;
        dropTarget = null;
        canvas.redraw();
    }

    // ---- drag from the Model Explorer -------------------------------------------------------------------------

    /** Zones and assets dragged from the Model Explorer are shown where they are dropped. */
    private void installDropTarget() {
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
        target.setTransfer(LocalSelectionTransfer.getTransfer());
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                List<EObject> elements = new ArrayList<>();
                if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged) {
                    for (Object item : dragged.toList()) {
                        if (item instanceof EObject element) {
                            elements.add(element);
                        }
                    }
                }
                var point = canvas.toControl(event.x, event.y);
                showElements(elements, toDiagramX(point.x), toDiagramY(point.y));
            }
        });
    }

    /** Shows existing elements of this model at the point (zones) or in their zone's box (assets). */
    public boolean showElements(List<EObject> elements, double x, double y) {
        List<EObject> ours = elements.stream()
                .filter(e -> org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(e) == org.eclipse.emf.ecore.util.EcoreUtil
                        .getRootContainer(diagram))
                .toList();
        return execute(DiagramEditing.show(domain, diagram, ours, (int) Math.round(snap(x)), (int) Math.round(snap(y))));
    }

    // ---- rename in place ------------------------------------------------------------------------------------

    private void startInlineEdit(NodeView node) {
        commitInlineEdit();
        Bounds b = geometry().bounds(node);
        if (b == null) {
            return;
        }
        boolean note = node instanceof NoteView;
        if (!note && !(node.getElement() instanceof ModelElement)) {
            return;
        }
        String current = note ? ((NoteView) node).getText() : ((ModelElement) node.getElement()).getName();
        inlineEditor = new Text(canvas, note ? SWT.MULTI | SWT.WRAP | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
        inlineEditor.setText(current == null ? "" : current);
        int x = toDeviceX(b.x());
        int y = toDeviceY(b.y());
        int width = (int) Math.max(120, b.width() * zoom);
        int height = note ? (int) Math.max(40, b.height() * zoom) : inlineEditor.computeSize(width, SWT.DEFAULT).y;
        inlineEditor.setBounds(x, y, width, height);
        inlineEditor.selectAll();
        inlineEditor.setFocus();
        inlineEditor.setData(node);
        inlineEditor.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                disposeInlineEditor();
                e.doit = false;
            } else if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (!note || (e.stateMask & SWT.MOD1) != 0)) {
                commitInlineEdit();
                e.doit = false;
            }
        });
        inlineEditor.addListener(SWT.FocusOut, e -> commitInlineEdit());
    }

    /** The rename field while it is open (tests type into it), or null. */
    public Text getInlineEditor() {
        return inlineEditor;
    }

    public void commitInlineEdit() {
        if (inlineEditor == null || inlineEditor.isDisposed()) {
            inlineEditor = null;
            return;
        }
        NodeView node = (NodeView) inlineEditor.getData();
        String text = inlineEditor.getText();
        disposeInlineEditor();
        if (node instanceof NoteView note) {
            if (!text.equals(note.getText())) {
                execute(DiagramEditing.setNoteText(domain, note, text));
            }
        } else if (node.getElement() instanceof ModelElement element && !text.strip().equals(element.getName())
                && !text.isBlank()) {
            execute(DiagramEditing.rename(domain, element, text));
        }
    }

    private void disposeInlineEditor() {
        Text editor = inlineEditor;
        inlineEditor = null;
        if (editor != null && !editor.isDisposed()) {
            editor.dispose();
        }
        if (!canvas.isDisposed()) {
            canvas.setFocus();
        }
    }

    // ---- coordinates, scrolling ------------------------------------------------------------------------------

    public double toDiagramX(int deviceX) {
        return originX + deviceX / zoom;
    }

    public double toDiagramY(int deviceY) {
        return originY + deviceY / zoom;
    }

    public int toDeviceX(double diagramX) {
        return (int) Math.round((diagramX - originX) * zoom);
    }

    public int toDeviceY(double diagramY) {
        return (int) Math.round((diagramY - originY) * zoom);
    }

    /** The absolute bounds of a node view (or an edge's route box) as currently drawn; null if not shown. */
    public Bounds boundsOf(EObject view) {
        if (view instanceof NodeView node) {
            return geometry().bounds(node);
        }
        if (view instanceof EdgeView edge && geometry().route(edge) != null) {
            double[] p = geometry().route(edge);
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i + 1 < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
            return new Bounds(minX, minY, maxX - minX, maxY - minY);
        }
        return null;
    }

    private void updateScrollBars() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        Bounds drawing = DiagramPainter.bounds(diagram);
        double visibleWidth = client.width / zoom;
        double visibleHeight = client.height / zoom;
        double left = Math.min(drawing.x(), originX);
        double top = Math.min(drawing.y(), originY);
        double right = Math.max(drawing.right(), originX + visibleWidth);
        double bottom = Math.max(drawing.bottom(), originY + visibleHeight);
        contentExtent = new Bounds(left, top, right - left, bottom - top);
        configure(canvas.getHorizontalBar(), contentExtent.width() * zoom, client.width, (originX - left) * zoom);
        configure(canvas.getVerticalBar(), contentExtent.height() * zoom, client.height, (originY - top) * zoom);
        viewListeners.forEach(Runnable::run);
    }

    private static void configure(ScrollBar bar, double content, int visible, double position) {
        int maximum = (int) Math.ceil(content);
        bar.setValues((int) Math.round(position), 0, Math.max(1, maximum), Math.max(1, Math.min(visible, maximum)),
                Math.max(1, visible / 10), Math.max(1, visible));
    }

    private void scrolled() {
        fitting = false;
        originX = contentExtent.x() + canvas.getHorizontalBar().getSelection() / zoom;
        originY = contentExtent.y() + canvas.getVerticalBar().getSelection() / zoom;
        viewListeners.forEach(Runnable::run);
        canvas.redraw();
    }

    // ---- model changes -----------------------------------------------------------------------------------------

    private void commandStackChanged(EventObject event) {
        if (canvas.isDisposed()) {
            return;
        }
        if (canvas.getDisplay().getThread() == Thread.currentThread()) {
            modelChanged();
        } else {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    modelChanged();
                }
            });
        }
    }

    /** Rebuilds the geometry, drops selected views that are gone (undo of a creation) and repaints. */
    private void modelChanged() {
        geometry = null;
        boolean removed = selection.removeIf(view -> DiagramEditing.diagramOf(view) != diagram);
        if (removed) {
            selectionChanged();
        }
        updateScrollBars();
        canvas.redraw();
    }

    public DiagramGeometry geometry() {
        if (geometry == null) {
            geometry = DiagramGeometry.of(diagram);
        }
        return geometry;
    }

    private void selectionChanged() {
        List<EObject> elements = getSelectedElements();
        selectionListeners.forEach(listener -> listener.accept(elements));
        canvas.redraw();
    }

    private void toggle(EObject view) {
        if (!selection.remove(view)) {
            selection.add(view);
        }
        selectionChanged();
    }

    private void updateTooltip(double x, double y) {
        NodeView node = geometry().nodeAt(x, y);
        EdgeView edge = geometry().edgeAt(x, y, 4 / zoom);
        EObject element = edge != null ? edge.getElement() : node != null ? node.getElement() : null;
        String text = null;
        if (element != null && showFindings) {
            List<String> findings = findingsOf(element);
            if (!findings.isEmpty()) {
                text = findings.stream().collect(Collectors.joining("\n"));
            }
        }
        if (node != null && node.getElement() == null && !(node instanceof NoteView)) {
            text = "This view shows an element that no longer exists; delete it from the diagram.";
        }
        if (!java.util.Objects.equals(text, canvas.getToolTipText())) {
            canvas.setToolTipText(text);
        }
    }

    /** The selected node views that move: those not inside another selected view. */
    private List<NodeView> movedNodes() {
        return topLevel(selectedNodes()).stream().filter(n -> geometry().bounds(n) != null).toList();
    }

    private static List<NodeView> topLevel(List<NodeView> nodes) {
        Set<NodeView> all = new LinkedHashSet<>(nodes);
        return nodes.stream().filter(n -> !(n.eContainer() instanceof NodeView parent)
                || !DiagramGeometry.isInside(parent, all)).toList();
    }

    private double snap(double value) {
        return snapToGrid ? Math.round(value / gridSize) * gridSize : value;
    }

    private double snapDelta(double delta) {
        return snapToGrid ? Math.round(delta / gridSize) * gridSize : Math.round(delta);
    }

    private static double[][] corners(Bounds b) {
        return new double[][] { { b.x(), b.y() }, { b.right(), b.y() }, { b.right(), b.bottom() },
                { b.x(), b.bottom() } };
    }

    private int cornerAt(Bounds b, double x, double y) {
        if (b == null) {
            return -1;
        }
        double[][] corners = corners(b);
        double reach = HANDLE / zoom;
        for (int i = 0; i < corners.length; i++) {
            if (Math.abs(corners[i][0] - x) <= reach && Math.abs(corners[i][1] - y) <= reach) {
                return i;
            }
        }
        return -1;
    }

    private void dispose() {
        stack.removeCommandStackListener(commandListener);
        resources.dispose();
    }
}
