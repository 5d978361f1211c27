package org.itot.diagram.ui.editor;

import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.edit.KeepHonest;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.NodeView;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.ui.swt.SwtCanvas;
import org.itot.validation.engine.FindingsDelta;

/**
 * The interactive diagram: one double-buffered SWT canvas painted by the same {@link DiagramPainter} as the exports
 * from the same {@link DiagramGeometry} it hit-tests, with feedback on top. It owns a {@link DiagramViewport} (zoom,
 * scroll, Fit), a {@link DiagramSelection} and the current {@link Tool}; each gesture is a tool that ends in a command
 * on the model's command stack, and the picture is rebuilt from the model after each command, wherever it came from.
 */
public final class DiagramViewer {

    private final Canvas canvas;
    private final Diagram diagram;
    private final EditingDomain domain;
    private final CommandStack stack;
    private final DiagramPicture picture;
    private final CommandStackListener commandListener = this::commandStackChanged;
    private final List<Consumer<PaletteEntry>> toolListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> statusListeners = new CopyOnWriteArrayList<>();
    private final DiagramViewport viewport;
    private final DiagramSelection selection;
    private final DiagramLayers layers;
    /** The findings' marks as the last result left them; changed by whichever thread publishes the next. */
    private final Object findingsLock = new Object();
    private DiagramLayers.FindingMarks findingMarks;
    private final InPlaceEditTool inPlaceEdit;
    private final DropTool dropTool;
    private final DiagramActions actions;

    private DiagramGeometry geometry;
    private final ToolDispatcher tools;
    private String status = "";
    private final DamagedAreas damage;

    public DiagramViewer(Composite parent, Diagram diagram, EditingDomain domain) {
        this.diagram = diagram;
        this.domain = domain;
        this.stack = domain.getCommandStack();
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        viewport = new DiagramViewport(canvas, () -> geometry().extent());
        damage = new DamagedAreas(canvas, viewport);
        selection = new DiagramSelection(this::selectionChanged);
        layers = new DiagramLayers(this::layersChanged);
        picture = new DiagramPicture(this, canvas, viewport, layers, this::paintOverlays);
        inPlaceEdit = new InPlaceEditTool(this);
        actions = new DiagramActions(this);
        tools = new ToolDispatcher(this, inPlaceEdit);
        canvas.addPaintListener(e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
        canvas.addListener(SWT.KeyDown, e -> new DiagramKeys(this, actions).keyDown(e));
        canvas.addListener(SWT.Resize, e -> viewport.resized());
        canvas.addListener(SWT.Dispose, e -> dispose());
        stack.addCommandStackListener(commandListener);
        dropTool = new DropTool(this);
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

    DiagramViewport viewport() {
        return viewport;
    }

    DiagramSelection selection() {
        return selection;
    }

    /** Copy, paste, duplicate, delete, nudge, find: the editor's actions on the selection. */
    public DiagramActions actions() {
        return actions;
    }

    /** The layer toggles, grid and snap. */
    public DiagramLayers layers() {
        return layers;
    }

    // ---- selection -------------------------------------------------------------------------------------------

    /** The selected views (node and edge views) in the order they were selected. */
    public List<EObject> getSelection() {
        return selection.views();
    }

    /** The model elements the selected views show (what the Properties view and the explorer care about). */
    public List<EObject> getSelectedElements() {
        return selection.elements();
    }

    public void setSelection(Collection<? extends EObject> views) {
        selection.set(views);
    }

    public void addSelectionListener(Consumer<List<EObject>> listener) {
        selection.addListener(listener);
    }

    public List<NodeView> selectedNodes() {
        return selection.nodes();
    }

    /**
     * Selects the views showing the element on this diagram and brings them into view (zooming out if they do not
     * fit the window); false if none.
     */
    public boolean reveal(EObject element) {
        return Revealing.reveal(this, element);
    }

    /** Highlights the elements (an attack path) as an overlay and brings them into view; empty clears it. */
    public void highlight(Collection<? extends EObject> elements) {
        layers.setHighlight(elements);
        showArea(Revealing.viewsOf(diagram, elements));
    }

    /** Brings the views (a path, a selection) into view together. */
    public void showArea(Collection<? extends EObject> views) {
        Revealing.show(this, views);
    }

    /** The absolute bounds of a node view (or an edge's route box) as currently drawn; null if not shown. */
    public Bounds boundsOf(EObject view) {
        return Revealing.boundsOf(geometry(), view);
    }

    // ---- viewport ---------------------------------------------------------------------------------------------

    /** Hears of scrolling, zooming, layer toggles and model changes (the Outline thumbnail follows). */
    public void addViewListener(Runnable listener) {
        viewport.addListener(listener);
    }

    public void removeViewListener(Runnable listener) {
        viewport.removeListener(listener);
    }

    public Bounds visibleArea() {
        return viewport.visibleArea();
    }

    public void centreOn(double x, double y) {
        viewport.centreOn(x, y);
    }

    /** Scrolls (zooming out only if it does not fit) so the area is in view, unless it is fully visible already. */
    public void showArea(Bounds b) {
        viewport.showArea(b);
    }

    public double getZoom() {
        return viewport.zoom();
    }

    public void setZoom(double newZoom, int anchorX, int anchorY) {
        viewport.setZoom(newZoom, anchorX, anchorY);
    }

    public void setZoom(double newZoom) {
        viewport.setZoom(newZoom);
    }

    /** The smallest zoom now: low enough to fit the whole drawing, however large. */
    public double getMinimumZoom() {
        return viewport.minimumZoom();
    }

    /** Zooms so the whole drawing fits the window (never above 100%). */
    public void zoomToFit() {
        viewport.zoomToFit();
    }

    public double toDiagramX(int deviceX) {
        return viewport.toDiagramX(deviceX);
    }

    public double toDiagramY(int deviceY) {
        return viewport.toDiagramY(deviceY);
    }

    public int toDeviceX(double diagramX) {
        return viewport.toDeviceX(diagramX);
    }

    public int toDeviceY(double diagramY) {
        return viewport.toDeviceY(diagramY);
    }

    // ---- tools ------------------------------------------------------------------------------------------------

    /** The palette tool to use for the next gesture; null for the selection tool. */
    public void setTool(PaletteEntry entry) {
        tools.setTool(entry);
        canvas.setCursor(entry == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        toolListeners.forEach(listener -> listener.accept(entry));
        redraw();
    }

    /** Hears when the tool changes (the palette shows it; the viewer returns to selection after each creation). */
    public void addToolListener(Consumer<PaletteEntry> listener) {
        toolListeners.add(listener);
    }

    public PaletteEntry getTool() {
        return tools.paletteEntry();
    }

    /** Drops a palette tool or explorer elements (a structured selection) at the diagram point, as SWT DnD does. */
    public boolean drop(Object dragged, double x, double y) {
        return dropTool.drop(dragged, x, y);
    }

    /** Shows existing elements of this model at the point (zones) or in their zone's box (assets). */
    public boolean showElements(List<EObject> elements, double x, double y) {
        return dropTool.showElements(elements, x, y);
    }

    /** Esc: the drag in progress is dropped and the selection tool comes back. */
    void cancel() {
        setTool(null);
    }

    // ---- status -----------------------------------------------------------------------------------------------

    /** Hears why a gesture was refused or what an edit did besides (the editor shows it in the status line). */
    public void addStatusListener(Consumer<String> listener) {
        statusListeners.add(listener);
    }

    /** The last message for the status line ("" for none). */
    public String getStatus() {
        return status;
    }

    void status(String message) {
        status = message == null ? "" : message;
        statusListeners.forEach(listener -> listener.accept(status));
    }

    /** A gesture cannot be done: beep and say why. */
    void refuse(String reason) {
        canvas.getDisplay().beep();
        status(reason);
    }

    // ---- findings -----------------------------------------------------------------------------------------------

    /**
     * New validation results (from any thread): badges, red borders and tooltips follow. What they show is sorted out
     * on the calling thread, so an estate's tens of thousands of findings never hold up the UI thread; a delta that
     * follows the findings shown changes only the marks of the elements it names.
     */
    public void setFindings(FindingsDelta delta) {
        if (!canvas.isDisposed()) {
            DiagramLayers.FindingMarks marks;
            synchronized (findingsLock) {
                findingMarks = findingMarks == null ? DiagramLayers.FindingMarks.of(delta.result())
                        : findingMarks.apply(delta);
                marks = findingMarks;
            }
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    layers.setFindings(marks);
                }
            });
        }
    }

    /** A whole validation result, e.g. the latest one when the editor opens. */
    public void setFindings(Diagnostic findings) {
        setFindings(FindingsDelta.replacing(new BasicDiagnostic(), findings));
    }

    // ---- edits ------------------------------------------------------------------------------------------------

    /**
     * Executes a command on the model's stack, keeping the picture honest in the same undoable step (zones grow to
     * hold what they hold, Purdue bands do not overlap; see {@link KeepHonest}); false (and nothing changes) if it
     * cannot execute.
     */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            canvas.getDisplay().beep();
            return false;
        }
        KeepHonest honest = new KeepHonest(domain, diagram, command);
        stack.execute(honest);
        status(honest.report());
        return true;
    }

    /** Starts renaming the single selected element in place (F2 or double-click). */
    public void renameSelection() {
        List<NodeView> nodes = selectedNodes();
        if (nodes.size() == 1) {
            inPlaceEdit.start(nodes.get(0));
        }
    }

    /** The rename field while it is open (tests type into it), or null. */
    public Text getInlineEditor() {
        return inPlaceEdit.field();
    }

    public void commitInlineEdit() {
        inPlaceEdit.commit();
    }

    // ---- painting -----------------------------------------------------------------------------------------------

    /**
     * Paints onto another GC (an image: tests, snapshots) what a window of the image's size would show from the
     * current scroll position and zoom.
     */
    public void print(GC gc) {
        picture.print(gc);
    }

    void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** Repaints only the union of a feedback step's area before and after it (see {@link DamagedAreas}). */
    void redrawDamaged(Bounds before, Bounds after) {
        damage.redraw(before, after);
    }

    /** Repaints the old and the new selection's frames and handles. */
    private void selectionChanged() {
        damage.selectionChanged(selection.area(geometry(), 1 / getZoom()));
    }

    DamagedAreas damage() {
        return damage;
    }

    /**
     * Paints the device rectangle {@code damaged} of the canvas (an SWT paint event's area) as it looks now: the
     * diagram copied from the cached layer (painted afresh when stale), selection and feedback on top.
     */
    void paint(GC gc, Rectangle damaged) {
        picture.paint(gc, damaged);
    }

    /** A layer toggle, findings or the highlight changed: the cached diagram is stale. */
    private void layersChanged() {
        picture.invalidate();
        redraw();
        viewport.fireChanged(); // the Outline follows the layers
    }

    /** Selection and the tools' feedback, in diagram coordinates; {@code unit} is one device pixel. */
    private void paintOverlays(SwtCanvas painter, double unit) {
        selection.paint(painter, geometry(), unit);
        damage.selectionPainted(selection.area(geometry(), unit));
        tools.paintFeedback(painter, unit);
        dropTool.paintFeedback(painter, unit);
    }

    boolean isEdgeShown(EdgeView edge) {
        return edge.getElement() instanceof Flow ? layers.isShowingFlows()
                : edge.getElement() instanceof Conduit ? layers.isShowingConduits() : true;
    }

    // ---- model changes ------------------------------------------------------------------------------------------

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
        selection.retainOn(view -> DiagramEditing.diagramOf(view) == diagram);
        viewport.updateScrollBars();
        redraw();
    }

    public DiagramGeometry geometry() {
        if (geometry == null) {
            geometry = DiagramGeometry.of(diagram);
        }
        return geometry;
    }

    double snap(double value) {
        return layers.isSnapping() ? Math.round(value / layers.getGridSize()) * layers.getGridSize() : value;
    }

    double snapDelta(double delta) {
        return layers.isSnapping() ? Math.round(delta / layers.getGridSize()) * layers.getGridSize()
                : Math.round(delta);
    }

    private void dispose() {
        stack.removeCommandStackListener(commandListener);
        picture.dispose();
    }
}
