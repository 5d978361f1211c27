package org.itot.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.SecureXmlParsing;
import org.itot.model.resource.XmlParserLimits;
import org.itot.model.template.SyntheticPlant;

import com.sun.management.OperatingSystemMXBean;

/**
 * Load and save of a large plant through {@link ModelFiles} (strict, safe, atomic, UUIDs) against
 * plain EMF XMI load and save of the same content in the same JVM run. Median of the measured rounds
 * after warm-up rounds.
 */
public final class ModelIoBenchmark {

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ItotModelSetup.init();
        Path folder = Files.createTempDirectory("itot-io-bench");
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        Path ours = folder.resolve("plant.itot");
        Path plain = folder.resolve("plant.xmi");
        ModelFiles.save(model, ours);
        savePlain(EcoreUtil.copy(model), plain);

        int warmup = 2;
        double[] ourSave = new double[rounds];
        double[] plainSave = new double[rounds];
        double[] ourLoad = new double[rounds];
        double[] plainLoad = new double[rounds];
        // The machine is shared: the loading thread's CPU time is what other processes disturb least.
        double[] ourLoadCpu = new double[rounds];
        double[] plainLoadCpu = new double[rounds];
        // Plain EMF again, with the parser settings that are security features of ours (no DOCTYPE, no external
        // entities, the JDK's depth and name limits pinned): what the guards themselves cost is not counted twice.
        double[] securePlainLoadCpu = new double[rounds];
        Map<String, Object> secureOptions = Map.of(XMLResource.OPTION_PARSER_FEATURES, SecureXmlParsing.parserFeatures(),
                XMLResource.OPTION_PARSER_PROPERTIES, XmlParserLimits.properties());
        ArchitectureModel plainCopy = EcoreUtil.copy(model);
        // Process CPU time counts every thread of the JVM, the garbage collector's too: a loader that made more garbage
        // or moved work to another thread cannot hide it there. Each load starts after a full collection, so the
        // collections inside a load's window are the ones its own allocations caused.
        double[] ourLoadProcessCpu = new double[rounds];
        double[] plainLoadProcessCpu = new double[rounds];
        double[] securePlainLoadProcessCpu = new double[rounds];
        for (int round = -warmup; round < rounds; round++) {
            long start = System.nanoTime();
            ModelFiles.save(model, ours);
            double saveOurs = Stats.millisSince(start);
            start = System.nanoTime();
            savePlain(plainCopy, plain);
            double savePlain = Stats.millisSince(start);
            int flows = model.getFlows().size();
            Measured loadOurs = measure(() -> {
                if (ModelFiles.load(ours).getFlows().size() != flows) {
                    throw new IllegalStateException("load lost flows");
                }
            });
            Measured loadPlain = measure(() -> loadPlain(plain, Map.of()));
            Measured loadSecurePlain = measure(() -> loadPlain(plain, secureOptions));
            if (round >= 0) {
                ourSave[round] = saveOurs;
                plainSave[round] = savePlain;
                ourLoad[round] = loadOurs.wallMillis();
                plainLoad[round] = loadPlain.wallMillis();
                ourLoadCpu[round] = loadOurs.threadCpuMillis();
                plainLoadCpu[round] = loadPlain.threadCpuMillis();
                securePlainLoadCpu[round] = loadSecurePlain.threadCpuMillis();
                ourLoadProcessCpu[round] = loadOurs.processCpuMillis();
                plainLoadProcessCpu[round] = loadPlain.processCpuMillis();
                securePlainLoadProcessCpu[round] = loadSecurePlain.processCpuMillis();
            }
        }
        System.out.printf("| load, %d assets / %d flows (%d MB) | %s | plain EMF XMI load: %s | %s |%n", assets,
                model.getFlows().size(), Files.size(ours) / (1024 * 1024), Stats.ms(Stats.median(ourLoad)),
                Stats.ms(Stats.median(plainLoad)), Stats.ratio(Stats.median(ourLoad), Stats.median(plainLoad)));
        System.out.printf("| load, thread CPU time | %s | plain EMF XMI load: %s | %s |%n",
                Stats.ms(Stats.median(ourLoadCpu)), Stats.ms(Stats.median(plainLoadCpu)),
                Stats.ratio(Stats.median(ourLoadCpu), Stats.median(plainLoadCpu)));
        System.out.printf("| load, thread CPU time | %s | plain EMF XMI load with our parser's security settings: %s | %s |%n",
                Stats.ms(Stats.median(ourLoadCpu)), Stats.ms(Stats.median(securePlainLoadCpu)),
                Stats.ratio(Stats.median(ourLoadCpu), Stats.median(securePlainLoadCpu)));
        System.out.printf("| load, process CPU time (all threads, GC included) | %s | plain EMF XMI load: %s | %s |%n",
                Stats.ms(Stats.median(ourLoadProcessCpu)), Stats.ms(Stats.median(plainLoadProcessCpu)),
                Stats.ratio(Stats.median(ourLoadProcessCpu), Stats.median(plainLoadProcessCpu)));
        System.out.printf("| load, process CPU time (all threads, GC included) | %s | plain EMF XMI load with our parser's "
                + "security settings: %s | %s |%n", Stats.ms(Stats.median(ourLoadProcessCpu)),
                Stats.ms(Stats.median(securePlainLoadProcessCpu)),
                Stats.ratio(Stats.median(ourLoadProcessCpu), Stats.median(securePlainLoadProcessCpu)));
        System.out.printf("| save (atomic, with backup), same model | %s | plain EMF XMI save: %s | %s |%n",
                Stats.ms(Stats.median(ourSave)), Stats.ms(Stats.median(plainSave)),
                Stats.ratio(Stats.median(ourSave), Stats.median(plainSave)));
        // What the loaded model holds on the heap: the size limit (ModelFiles.HEAP_BYTES_PER_FILE_BYTE) rests on it.
        model = null;
        plainCopy = null;
        long before = usedHeap();
        ArchitectureModel held = ModelFiles.load(ours);
        long heap = usedHeap() - before;
        int elements = 1;
        for (var contents = held.eAllContents(); contents.hasNext(); contents.next()) {
            elements++;
        }
        System.out.printf("| heap after load, same model (%d elements) | %d MB | %.1f bytes per file byte, %d per "
                + "element | |%n", elements, heap >> 20, heap / (double) Files.size(ours), heap / elements);
        for (Path file : new Path[] { ours, ModelFiles.backupOf(ours), plain }) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(folder);
    }

    /**
     * One load's wall, loading thread's CPU and whole process's CPU time. The loaded model is not kept, so the next
     * load's collections do not copy it.
     */
    private record Measured(double wallMillis, double threadCpuMillis, double processCpuMillis) {
    }

    /** A load that throws if it finds the model incomplete. */
    private interface Load {
        void run() throws Exception;
    }

    private static Measured measure(Load load) throws Exception {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu = process.getProcessCpuTime();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        load.run();
        double threadCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        double wall = Stats.millisSince(start);
        return new Measured(wall, threadCpu, (process.getProcessCpuTime() - processCpu) / 1e6);
    }

    private static void loadPlain(Path file, Map<String, Object> options) throws Exception {
        new XMIResourceImpl(URI.createFileURI(file.toString())).load(options);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void savePlain(ArchitectureModel model, Path file) throws Exception {
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.getContents().add(model);
        resource.save(Map.of());
        resource.getContents().clear();
    }
}
