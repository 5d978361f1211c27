package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.export.excel.RegisterExporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;
import org.itot.model.edit.command.create.AddAssetToZoneCommand;
import org.itot.model.edit.command.delete.DeleteElementsCommand;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.testing.CancelAfter;
import org.itot.testing.EditStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register next to edits and its cancel: an export on one thread while another executes commands on the model's
 * one command stack writes a complete workbook of exactly one model state (the exporter takes the model's read lock
 * itself), every edit is applied, and a cancelled export stops at the next row and leaves the folder as it was.
 */
class ConcurrentRegisterExportTest {

    private static final int EXPORTS = 12;
    private static final RegisterExporter.Options OPTIONS =
            new RegisterExporter.Options("0.1.0.test", Registers.EXPORTED_ON, List.of());

    @TempDir
    Path folder;

    @Test
    void eachRegisterShowsOneModelStateWhileEditsRun() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        EditingDomain domain = ModelEditing.domainFor(model);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        List<Zone> zones = model.getAllZones();
        Set<String> states = ConcurrentHashMap.newKeySet();
        states.add(state(model));
        int assetsBefore = model.getAllAssets().size();
        List<Asset> added = new ArrayList<>();
        int[] deleted = { 0 };
        Random random = new Random(62443);
        EditStream edits = EditStream.start("editor", Duration.ofMillis(1), i -> {
            Command command;
            if (i % 3 == 0 || added.isEmpty()) {
                command = new AddAssetToZoneCommand(domain, zones.get(random.nextInt(zones.size())), AssetType.PLC);
            } else if (i % 3 == 1) {
                List<Asset> assets = model.getAllAssets();
                command = SetCommand.create(domain, assets.get(random.nextInt(assets.size())),
                        ItotPackage.Literals.MODEL_ELEMENT__NAME, "Renamed " + i);
            } else {
                command = new DeleteElementsCommand(domain, List.of(added.remove(added.size() - 1)));
                deleted[0]++;
            }
            assertTrue(command.canExecute(), "edit " + i + " cannot execute");
            stack.execute(command);
            assertSame(command, stack.getMostRecentCommand(), "edit " + i + " was not applied");
            if (command instanceof AddAssetToZoneCommand add) {
                added.add(add.getAsset());
            }
            states.add(state(model));
        });
        List<Integer> editsDuring = new ArrayList<>();
        List<Integer> startedAt = new ArrayList<>();
        try {
            for (int i = 0; i < EXPORTS; i++) {
                int before = edits.edits();
                startedAt.add(before);
                Path file = folder.resolve("register-" + i + ".xlsx");
                RegisterExporter.write(model, OPTIONS, file);
                editsDuring.add(edits.edits() - before);
                assertTrue(edits.isRunning(), "the edit stream failed");
                String exported = exportedState(file);
                assertTrue(states.contains(exported),
                        "register " + i + " shows no state the model was ever in: " + exported);
            }
        } finally {
            int made = edits.stop();
            System.out.printf("register next to edits: %d exports, %d edits interleaved (%s per export)%n", EXPORTS,
                    made, editsDuring);
        }
        assertEquals(assetsBefore + added.size(), model.getAllAssets().size(), "every add and delete was applied");
        assertTrue(deleted[0] > 0, "no delete ran next to the exports");
        assertTrue(EditStream.changedBetween(startedAt) >= EXPORTS / 2, "edits ran between the exports: " + startedAt);
    }

    @Test
    void aCancelledExportStopsAtTheNextRowAndKeepsThePreviousFile() throws Exception {
        ArchitectureModel model = Registers.purdue(Files.createDirectories(folder.resolve("model")));
        Path file = folder.resolve("register.xlsx");
        CancelAfter whole = CancelAfter.never();
        RegisterExporter.write(model, OPTIONS, file, whole);
        byte[] previous = Files.readAllBytes(file);
        int polls = whole.polls();
        assertTrue(polls > model.getAllAssets().size(), "the exporter checks for a cancel at least once per row");

        model.setName("Edited after the first export");
        for (int cancelAt : new int[] { 1, 2, polls / 2, polls - 1, polls }) {
            CancelAfter monitor = new CancelAfter(cancelAt);
            assertThrows(OperationCanceledException.class, () -> RegisterExporter.write(model, OPTIONS, file, monitor),
                    "cancel at poll " + cancelAt + " of " + polls);
            assertEquals(1, monitor.pollsAfterCancel(), "rows written after the cancel at poll " + cancelAt);
            assertArrayEquals(previous, Files.readAllBytes(file), "the previous register changed (cancel at "
                    + cancelAt + ")");
            assertEquals(List.of("model", "register.xlsx"), names(folder), "a partial or temporary file was left");
        }
    }

    @Test
    void aCancelledFirstExportLeavesNoFile() throws Exception {
        ArchitectureModel model = Registers.purdue(Files.createDirectories(folder.resolve("model")));
        Path target = Files.createDirectories(folder.resolve("out"));
        CancelAfter monitor = new CancelAfter(40);
        assertThrows(OperationCanceledException.class,
                () -> RegisterExporter.write(model, OPTIONS, target.resolve("register.xlsx"), monitor));
        assertEquals(1, monitor.pollsAfterCancel());
        assertEquals(List.of(), names(target));
    }

    /** The model's assets as "id=name" pairs, sorted: one model state as the register shows it. */
    private static String state(ArchitectureModel model) {
        return model.getAllAssets().stream()
                .map(asset -> asset.getId() + "=" + (asset.getName() == null ? "" : asset.getName()))
                .collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    /** The state the register shows, after checking that its summary counts the same assets as its asset sheet. */
    private static String exportedState(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(RegisterLayout.Assets.SHEET.name());
            assertNotNull(sheet, file + " has no asset sheet");
            int id = RegisterLayout.Assets.SHEET.index(RegisterLayout.Assets.ID);
            int name = RegisterLayout.Assets.SHEET.index(RegisterLayout.Assets.NAME);
            int zone = RegisterLayout.Assets.SHEET.index(RegisterLayout.Assets.ZONE);
            Set<String> pairs = new TreeSet<>();
            Map<String, Integer> assetsPerZone = new TreeMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(id) != null && !row.getCell(id).getStringCellValue().isEmpty()) {
                    // an asset without a zone was deleted while its row was written
                    assetsPerZone.merge(row.getCell(zone) == null ? "(no zone)" : row.getCell(zone).getStringCellValue(),
                            1, Integer::sum);
                    String shownName = row.getCell(name) == null ? "" : row.getCell(name).getStringCellValue();
                    pairs.add(row.getCell(id).getStringCellValue() + "=" + shownName);
                }
            }
            assertEquals(pairs.size(), summaryCount(book.getSheet(RegisterLayout.SUMMARY), "Assets"),
                    file + ": the summary and the asset sheet show different models");
            // the zone sheet, written after the asset sheet, counts each zone's assets again
            Sheet zones = book.getSheet(RegisterLayout.Zones.SHEET.name());
            int zoneId = RegisterLayout.Zones.SHEET.index(RegisterLayout.Zones.ID);
            int zoneAssets = RegisterLayout.Zones.SHEET.index(RegisterLayout.Zones.ASSETS);
            Map<String, Integer> counted = new TreeMap<>();
            for (Row row : zones) {
                if (row.getRowNum() > 0 && row.getCell(zoneId) != null && row.getCell(zoneAssets) != null
                        && row.getCell(zoneAssets).getNumericCellValue() > 0) {
                    counted.put(row.getCell(zoneId).getStringCellValue(),
                            (int) row.getCell(zoneAssets).getNumericCellValue());
                }
            }
            assertEquals(assetsPerZone, counted, file + ": the zone and the asset sheet show different models");
            return pairs.toString();
        }
    }

    private static int summaryCount(Sheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return (int) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("the summary has no row " + label);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
