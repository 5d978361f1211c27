package org.itot.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;

import com.sun.management.OperatingSystemMXBean;

/**
 * The first load of a model in a fresh JVM, as a cold {@code itot validate} does it: the package set-up, the first
 * load and, for comparison, a second load in the same JVM. Prints wall, loading thread CPU and process CPU time (the
 * JIT compiler's and the garbage collector's threads included) of each step. Run it in a new JVM per measurement,
 * alternating the two loaders:
 * <pre>
 *   java -cp CLASSPATH org.itot.benchmarks.ColdModelLoad ours  plant.itot
 *   java -cp CLASSPATH org.itot.benchmarks.ColdModelLoad plain plant.xmi     (plain EMF XMI, EMF's default options)
 * </pre>
 * {@code ColdModelLoad write ASSETS FOLDER} writes both files of a synthetic plant first (plant.itot, plant.xmi).
 */
public final class ColdModelLoad {

    public static void main(String[] args) throws Exception {
        if ("write".equals(args[0])) {
            ItotModelSetup.init();
            ArchitectureModel model = SyntheticPlant.generate(Integer.parseInt(args[1]), 1);
            Path folder = Path.of(args[2]);
            ModelFiles.save(EcoreUtil.copy(model), folder.resolve("plant.itot"));
            Resource plain = new XMIResourceImpl(URI.createFileURI(folder.resolve("plant.xmi").toString()));
            plain.getContents().add(model);
            plain.save(Map.of());
            return;
        }
        boolean ours = "ours".equals(args[0]);
        Path file = Path.of(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String[] steps = { "set-up (ItotModelSetup.init)", "first load", "second load" };
        long[] wall = new long[steps.length + 1];
        long[] thread = new long[steps.length + 1];
        long[] cpu = new long[steps.length + 1];
        wall[0] = System.nanoTime();
        thread[0] = threads.getCurrentThreadCpuTime();
        cpu[0] = process.getProcessCpuTime();
        for (int step = 0; step < steps.length; step++) {
            if (step == 0) {
                ItotModelSetup.init();
            } else if (ours) {
                ArchitectureModel model = ModelFiles.load(file);
                if (model.getZones().isEmpty()) {
                    throw new IllegalStateException("no zones loaded");
                }
            } else {
                Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
                resource.load(Map.of());
            }
            wall[step + 1] = System.nanoTime();
            thread[step + 1] = threads.getCurrentThreadCpuTime();
            cpu[step + 1] = process.getProcessCpuTime();
        }
        for (int step = 0; step < steps.length; step++) {
            System.out.printf("| %s, %s | %d ms | %d ms thread CPU | %d ms process CPU |%n", ours ? "ModelFiles.load"
                    : "plain EMF XMI", steps[step], (wall[step + 1] - wall[step]) / 1_000_000,
                    (thread[step + 1] - thread[step]) / 1_000_000, (cpu[step + 1] - cpu[step]) / 1_000_000);
        }
    }
}
