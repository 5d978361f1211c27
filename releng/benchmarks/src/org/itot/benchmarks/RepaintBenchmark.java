package org.itot.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.render.DiagramPainter;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;

/**
 * Full repaint of a large diagram with {@link DiagramPainter} on the Java2D back-end into a
 * 1600 x 1000 image, as the editor repaints its viewport: once zoomed out to show the whole diagram,
 * once at 100 % showing a part of it. Findings of a full validation are passed, so badges are drawn.
 * Baseline in the same run: the same image and transform with one plain Graphics2D rectangle fill
 * and outline per node view and one line per edge view.
 */
public final class RepaintBenchmark {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final int WARMUP = 15;
    private static final int ROUNDS = 40;

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        ItotModelSetup.init();
        ArchitectureModel model = SyntheticPlant.generate(nodes, 1);
        Diagram diagram = PlantDiagram.create(model, nodes, edges);
        model.getDiagrams().add(diagram);
        Map<EObject, Integer> severities = DiagramPainter.severities(
                new ModelValidator(Catalogue.builtIn()).validate(model));
        DiagramPainter.Bounds extent = DiagramPainter.bounds(diagram);
        System.out.printf("diagram: %d node views, %d edge views, %.0f x %.0f px, %d elements with findings%n",
                PlantDiagram.nodeCount(diagram), diagram.getEdges().size(), extent.width(), extent.height(),
                severities.size());

        double fit = Math.min(WIDTH / extent.width(), HEIGHT / extent.height());
        run("whole diagram at " + Math.round(fit * 100) + " %", diagram, severities, fit, extent.x(), extent.y());
        run("100 %, a 1600 x 1000 part in the middle", diagram, severities, 1,
                extent.x() + extent.width() / 2 - WIDTH / 2.0, extent.y() + extent.height() / 2 - HEIGHT / 2.0);
    }

    private static void run(String scene, Diagram diagram, Map<EObject, Integer> severities, double scale, double left,
            double top) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        DiagramPainter.Bounds visible = new DiagramPainter.Bounds(left, top, WIDTH / scale, HEIGHT / scale);
        List<double[]> boxes = new ArrayList<>();
        diagram.getNodes().forEach(node -> collect(node, 0, 0, boxes));
        double[] painter = new double[ROUNDS];
        double[] plain = new double[ROUNDS];
        for (int round = -WARMUP; round < ROUNDS; round++) {
            Graphics2D graphics = image.createGraphics();
            long start = System.nanoTime();
            Java2dCanvas canvas = new Java2dCanvas(graphics);
            canvas.scale(scale);
            canvas.translate(-left, -top);
            DiagramPainter.paint(diagram, canvas, severities, new DiagramPainter.Viewport(visible, scale));
            double painterMillis = Stats.millisSince(start);
            graphics.dispose();

            graphics = image.createGraphics();
            start = System.nanoTime();
            plain(graphics, diagram, boxes, scale, left, top);
            double plainMillis = Stats.millisSince(start);
            graphics.dispose();
            if (round >= 0) {
                painter[round] = painterMillis;
                plain[round] = plainMillis;
            }
        }
        System.out.printf("| repaint, %s: median %s, p95 %s | %d plain Graphics2D rectangles and %d lines: median %s"
                + " | %s |%n", scene, Stats.ms(Stats.median(painter)), Stats.ms(Stats.percentile(painter, 95)),
                boxes.size(), diagram.getEdges().size(), Stats.ms(Stats.median(plain)),
                Stats.ratio(Stats.median(painter), Stats.median(plain)));
    }

    /** The baseline: what any renderer of this diagram must at least draw. */
    private static void plain(Graphics2D graphics, Diagram diagram, List<double[]> boxes, double scale, double left,
            double top) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.scale(scale, scale);
        graphics.translate(-left, -top);
        graphics.setColor(Color.WHITE);
        graphics.fill(new Rectangle2D.Double(left, top, WIDTH / scale, HEIGHT / scale));
        graphics.setStroke(new BasicStroke(1));
        for (double[] box : boxes) {
            Rectangle2D rectangle = new Rectangle2D.Double(box[0], box[1], box[2], box[3]);
            graphics.setColor(Color.LIGHT_GRAY);
            graphics.fill(rectangle);
            graphics.setColor(Color.DARK_GRAY);
            graphics.draw(rectangle);
        }
        for (EdgeView edge : diagram.getEdges()) {
            double[] source = centre(edge.getSource());
            double[] target = centre(edge.getTarget());
            graphics.draw(new Line2D.Double(source[0], source[1], target[0], target[1]));
        }
    }

    private static void collect(NodeView node, double x, double y, List<double[]> into) {
        double[] box = { x + node.getX(), y + node.getY(), node.getWidth(), node.getHeight() };
        into.add(box);
        node.getChildren().forEach(child -> collect(child, box[0], box[1], into));
    }

    private static double[] centre(NodeView view) {
        double x = view.getX() + view.getWidth() / 2.0;
        double y = view.getY() + view.getHeight() / 2.0;
        if (view.eContainer() instanceof NodeView parent) {
            x += parent.getX();
            y += parent.getY();
        }
        return new double[] { x, y };
    }
}
