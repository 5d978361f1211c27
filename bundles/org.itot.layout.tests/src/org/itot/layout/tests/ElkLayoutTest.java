package org.itot.layout.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.itot.layout.ElkLayout;
import org.junit.jupiter.api.Test;

/** ELK Layered runs headless inside OSGi and produces a layered, overlap-free drawing. */
class ElkLayoutTest {

    @Test
    void layeredLayoutPlacesTargetsBelowSourcesWithoutOverlap() {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        ElkNode erp = node(graph, "ERP");
        ElkNode jump = node(graph, "Jump host");
        ElkNode scada = node(graph, "SCADA");
        ElkNode plc = node(graph, "PLC");
        ElkNode hmi = node(graph, "HMI");
        List<ElkEdge> edges = List.of(ElkGraphUtil.createSimpleEdge(erp, jump),
                ElkGraphUtil.createSimpleEdge(jump, scada), ElkGraphUtil.createSimpleEdge(scada, plc),
                ElkGraphUtil.createSimpleEdge(scada, hmi));

        ElkLayout.layout(graph);

        for (ElkEdge edge : edges) {
            ElkNode source = (ElkNode) edge.getSources().get(0);
            ElkNode target = (ElkNode) edge.getTargets().get(0);
            assertTrue(target.getY() >= source.getY() + source.getHeight(),
                    () -> target.getIdentifier() + " should lie below " + source.getIdentifier());
            assertTrue(!edge.getSections().isEmpty(), "edges are routed");
        }
        assertTrue(plc.getX() + plc.getWidth() <= hmi.getX() || hmi.getX() + hmi.getWidth() <= plc.getX(),
                "siblings in one layer must not overlap");
        assertTrue(graph.getWidth() > 0 && graph.getHeight() > 0, "the graph is sized to its content");
    }

    private static ElkNode node(ElkNode parent, String id) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setIdentifier(id);
        node.setWidth(80);
        node.setHeight(40);
        return node;
    }
}
