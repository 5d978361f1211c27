package org.itot.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.itot.export.excel.ImportLimits;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterExporter;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.export.excel.internal.StreamingWorkbook;
import org.itot.export.excel.internal.WorkbookReader;
import org.itot.export.excel.internal.WorkbookReader.CellValue;
import org.itot.export.excel.internal.WorkbookReader.SheetRow;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Excel export of a large plant through {@link RegisterExporter} (styles, links, drop-downs, widths,
 * first-match rule evaluation) against plain POI streaming ({@link SXSSFWorkbook}) writing the same
 * cells with the same values (read back from the register beforehand) into the same sheets, without
 * styles, links or drop-downs, in the same JVM run. Median of the
 * measured rounds after a warm-up round; peak heap is the highest used heap during a round (model and
 * findings, which both sides have in memory, included; the plain side also holds the cell values it
 * writes). Our rounds run first, then the plain ones.
 * Also: re-import of the unedited register.
 */
public final class ExcelBenchmark {

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ItotModelSetup.init();
        Path folder = Files.createTempDirectory("itot-excel-bench");
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        Path modelFile = folder.resolve("plant.itot");
        ModelFiles.save(model, modelFile);
        model = ModelFiles.load(modelFile);
        long start = System.nanoTime();
        List<RuleDiagnostic> findings = ModelFindings.findings(model, ModelFindings.Configuration.builtInOnly());
        double validation = Stats.millisSince(start);
        RegisterExporter.Options options = new RegisterExporter.Options("benchmark", Instant.now(), findings);

        Path ours = folder.resolve("register.xlsx");
        Path plain = folder.resolve("plain.xlsx");
        double[] ourTimes = new double[rounds];
        double[] plainTimes = new double[rounds];
        // Both sides write on the calling thread: its CPU time is what other processes on a shared machine disturb least.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ourCpu = new double[rounds];
        double[] plainCpu = new double[rounds];
        long ourPeak = 0;
        long plainPeak = 0;
        RegisterExporter.Result result = null;
        // Ours first, then the plain writer with the values it needs in memory, so neither peak includes the other's.
        for (int round = -1; round < rounds; round++) {
            resetPeak();
            start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            result = RegisterExporter.write(model, options, ours);
            double millis = Stats.millisSince(start);
            if (round >= 0) {
                ourTimes[round] = millis;
                ourCpu[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                ourPeak = Math.max(ourPeak, peak());
            }
        }
        Map<String, List<SheetRow>> cells = WorkbookReader.read(ours, Set.copyOf(RegisterLayout.sheetNames()),
                ImportLimits.DEFAULT.withMaxRows(Integer.MAX_VALUE));
        // The same plain cells through the register's own row writer (StreamingWorkbook): ours against this is what
        // the register's styles, links, drop-downs and computed columns cost, with the writer's own gain taken out.
        double[] sameWriterCpu = new double[rounds];
        for (int round = -1; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            writePlain(plain, cells, new StreamingWorkbook(100));
            if (round >= 0) {
                sameWriterCpu[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        }
        for (int round = -1; round < rounds; round++) {
            resetPeak();
            start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            writePlain(plain, cells, new SXSSFWorkbook(100));
            double millis = Stats.millisSince(start);
            if (round >= 0) {
                plainTimes[round] = millis;
                plainCpu[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                plainPeak = Math.max(plainPeak, peak());
            }
        }
        cells = null;
        start = System.nanoTime();
        ImportResult back = RegisterImporter.read(model, ours);
        double importMillis = Stats.millisSince(start);
        if (!back.isValid() || back.hasChanges()) {
            throw new IllegalStateException("the unedited register does not read back unchanged: " + back.problems()
                    + back.changes().stream().limit(5).toList());
        }

        System.out.printf("| Excel export, %d assets / %d flows / %d rules / %d findings (%d cells, %d MB .xlsx),"
                + " median of %d | %s, peak heap %d MB | plain SXSSF, same cells and values: %s, peak heap %d MB | %s |%n",
                assets, model.getFlows().size(), result.rows().get(RegisterLayout.FirewallRules.SHEET.name()),
                findings.size(), result.cells(), Files.size(ours) / (1024 * 1024), rounds,
                Stats.ms(Stats.median(ourTimes)), ourPeak / (1024 * 1024), Stats.ms(Stats.median(plainTimes)),
                plainPeak / (1024 * 1024), Stats.ratio(Stats.median(ourTimes), Stats.median(plainTimes)));
        System.out.printf("| Excel export, thread CPU time | %s | plain SXSSF, same cells and values: %s | %s |%n",
                Stats.ms(Stats.median(ourCpu)), Stats.ms(Stats.median(plainCpu)),
                Stats.ratio(Stats.median(ourCpu), Stats.median(plainCpu)));
        System.out.printf("| Excel export, thread CPU time | %s | the same plain cells through the register's row writer"
                + " (StreamingWorkbook): %s | %s |%n", Stats.ms(Stats.median(ourCpu)), Stats.ms(Stats.median(sameWriterCpu)),
                Stats.ratio(Stats.median(ourCpu), Stats.median(sameWriterCpu)));
        System.out.printf("| re-import of the unedited register (no changes found) | %s | validation for the Findings"
                + " sheet: %s | |%n", Stats.ms(importMillis), Stats.ms(validation));
        for (Path file : new Path[] { ours, plain, modelFile, ModelFiles.backupOf(modelFile) }) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(folder);
    }

    /** The register's cells as plain values: text as text, numbers as numbers; nothing else. */
    private static void writePlain(Path file, Map<String, List<SheetRow>> sheets, SXSSFWorkbook plainWorkbook)
            throws Exception {
        try (SXSSFWorkbook workbook = plainWorkbook; OutputStream out = Files.newOutputStream(file)) {
            for (String name : RegisterLayout.sheetNames()) {
                Sheet sheet = workbook.createSheet(name);
                for (SheetRow stored : sheets.get(name)) {
                    Row row = sheet.createRow(stored.number() - 1);
                    for (Map.Entry<Integer, CellValue> cell : stored.cells().entrySet()) {
                        if (cell.getValue().type() == WorkbookReader.Type.NUMBER) {
                            row.createCell(cell.getKey()).setCellValue(cell.getValue().number());
                        } else {
                            row.createCell(cell.getKey()).setCellValue(cell.getValue().text());
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the used heap at any moment since the reset. */
    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
