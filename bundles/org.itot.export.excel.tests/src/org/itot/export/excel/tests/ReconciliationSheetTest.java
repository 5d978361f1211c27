package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.itot.export.excel.RegisterExporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.export.excel.RegisterLayout.Reconciliation;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.validation.engine.ExternalFindings;
import org.itot.validation.engine.FindingEvidence;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's Reconciliation sheet (issue 20): a row per finding of itot reconcile with its evidence, the element
 * linked to its row; only in a register written with reconciliation results; LibreOffice reads it back.
 */
class ReconciliationSheetTest {

    @TempDir
    Path folder;

    private ArchitectureModel model;

    /** The findings of a reconciliation, as org.itot.asbuilt makes them: catalogue rules with evidence. */
    private List<RuleDiagnostic> reconciliation() {
        ModelValidator.Settings settings = ModelValidator.Settings.of(model);
        Asset workstation = Registers.find(model, "ENT-WS-01", Asset.class);
        Asset firewall = Registers.find(model, "SUP-FW-CTL", Asset.class);
        FirewallRule modelRule = firewall.getFirewallRules().get(0);
        Flow flow = model.getFlows().get(0);
        List<RuleDiagnostic> findings = new ArrayList<>();
        findings.add(finding(settings, "ASB-01", Severity.ERROR, workstation, "=HYPERLINK(\"x\") talks to a PLC",
                traffic("conn.log", 12, 2, "2024-03-01T11:00:11.917Z", "2024-03-01T11:01:51.432Z")));
        findings.add(finding(settings, "ASB-03", Severity.INFO, flow, "never seen", null));
        findings.add(finding(settings, "ASB-04", Severity.ERROR, firewall, "permits what the model denies",
                fields("file", "fw-ctl.rules", "line", 17L, "rule", "-A SUP-TO-CTL -d 10.10.1.0/24 -j ACCEPT",
                        "example", "10.20.1.13 -> 10.10.1.0 tcp/502")));
        findings.add(finding(settings, "ASB-05", Severity.WARNING, modelRule, "missing on the device",
                fields("file", "fw-ctl.rules", "line", 0L, "rule", "default policy deny")));
        return findings;
    }

    private static RuleDiagnostic finding(ModelValidator.Settings settings, String rule, Severity severity,
            EObject element, String message, FindingEvidence evidence) {
        RuleDefinition definition = Catalogue.evaluatedElsewhere().stream().flatMap(p -> p.definitions().stream())
                .filter(d -> d.id().equals(rule)).findFirst().orElseThrow();
        return ExternalFindings.create(settings, definition, severity, element, "q", message, List.of(), evidence);
    }

    private static FindingEvidence traffic(String file, long line, long count, String first, String last) {
        return fields("file", file, "line", line, "count", count, "firstSeen", first, "lastSeen", last);
    }

    private static FindingEvidence fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return () -> fields;
    }

    private Path export(List<RuleDiagnostic> reconciliation, String name) throws Exception {
        Path file = folder.resolve(name);
        RegisterExporter.write(model, new RegisterExporter.Options("0.1.0.test", Registers.EXPORTED_ON,
                ModelFindings.findings(model, ModelFindings.Configuration.builtInOnly()), reconciliation), file);
        return file;
    }

    @Test
    void aRowPerFindingWithItsEvidenceAndTheElementLinkedToItsRow() throws Exception {
        model = Registers.purdue(folder);
        Path register = export(reconciliation(), "reconciled.xlsx");
        try (XSSFWorkbook book = Registers.open(register)) {
            Sheet sheet = book.getSheet(Reconciliation.SHEET.name());
            assertNotNull(sheet);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(Reconciliation.SHEET.columns().stream().map(RegisterLayout.Column::header).toList(), headers);
            assertEquals(4, sheet.getLastRowNum());

            Row session = sheet.getRow(1);
            assertEquals("ASB-01@ENT-WS-01#q", text(session, Reconciliation.FINDING_ID));
            assertEquals("error", text(session, Reconciliation.SEVERITY));
            assertEquals("ENT-WS-01", text(session, Reconciliation.ELEMENT));
            Cell element = cell(session, Reconciliation.ELEMENT);
            int assetRow = Registers.row(book.getSheet("Assets"), "ENT-WS-01").getRowNum() + 1;
            assertEquals("'Assets'!A" + assetRow, element.getHyperlink().getAddress());
            assertEquals("'=HYPERLINK(\"x\") talks to a PLC", text(session, Reconciliation.MESSAGE),
                    "formula text stays text");
            assertEquals(CellType.STRING, cell(session, Reconciliation.MESSAGE).getCellType());
            assertEquals("conn.log", text(session, Reconciliation.FILE));
            assertEquals(12, (int) cell(session, Reconciliation.LINE).getNumericCellValue());
            assertEquals("2024-03-01T11:00:11.917Z", text(session, Reconciliation.FIRST_SEEN));
            assertEquals("2024-03-01T11:01:51.432Z", text(session, Reconciliation.LAST_SEEN));
            assertEquals(2, (int) cell(session, Reconciliation.COUNT).getNumericCellValue());
            assertEquals("open", text(session, Reconciliation.STATUS));

            Row neverSeen = sheet.getRow(2);
            assertTrue(cell(neverSeen, Reconciliation.ELEMENT).getHyperlink().getAddress().startsWith("'Flows'!A"));
            assertNull(neverSeen.getCell(Reconciliation.SHEET.index(Reconciliation.FILE)), "no evidence, no file");

            Row permit = sheet.getRow(3);
            assertEquals(17, (int) cell(permit, Reconciliation.LINE).getNumericCellValue());
            assertEquals("rule: -A SUP-TO-CTL -d 10.10.1.0/24 -j ACCEPT; example: 10.20.1.13 -> 10.10.1.0 tcp/502",
                    text(permit, Reconciliation.DETAIL));
            Row missing = sheet.getRow(4);
            assertNull(missing.getCell(Reconciliation.SHEET.index(Reconciliation.LINE)), "line 0: the whole file");
            assertEquals("FirewallRule", text(missing, Reconciliation.ELEMENT_KIND));
        }
        try (XSSFWorkbook book = Registers.open(export(null, "plain.xlsx"))) {
            assertNull(book.getSheet(Reconciliation.SHEET.name()), "a register without reconciliation results");
            assertEquals(RegisterLayout.sheetNames(true).size(), book.getNumberOfSheets());
        }
    }

    @Test
    void theDiscoveredColumnsMarkExactlyWhatReconcileAdopted() throws Exception {
        model = Registers.purdue(folder);
        Registers.find(model, "OPS-HIST", Asset.class).setDiscovered(true);
        Flow adopted = model.getFlows().get(1);
        adopted.setDiscovered(true);
        try (XSSFWorkbook book = Registers.open(export(null, "discovered.xlsx"))) {
            for (Asset asset : model.getAllAssets()) {
                assertEquals(asset.getId().equals("OPS-HIST") ? "yes" : "no", Registers.cell(book,
                        RegisterLayout.Assets.SHEET, asset.getId(), RegisterLayout.Assets.DISCOVERED)
                        .getStringCellValue(), asset.getId());
            }
            for (Flow flow : model.getFlows()) {
                assertEquals(flow == adopted ? "yes" : "no", Registers.cell(book, RegisterLayout.Flows.SHEET,
                        flow.getId(), RegisterLayout.Flows.DISCOVERED).getStringCellValue(), flow.getId());
            }
        }
    }

    @Test
    void libreOfficeReadsTheReconciliationSheet() throws Exception {
        String soffice = LibreOfficeReadBackTest.soffice();
        model = Registers.purdue(folder);
        Path register = export(reconciliation(), "reconciled.xlsx");
        Path out = LibreOfficeReadBackTest.everySheetAsCsv(soffice, register, folder);
        List<List<String>> rows = LibreOfficeReadBackTest.csv(out.resolve("reconciled-Reconciliation.csv"));
        assertEquals(Reconciliation.SHEET.columns().stream().map(RegisterLayout.Column::header).toList(), rows.get(0));
        assertEquals(5, rows.size(), rows.toString());
        List<String> session = rows.get(1);
        assertEquals(List.of("ASB-01@ENT-WS-01#q", "ASB-01", "error", "ENT-WS-01", "Asset"), session.subList(0, 5));
        assertEquals(List.of("conn.log", "12", "2024-03-01T11:00:11.917Z", "2024-03-01T11:01:51.432Z", "2"),
                session.subList(6, 11));
        assertEquals("17", rows.get(3).get(7));
    }

    private static Cell cell(Row row, RegisterLayout.Column column) {
        return row.getCell(Reconciliation.SHEET.index(column));
    }

    private static String text(Row row, RegisterLayout.Column column) {
        Cell cell = cell(row, column);
        return cell == null ? null : cell.getStringCellValue();
    }
}
