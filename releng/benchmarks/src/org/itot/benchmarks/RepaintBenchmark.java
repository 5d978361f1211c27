package org.itot.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.layout.DiagramLayout;
import org.itot.layout.LayoutResult;
import org.itot.model.ArchitectureModel;
import org.itot.model.Bendpoint;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.render.DiagramPainter;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;

/**
 * Repaint of a large diagram with {@link DiagramPainter} on the Java2D back-end into a 1600 x 1000 image, as the
 * editor repaints its viewport: once zoomed out to show the whole diagram, once at 100 % showing a part of it (both
 * culled to the viewport; with the geometry computed per paint, as before issue 17, and kept, as the editor does now),
 * and one frame of a drag at 100 %: only the damaged region (the union of the dragged box's old and new outline, as
 * the editor asks SWT to redraw) is painted, clipped and culled to it, with the dashed feedback outline on top.
 * The full repaints once more after Arrange All, whose routes are orthogonal (the edges above are straight diagonals).
 * Findings of a full validation are passed, so badges are drawn.
 * Baseline in the same run: the same image and transform with one plain Graphics2D rectangle fill
 * and outline per node view and one line per edge view (through its bendpoints when routed), anti-aliased.
 */
public final class RepaintBenchmark {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final int WARMUP = 15;
    private static final int ROUNDS = 40;
    /**
     * Thread CPU time is printed beside wall time: on this shared machine, other builds stretch wall time by a
     * varying factor, CPU time much less.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        ItotModelSetup.init();
        ArchitectureModel model = SyntheticPlant.generate(nodes, 1);
        Diagram diagram = PlantDiagram.create(model, nodes, edges);
        model.getDiagrams().add(diagram);
        Map<EObject, Integer> severities = DiagramPainter.severities(
                new ModelValidator(Catalogue.builtIn()).validate(model));
        Bounds extent = DiagramPainter.bounds(diagram);
        System.out.printf("diagram: %d node views, %d edge views, %.0f x %.0f px, %d elements with findings%n",
                PlantDiagram.nodeCount(diagram), diagram.getEdges().size(), extent.width(), extent.height(),
                severities.size());

        double fit = Math.min(WIDTH / extent.width(), HEIGHT / extent.height());
        String whole = "whole diagram at " + Math.round(fit * 100) + " %";
        double middleLeft = extent.x() + extent.width() / 2 - WIDTH / 2.0;
        double middleTop = extent.y() + extent.height() / 2 - HEIGHT / 2.0;
        String middle = "100 %, a 1600 x 1000 part in the middle";
        Bounds all = new Bounds(extent.x(), extent.y(), WIDTH / fit, HEIGHT / fit);
        Bounds view = new Bounds(middleLeft, middleTop, WIDTH, HEIGHT);

        // As the editor did before issue 17: the geometry computed again for every paint.
        run("repaint, " + whole, diagram, fit, all, (canvas, round) -> DiagramPainter.paint(diagram, canvas,
                severities, new DiagramPainter.Viewport(all, fit)));
        run("repaint, " + middle, diagram, 1, view, (canvas, round) -> DiagramPainter.paint(diagram, canvas,
                severities, new DiagramPainter.Viewport(view, 1)));

        // As the editor paints now: the geometry kept until the model changes, culled to what is repainted.
        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        run("full repaint with culling, geometry kept, " + whole, diagram, fit, all,
                (canvas, round) -> DiagramPainter.paint(geometry, canvas, severities,
                        new DiagramPainter.Viewport(all, fit), edge -> true, Set.of()));
        run("full repaint with culling, geometry kept, " + middle, diagram, 1, view,
                (canvas, round) -> DiagramPainter.paint(geometry, canvas, severities,
                        new DiagramPainter.Viewport(view, 1), edge -> true, Set.of()));

        // The same views after Arrange All (DiagramLayout: the plant layout, every edge routed orthogonally), as the
        // editor shows a laid-out diagram; the straight diagonal edges above are the worst case of unrouted edges.
        Diagram arranged = EcoreUtil.copy(diagram);
        model.getDiagrams().add(arranged);
        arrange(arranged);
        DiagramGeometry arrangedGeometry = DiagramGeometry.of(arranged);
        Bounds arrangedExtent = arrangedGeometry.extent();
        double arrangedFit = Math.min(WIDTH / arrangedExtent.width(), HEIGHT / arrangedExtent.height());
        Bounds arrangedAll = new Bounds(arrangedExtent.x(), arrangedExtent.y(), WIDTH / arrangedFit,
                HEIGHT / arrangedFit);
        Bounds arrangedView = new Bounds(arrangedExtent.x() + arrangedExtent.width() / 2 - WIDTH / 2.0,
                arrangedExtent.y() + arrangedExtent.height() / 2 - HEIGHT / 2.0, WIDTH, HEIGHT);
        run("full repaint after Arrange All (orthogonal routes), geometry kept, whole diagram ("
                + Math.round(arrangedExtent.width()) + " x " + Math.round(arrangedExtent.height()) + ") at "
                + Math.round(arrangedFit * 100) + " %", arranged, arrangedFit, arrangedAll,
                (canvas, round) -> DiagramPainter.paint(arrangedGeometry, canvas, severities,
                        new DiagramPainter.Viewport(arrangedAll, arrangedFit), edge -> true, Set.of()));
        run("full repaint after Arrange All (orthogonal routes), geometry kept, " + middle, arranged, 1, arrangedView,
                (canvas, round) -> DiagramPainter.paint(arrangedGeometry, canvas, severities,
                        new DiagramPainter.Viewport(arrangedView, 1), edge -> true, Set.of()));

        Bounds dragged = geometry.nodes().values().stream()
                .filter(box -> box.width() < 400 && box.intersects(view, -200)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no small box in the middle of the diagram"));
        run(String.format("drag feedback frame, 100 %%, a %.0f x %.0f box moved 3 px: its damaged region only",
                dragged.width(), dragged.height()), diagram, 1, view, (canvas, round) -> dragFrame(geometry, canvas,
                        severities, dragged, round));
    }

    /**
     * One step of a drag as the editor paints it: the box's outline moves 3 px a frame; only the union of its old and
     * new place (grown by the outline's width and a pixel of anti-aliasing) is repainted, clipped and culled to it,
     * with the dashed feedback outline on top.
     */
    private static void dragFrame(DiagramGeometry geometry, Java2dCanvas canvas, Map<EObject, Integer> severities,
            Bounds dragged, int round) {
        double oldDx = 3.0 * round;
        double newDx = oldDx + 3;
        double grow = 3;
        Bounds damaged = new Bounds(dragged.x() + oldDx - grow, dragged.y() - grow,
                dragged.width() + newDx - oldDx + 2 * grow, dragged.height() + 2 * grow);
        canvas.clipRect(damaged.x(), damaged.y(), damaged.width(), damaged.height());
        DiagramPainter.paint(geometry, canvas, severities, new DiagramPainter.Viewport(damaged, 1), edge -> true,
                Set.of());
        canvas.setStroke(Rgb.of(0x1a73e8));
        canvas.setLineWidth(1);
        canvas.setDash(4, 3);
        canvas.strokeRect(dragged.x() + newDx, dragged.y(), dragged.width(), dragged.height());
    }

    /** Applies Arrange All's result to the views directly (no editing domain: nothing to undo here). */
    private static void arrange(Diagram diagram) {
        LayoutResult result = DiagramLayout.compute(diagram);
        result.bounds().forEach((view, bounds) -> {
            view.setX(bounds.x());
            view.setY(bounds.y());
            view.setWidth(bounds.width());
            view.setHeight(bounds.height());
        });
        result.routes().forEach((edge, route) -> {
            edge.getBendpoints().clear();
            for (LayoutResult.Point point : route) {
                Bendpoint bendpoint = ItotFactory.eINSTANCE.createBendpoint();
                bendpoint.setX(point.x());
                bendpoint.setY(point.y());
                edge.getBendpoints().add(bendpoint);
            }
        });
    }

    /** One paint of a scene onto a canvas already scaled and translated to it; {@code round} counts from 0. */
    private interface Painting {
        void paint(Java2dCanvas canvas, int round);
    }

    private static void run(String scene, Diagram diagram, double scale, Bounds visible, Painting painting) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        List<double[]> boxes = new ArrayList<>();
        diagram.getNodes().forEach(node -> collect(node, 0, 0, boxes));
        double[] painter = new double[ROUNDS];
        double[] plain = new double[ROUNDS];
        double[] painterCpu = new double[ROUNDS];
        double[] plainCpu = new double[ROUNDS];
        for (int round = -WARMUP; round < ROUNDS; round++) {
            Graphics2D graphics = image.createGraphics();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            Java2dCanvas canvas = new Java2dCanvas(graphics);
            canvas.scale(scale);
            canvas.translate(-visible.x(), -visible.y());
            painting.paint(canvas, round + WARMUP);
            double painterMillis = Stats.millisSince(start);
            double painterCpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            graphics.dispose();

            graphics = image.createGraphics();
            start = System.nanoTime();
            cpuStart = THREADS.getCurrentThreadCpuTime();
            plain(graphics, diagram, boxes, scale, visible.x(), visible.y());
            double plainMillis = Stats.millisSince(start);
            double plainCpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            graphics.dispose();
            if (round >= 0) {
                painter[round] = painterMillis;
                plain[round] = plainMillis;
                painterCpu[round] = painterCpuMillis;
                plainCpu[round] = plainCpuMillis;
            }
        }
        System.out.printf("| %s: median %s, p95 %s | %d plain Graphics2D rectangles and %d lines: median %s"
                + " | %s |%n", scene, Stats.ms(Stats.median(painter)), Stats.ms(Stats.percentile(painter, 95)),
                boxes.size(), diagram.getEdges().size(), Stats.ms(Stats.median(plain)),
                Stats.ratio(Stats.median(painter), Stats.median(plain)));
        System.out.printf("|   the same in thread CPU time: median %s | median %s | %s |%n", Stats.ms(Stats.median(painterCpu)),
                Stats.ms(Stats.median(plainCpu)), Stats.ratio(Stats.median(painterCpu), Stats.median(plainCpu)));
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
            if (edge.getBendpoints().isEmpty()) {
                graphics.draw(new Line2D.Double(source[0], source[1], target[0], target[1]));
            } else { // a routed edge: through its bendpoints, one draw call per edge as for the straight ones
                Path2D.Double route = new Path2D.Double();
                route.moveTo(source[0], source[1]);
                edge.getBendpoints().forEach(point -> route.lineTo(point.getX(), point.getY()));
                route.lineTo(target[0], target[1]);
                graphics.draw(route);
            }
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
