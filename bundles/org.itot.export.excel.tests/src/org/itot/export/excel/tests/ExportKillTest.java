package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;

import org.itot.export.excel.RegisterExporter;
import org.itot.model.ArchitectureModel;
import org.itot.model.provider.ItotItemProviderAdapterFactory;
import org.itot.testing.ChildJvm;
import org.itot.validation.engine.ModelValidator;
import org.itot.testing.KillLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports that die: a child JVM writing the register again and again is killed with SIGKILL at
 * random moments; the register on disk is always a whole workbook of some version, never older than
 * the one before, and never a torn one.
 */
class ExportKillTest {

    private static final Pattern VERSION = Pattern.compile("Plant version (\\d+)");

    @TempDir
    Path folder;

    @Test
    void killDuringExcelExportLeavesTheOldOrTheNewWorkbookWhole() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs SIGKILL semantics");
        Path register = folder.resolve("register.xlsx");
        Path scratch = Files.createDirectory(folder.resolve("scratch"));
        ProcessBuilder child = ChildJvm.commandWithAllBundles(ExportChild.class,
                List.of(RegisterExporter.class, ModelValidator.class, ArchitectureModel.class, ItotItemProviderAdapterFactory.class),
                register.toString());
        child.command().add(1, "-Djava.io.tmpdir=" + scratch); // POI's streaming files, left behind by kills
        KillLoop.Result result = KillLoop.run(child, register, 12, 2, KillLoop.HANG_GUARD_SECONDS, ExportKillTest::versionOf);
        System.out.printf("kill during Excel export: %d kills (%d during a write) in %d ms%n", result.kills(),
                result.killsDuringWrite(), result.millis());
        assertTrue(result.lastVersion() > 0);
    }

    /** Reads every part of the workbook through its central directory and checks each part's CRC: a torn zip fails. */
    static long versionOf(Path workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        int parts = 0;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] content;
                try (var in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(content);
                assertEquals(entry.getCrc(), crc.getValue(), "CRC of " + entry.getName());
                parts++;
                if (entry.getName().startsWith("xl/")) {
                    text.append(new String(content, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(parts > 5, "a workbook has its parts: " + parts);
        assertTrue(text.indexOf("</worksheet>") > 0, "no complete sheet");
        Matcher version = VERSION.matcher(text);
        assertTrue(version.find(), "no version in the workbook");
        long found = Long.parseLong(version.group(1));
        while (version.find()) {
            assertEquals(found, Long.parseLong(version.group(1)), "two versions in one workbook");
        }
        return found;
    }
}
