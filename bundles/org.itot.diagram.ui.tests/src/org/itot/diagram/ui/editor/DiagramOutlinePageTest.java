package org.itot.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.itot.diagram.edit.DiagramCreation;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.NodeView;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.SyntheticPlant;
import org.itot.render.Rgb;
import org.itot.render.style.DiagramStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Outline thumbnail shows the whole diagram, flows included: drawn as one line per pair of top-level zones, following
 * the editor's Flows layer, with a notice of what they stand for (or why none are drawn, or that conduits summarise
 * them); the thumbnail is kept as an image until the diagram or a layer changes.
 */
class DiagramOutlinePageTest {

    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void flowsAreDrawnAsBundlesAndFollowTheFlowsLayer() {
        ArchitectureModel model = SyntheticPlant.generate(100, 1);
        Diagram diagram = create(model);
        DiagramOutlinePage outline = open(diagram);
        List<EdgeView> flows = diagram.getEdges().stream().filter(edge -> edge.getElement() instanceof Flow).toList();
        assertTrue(flows.size() > 20, "the test needs a diagram with flows");

        Set<Set<NodeView>> pairs = new HashSet<>();
        for (EdgeView flow : flows) {
            pairs.add(new HashSet<>(List.of(top(flow.getSource()), top(flow.getTarget()))));
        }
        List<DiagramOutlinePage.Bundle> bundles = outline.flowBundles();
        assertEquals(pairs.size(), bundles.size(), "one line per pair of top-level zones");
        assertEquals(flows.size(), bundles.stream().mapToInt(DiagramOutlinePage.Bundle::flows).sum(),
                "every drawn flow is in a bundle");
        assertEquals(flows.size() + " flows as " + pairs.size() + " lines between zones", outline.notice());
        int withFlows = flowPixels(outline.thumbnailImage());

        viewer.layers().setLayers(false, true, true);
        flush();
        assertEquals("Flows hidden: the Flows layer is off", outline.notice());
        int without = flowPixels(outline.thumbnailImage());
        assertTrue(withFlows > without + 50, "the thumbnail draws the flow bundles: " + withFlows
                + " flow-coloured pixels with the layer on, " + without + " with it off");

        Image kept = outline.thumbnailImage();
        viewer.setZoom(2, 0, 0);
        flush();
        assertSame(kept, outline.thumbnailImage(), "zooming or scrolling the editor keeps the thumbnail");
        viewer.layers().setLayers(true, true, true);
        flush();
        assertNotSame(kept, outline.thumbnailImage(), "a layer change paints it afresh");
    }

    @Test
    void aDiagramWhoseConduitsSummariseItsFlowsSaysSo() {
        ArchitectureModel model = SyntheticPlant.generate(400, 1);
        Diagram diagram = create(model);
        assertTrue(diagram.getEdges().stream().noneMatch(edge -> edge.getElement() instanceof Flow),
                "the test needs a diagram with too many flows to draw");
        DiagramOutlinePage outline = open(diagram);

        assertTrue(outline.flowBundles().isEmpty());
        assertTrue(outline.notice().matches("Flows summarised by \\d+ conduits \\(labelled \"n flows\"\\)"),
                outline.notice());
    }

    private DiagramViewer viewer;

    private DiagramOutlinePage open(Diagram diagram) {
        shell.setSize(1200, 700);
        shell.setLayout(new FillLayout());
        viewer = new DiagramViewer(shell, diagram, ModelEditing.domainFor(diagram));
        DiagramOutlinePage outline = new DiagramOutlinePage(viewer);
        outline.createControl(shell);
        shell.layout(true, true);
        shell.open();
        flush();
        return outline;
    }

    private static Diagram create(ArchitectureModel model) {
        new ResourceSetImpl().createResource(URI.createURI("memory:/outline.itot")).getContents().add(model);
        DiagramCreation.Plan plan = DiagramCreation.plan(ModelEditing.domainFor(model), model, "Plant",
                model.getAllZones(), true, null);
        ModelEditing.domainFor(model).getCommandStack().execute(plan.command());
        return plan.diagram();
    }

    private static NodeView top(NodeView view) {
        NodeView top = view;
        while (top.eContainer() instanceof NodeView parent) {
            top = parent;
        }
        return top;
    }

    /** Pixels within a small distance of the flow colour. */
    private static int flowPixels(Image image) {
        ImageData data = image.getImageData();
        Rgb flow = DiagramStyle.FLOW.colour();
        int count = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (Math.abs(rgb.red - flow.red()) + Math.abs(rgb.green - flow.green()) + Math.abs(rgb.blue - flow.blue()) < 60) {
                    count++;
                }
            }
        }
        return count;
    }

    private void flush() {
        while (display.readAndDispatch()) {
            // run pending async work (repaints, layouts)
        }
    }
}
