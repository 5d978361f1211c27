package org.itot.benchmarks;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.java2d.Java2dCanvas;

/**
 * Opening a large plant: {@link ModelFiles#load} of a saved 10,000-asset plant whose diagram has
 * stored bounds (every zone and asset, conduits and the first flows as edges), then the first paint
 * of a 1600 x 1000 viewport at 100 % (the editor's first screen), without findings. The very first
 * round of the JVM (cold: class loading, no JIT) is reported on its own. Baseline: plain EMF XMI
 * load of the same model, as in the model-io benchmark.
 */
public final class FirstPaintBenchmark {

    private static final int EDGES = 5_000;

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ItotModelSetup.init();
        Path folder = Files.createTempDirectory("itot-paint-bench");
        Path ours = folder.resolve("plant.itot");
        Path plain = folder.resolve("plant.xmi");
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        Diagram diagram = PlantDiagram.create(model, Integer.MAX_VALUE, EDGES);
        model.getDiagrams().add(diagram);
        int nodes = PlantDiagram.nodeCount(diagram);
        ModelFiles.save(model, ours);
        Resource plainResource = new XMIResourceImpl(URI.createFileURI(plain.toString()));
        plainResource.getContents().add(model);
        plainResource.save(Map.of());
        plainResource.getContents().clear();

        double cold = 0;
        double[] opened = new double[rounds];
        double[] loads = new double[rounds];
        double[] plainLoads = new double[rounds];
        for (int round = -1; round < rounds; round++) {
            long start = System.nanoTime();
            ArchitectureModel loaded = ModelFiles.load(ours);
            double load = Stats.millisSince(start);
            firstPaint(loaded.getDiagrams().get(0));
            double total = Stats.millisSince(start);
            if (round < 0) {
                cold = total;
                continue;
            }
            opened[round] = total;
            loads[round] = load;
            start = System.nanoTime();
            new XMIResourceImpl(URI.createFileURI(plain.toString())).load(Map.of());
            plainLoads[round] = Stats.millisSince(start);
        }
        System.out.printf("| load to first paint, %d assets, diagram of %d node views and %d edge views (%d MB):"
                + " median of %d %s (load %s), first in a fresh JVM %s | plain EMF XMI load: %s | %s |%n", assets, nodes,
                diagram.getEdges().size(), Files.size(ours) / (1024 * 1024), rounds, Stats.ms(Stats.median(opened)),
                Stats.ms(Stats.median(loads)), Stats.ms(cold), Stats.ms(Stats.median(plainLoads)),
                Stats.ratio(Stats.median(opened), Stats.median(plainLoads)));
        for (Path file : new Path[] { ours, ModelFiles.backupOf(ours), plain }) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(folder);
    }

    /** The editor's first screen: the top-left 1600 x 1000 of the diagram at 100 %. */
    private static void firstPaint(Diagram diagram) {
        BufferedImage image = new BufferedImage(RepaintBenchmark.WIDTH, RepaintBenchmark.HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Bounds extent = DiagramPainter.bounds(diagram);
        Graphics2D graphics = image.createGraphics();
        try {
            Java2dCanvas canvas = new Java2dCanvas(graphics);
            canvas.translate(-extent.x(), -extent.y());
            DiagramPainter.paint(diagram, canvas, Map.of(), new DiagramPainter.Viewport(new Bounds(
                    extent.x(), extent.y(), RepaintBenchmark.WIDTH, RepaintBenchmark.HEIGHT), 1));
        } finally {
            graphics.dispose();
        }
    }
}
