package org.itot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.diagram.edit.DiagramCreation;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.SyntheticPlant;
import org.itot.render.Canvas;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.geometry.SummarisedFlows;
import org.itot.render.java2d.Java2dCanvas;
import org.junit.jupiter.api.Test;

/**
 * A diagram whose flows are too many to draw summarises them by conduits: each conduit edge is labelled "n flows" by
 * the headless painter (so SVG, PNG and PDF show it) and its tooltip text lists them; flows drawn one by one are not
 * counted again.
 */
class SummarisedConduitLabelTest {

    @Test
    void summarisingConduitsAreLabelledWithTheirFlowCountInTheHeadlessPainting() {
        ArchitectureModel model = SyntheticPlant.generate(400, 1);
        DiagramCreation.Plan plan = plan(model, true);
        assertTrue(plan.flowsSummarised() > DiagramCreation.MAX_DRAWN_FLOWS, "the test needs a summarising diagram");
        Diagram diagram = plan.diagram();
        model.getDiagrams().add(diagram); // the painter reads the model's flows through the diagram's root

        List<String> texts = paintThroughJava2d(diagram);

        SummarisedFlows summary = DiagramGeometry.of(diagram).summarisedFlows();
        int labelled = 0;
        for (EdgeView edge : diagram.getEdges()) {
            Conduit conduit = (Conduit) edge.getElement();
            Set<Flow> expected = new HashSet<>();
            for (Flow flow : model.getFlows()) {
                if (flow.getConduits().contains(conduit)) {
                    expected.add(flow);
                }
            }
            assertEquals(expected, new HashSet<>(summary.flows(edge)), "every flow through " + conduit.getName());
            if (!expected.isEmpty()) {
                labelled++;
                String label = expected.size() + " flows";
                assertTrue(texts.stream().anyMatch(text -> text.startsWith(label)),
                        () -> "the painter draws \"" + label + "\" on " + conduit.getName() + "; drawn: " + texts);
                String tooltip = summary.describe(edge);
                assertTrue(tooltip.startsWith(label), tooltip);
                Flow first = summary.flows(edge).get(0);
                assertTrue(tooltip.contains(first.getSource().getName() + " \u2192 " + first.getTarget().getName()),
                        tooltip);
                if (expected.size() > SummarisedFlows.LISTED) {
                    assertTrue(tooltip.endsWith("and " + (expected.size() - SummarisedFlows.LISTED) + " more"), tooltip);
                }
            }
        }
        assertTrue(labelled > 0, "the test needs conduits that carry flows");
    }

    @Test
    void flowsDrawnOneByOneAreNotSummarised() {
        ArchitectureModel model = SyntheticPlant.generate(100, 1);
        DiagramCreation.Plan plan = plan(model, true);
        assertTrue(plan.flowsDrawn() > 0 && plan.flowsSummarised() == 0);
        model.getDiagrams().add(plan.diagram());

        List<String> texts = paintThroughJava2d(plan.diagram());

        SummarisedFlows summary = DiagramGeometry.of(plan.diagram()).summarisedFlows();
        for (EdgeView edge : plan.diagram().getEdges()) {
            assertTrue(summary.flows(edge).isEmpty());
            assertNull(summary.describe(edge));
        }
        assertFalse(texts.stream().anyMatch(text -> text.matches("\\d+ flows?.*")), texts.toString());
    }

    private static DiagramCreation.Plan plan(ArchitectureModel model, boolean withFlows) {
        new ResourceSetImpl().createResource(URI.createURI("memory:/summary.itot")).getContents().add(model);
        EditingDomain domain = ModelEditing.domainFor(model);
        return DiagramCreation.plan(domain, model, "Plant", model.getAllZones(), withFlows, null);
    }

    /** Paints at 100 % into a bitmap through the Java2D canvas, recording every text drawn. */
    private static List<String> paintThroughJava2d(Diagram diagram) {
        Bounds extent = DiagramPainter.bounds(diagram);
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        List<String> texts = new ArrayList<>();
        try {
            Java2dCanvas java2d = new Java2dCanvas(graphics);
            Canvas recording = (Canvas) Proxy.newProxyInstance(Canvas.class.getClassLoader(),
                    new Class<?>[] { Canvas.class }, (proxy, method, args) -> {
                        if (method.getName().equals("drawText")) {
                            texts.add((String) args[0]);
                        }
                        try {
                            return method.invoke(java2d, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            recording.translate(-extent.x(), -extent.y());
            DiagramPainter.paint(diagram, recording);
        } finally {
            graphics.dispose();
        }
        return texts;
    }
}
