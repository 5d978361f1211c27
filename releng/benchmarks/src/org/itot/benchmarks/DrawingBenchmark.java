package org.itot.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.layout.DiagramLayout;
import org.itot.layout.ElkLayout;
import org.itot.layout.LayoutResult;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Bendpoint;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.java2d.PngExport;

/**
 * SVG, PDF and draw.io export of a synthetic plant's overview diagram (every zone with its assets,
 * every conduit, laid out by ELK as "Arrange All" does) against painting the same diagram into an
 * in-memory BufferedImage (Java2D, no encoding), and PNG export (paint + encode), in the same run.
 */
public final class DrawingBenchmark {

    private static final int ROUNDS = 5;
    private static final int WARMUP = 2;

    public static void main(String[] args) throws IOException {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        ItotModelSetup.init();
        ElkLayout.ensureInitialised();
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        Diagram diagram = overview(model);
        Bounds bounds = DiagramPainter.bounds(diagram);
        // PNG export refuses images over 20,000 px a side; bitmaps are painted at the scale that fits.
        double scale = Math.min(1, PngExport.MAX_SIDE / Math.max(bounds.width(), bounds.height()));
        DrawingOptions options = DrawingOptions.DEFAULT.withScale(scale);

        double[] bitmap = new double[ROUNDS];
        double[] png = new double[ROUNDS];
        double[] svg = new double[ROUNDS];
        double[] pdf = new double[ROUNDS];
        double[] drawio = new double[ROUNDS];
        long[] sizes = new long[4];
        for (int round = -WARMUP; round < ROUNDS; round++) {
            long start = System.nanoTime();
            PngExport.render(diagram, scale, Map.of());
            double bitmapMillis = Stats.millisSince(start);
            sizes[0] = export(diagram, DrawingFormat.PNG, options);
            double pngMillis = Stats.millisSince(start) - bitmapMillis;
            start = System.nanoTime();
            sizes[1] = export(diagram, DrawingFormat.SVG, options);
            double svgMillis = Stats.millisSince(start);
            start = System.nanoTime();
            sizes[2] = export(diagram, DrawingFormat.PDF, options);
            double pdfMillis = Stats.millisSince(start);
            start = System.nanoTime();
            sizes[3] = export(diagram, DrawingFormat.DRAWIO, options);
            double drawioMillis = Stats.millisSince(start);
            if (round >= 0) {
                bitmap[round] = bitmapMillis;
                png[round] = pngMillis;
                svg[round] = svgMillis;
                pdf[round] = pdfMillis;
                drawio[round] = drawioMillis;
            }
        }
        int nodes = model.getAllZones().size() + model.getAllAssets().size();
        String what = String.format("%d assets: %d nodes / %d edges, %.0f x %.0f units, scale %.2f", assets, nodes,
                diagram.getEdges().size(), bounds.width(), bounds.height(), scale);
        double baseline = Stats.median(bitmap);
        String base = "paint into a BufferedImage: " + Stats.ms(baseline);
        row("SVG export (" + kb(sizes[1]) + "), " + what, Stats.median(svg), base, baseline);
        row("PDF export (" + kb(sizes[2]) + "), same diagram", Stats.median(pdf), base, baseline);
        row("draw.io export (" + kb(sizes[3]) + "), same diagram", Stats.median(drawio), base, baseline);
        row("PNG export (" + kb(sizes[0]) + "), same diagram", Stats.median(png), base, baseline);
    }

    private static void row(String figure, double millis, String base, double baseline) {
        System.out.printf("| %s, median of %d | %s | %s | %s |%n", figure, ROUNDS, Stats.ms(millis), base,
                Stats.ratio(millis, baseline));
    }

    private static long export(Diagram diagram, DrawingFormat format, DrawingOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        DrawingExport.write(diagram, format, out, options);
        return out.size();
    }

    private static String kb(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%d kB", bytes / 1024);
    }

    /** Zones with their assets and a conduit edge each, then laid out by ELK and the result applied directly. */
    private static Diagram overview(ArchitectureModel model) {
        ItotFactory factory = ItotFactory.eINSTANCE;
        Diagram diagram = factory.createDiagram();
        diagram.setName("Overview");
        model.getDiagrams().add(diagram);
        Map<Zone, NodeView> zoneViews = new HashMap<>();
        for (Zone zone : model.getAllZones()) {
            NodeView view = factory.createNodeView();
            view.setElement(zone);
            zoneViews.put(zone, view);
            for (Asset asset : zone.getAssets()) {
                NodeView assetView = factory.createNodeView();
                assetView.setElement(asset);
                view.getChildren().add(assetView);
            }
        }
        for (Zone zone : model.getAllZones()) {
            NodeView parent = zone.getParentZone() == null ? null : zoneViews.get(zone.getParentZone());
            (parent == null ? diagram.getNodes() : parent.getChildren()).add(zoneViews.get(zone));
        }
        for (Conduit conduit : model.getConduits()) {
            EdgeView edge = factory.createEdgeView();
            edge.setElement(conduit);
            edge.setSource(zoneViews.get(conduit.getZones().get(0)));
            edge.setTarget(zoneViews.get(conduit.getZones().get(1)));
            diagram.getEdges().add(edge);
        }
        LayoutResult layout = DiagramLayout.compute(diagram);
        layout.bounds().forEach((view, b) -> {
            view.setX(b.x());
            view.setY(b.y());
            view.setWidth(b.width());
            view.setHeight(b.height());
        });
        layout.routes().forEach((edge, route) -> {
            for (LayoutResult.Point point : route) {
                Bendpoint bendpoint = factory.createBendpoint();
                bendpoint.setX(point.x());
                bendpoint.setY(point.y());
                edge.getBendpoints().add(bendpoint);
            }
        });
        return diagram;
    }
}
