package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterLayout.Conduits;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.edit.domain.ModelEditing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register saved again by LibreOffice, as a consultant's office would: unedited, it changes nothing (Windows line
 * breaks included, computed cells included); edited, it gives the same preview as the workbook edited with POI.
 * Required in CI (CI=true); skipped locally without soffice.
 */
class LibreOfficeRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void anUneditedReSaveIsNoChangeWindowsLineBreaksIncluded() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Registers.find(model, "CTL-PLC-01", Asset.class).setDescription("first line\r\nsecond line\r\nthird");
        model.getConduits().get(0).setDescription("conduit\r\ndescription");
        model = Registers.inResource(model, folder.resolve("purdue.itot"));
        ArchitectureModel before = EcoreUtil.copy(model);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));

        Path resaved = resave(register);
        ImportResult result = RegisterImporter.read(model, resaved);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.changes());
        assertTrue(EcoreUtil.equals(before, model));
        try (XSSFWorkbook book = Registers.open(resaved)) {
            assertTrue(book.getSheet(Conduits.SHEET.name()).getProtect(), "LibreOffice keeps the sheet protection");
            Conduit conduit = model.getConduits().get(0);
            assertTrue(Registers.cell(book, Conduits.SHEET, conduit.getId(), Conduits.FLOWS).getCellStyle()
                    .getLocked(), "and the locked computed cells");
            assertTrue(!Registers.cell(book, Conduits.SHEET, conduit.getId(), Conduits.NAME).getCellStyle()
                    .getLocked(), "and the editable ones");
        }
    }

    @Test
    void editsSurviveALibreOfficeReSaveAndImportAsOneUndo() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        ArchitectureModel before = EcoreUtil.copy(model);
        SheetRoundTripTest.Edits edits = new SheetRoundTripTest.Edits(model);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), edits::apply);

        ImportResult result = RegisterImporter.read(model, resave(edited));
        assertEquals(List.of(), result.problems());
        edits.assertPreview(result.changes());
        result.apply();
        edits.assertApplied(model);
        ModelEditing.commandStackFor(model).undo();
        assertTrue(EcoreUtil.equals(before, model));
    }

    /** The workbook opened and saved as .xlsx by LibreOffice (headless, a profile of its own). */
    private Path resave(Path workbook) throws Exception {
        String soffice = LibreOfficeReadBackTest.soffice();
        Path out = Files.createDirectories(folder.resolve("resaved-" + workbook.getFileName()));
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                out.toString(), workbook.toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("soffice did not finish in 180 s");
        }
        String log = Files.readString(folder.resolve("soffice.log"));
        assertEquals(0, process.exitValue(), log);
        Path resaved = out.resolve(workbook.getFileName());
        assertTrue(Files.isRegularFile(resaved), "no re-saved workbook; log: " + log);
        return resaved;
    }
}
