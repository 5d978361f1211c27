package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itot validate}: the acceptance cases of the rule engine, end to end through the command line. */
class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void thePurdueTemplatePassesEveryErrorLevelRule() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        CliRun run = itot("validate", file.toString());
        assertEquals(Cli.EXIT_OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains(" 0 errors, "), run.out());
        assertTrue(run.out().contains("45 rules checked"), run.out());
    }

    @Test
    void aDiagramViewOfADeletedElementIsAWarningNotAFailure() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        String text = Files.readString(file);
        Matcher view = Pattern.compile("<children [^>]*element=\"([^\"]+)\"").matcher(text);
        assertTrue(view.find());
        Files.writeString(file, text.substring(0, view.start(1)) + "deleted" + text.substring(view.end(1)));

        CliRun run = itot("validate", file.toString());

        assertEquals(Cli.EXIT_OK, run.status(), run.out() + run.err());
        assertTrue(run.err().startsWith("itot validate: warning: " + file.toAbsolutePath().normalize() + ", line "),
                run.err());
        assertTrue(run.err().contains("refers to the element it shows 'deleted'"), run.err());
        assertTrue(run.out().contains("DIA-01"), run.out());
    }

    @Test
    void anItToPlcFlowBypassingTheIdmzFailsAndNamesTheRulesAndElements() throws IOException {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Asset erp = find(model, "ENT-ERP", Asset.class);
        Asset plc = find(model, "CTL-PLC-01", Asset.class);
        Flow bypass = ItotFactory.eINSTANCE.createFlow();
        bypass.setId("F-BYPASS");
        bypass.setName("ERP reads the PLC directly");
        bypass.setSource(erp);
        bypass.setTarget(plc);
        model.getFlows().add(bypass);
        org.itot.model.Conduit direct = ItotFactory.eINSTANCE.createConduit();
        direct.setId("C-BYPASS");
        direct.getZones().add(erp.getZone());
        direct.getZones().add(plc.getZone());
        model.getConduits().add(direct);
        Path file = save(model, "bypass.itot");

        CliRun run = itot("validate", file.toString());
        assertEquals(Cli.EXIT_FAILURE, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("error SEG-01 Flow ERP reads the PLC directly (F-BYPASS)"), run.out());
        assertTrue(run.out().contains("[SEG-01@C-BYPASS]"), run.out());
        assertTrue(run.out().contains("[SEG-02@C-BYPASS]"), run.out());
        assertTrue(run.out().contains("[SEG-03@F-BYPASS]"), run.out());
        assertTrue(run.out().contains("CTL-PLC-01") && run.out().contains("ENT-ERP"), run.out());
    }

    @Test
    void aTruncatedModelIsBadInput() throws IOException {
        Path good = save(ModelTemplates.create(ModelTemplates.BLANK), "blank.itot");
        String text = Files.readString(good);
        Path truncated = Files.writeString(folder.resolve("truncated.itot"), text.substring(0, text.length() / 2));
        CliRun run = itot("validate", truncated.toString());
        assertEquals(Cli.EXIT_USAGE, run.status());
        assertTrue(run.err().startsWith("itot validate: ") && run.err().contains("truncated.itot"), run.err());
        assertEquals(1, run.err().lines().count(), "one line of reason: " + run.err());
    }

    @Test
    void aUserRulePackWrittenFromTheGuideWorks() throws Exception {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        Path pack = Files.writeString(folder.resolve("acme.ocl"), """
                package model

                -- @rule ACME-01
                -- @severity warning
                -- @title Every PLC must have its firmware version recorded.
                -- @message PLC ${self} has no firmware version.
                context Asset
                inv ACME_01: type = AssetType::PLC implies (not firmware.oclIsUndefined() and firmware <> '')

                endpackage
                """);
        ArchitectureModel model = ModelFiles.load(file);
        find(model, "CTL-PLC-02", Asset.class).setFirmware(null);
        ModelFiles.save(model, file);

        CliRun run = itot("validate", file.toString(), "--rules", pack.toString(), "--fail-on", "warning");
        assertEquals(Cli.EXIT_FAILURE, run.status(), "a warning fails with --fail-on warning");
        assertTrue(run.out().contains("warning ACME-01 PLC Dosing PLC (CTL-PLC-02) has no firmware version."), run.out());
        assertTrue(run.out().contains("46 rules checked"), run.out());
    }

    @Test
    void aBrokenRulePackIsReportedAndTheOtherRulesStillRun() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        Path pack = Files.writeString(folder.resolve("broken.ocl"),
                "package model\n-- @rule ACME-09\n-- @severity error\n-- @title t\ncontext Zone\ninv ACME_09: owner > 3\nendpackage\n");
        CliRun run = itot("validate", file.toString(), "--rules", pack.toString());
        assertEquals(Cli.EXIT_USAGE, run.status(), "a pack that lost a rule is bad input: " + run.out() + run.err());
        assertTrue(run.out().contains("broken.ocl:6:14: rule ACME-09:"), run.out());
        assertTrue(run.out().contains("45 rules checked"), run.out());
        assertTrue(run.err().contains("a rule pack has problems"), run.err());
    }

    @Test
    void anEmptyRulePackIsBadInputAndAWindowsOneWorks() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        Path empty = Files.writeString(folder.resolve("empty.ocl"), "package model\nendpackage\n");
        CliRun run = itot("validate", file.toString(), "--rules", empty.toString());
        assertEquals(Cli.EXIT_USAGE, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("empty.ocl:1:1: the pack has no rules"), run.out());

        Path windows = Files.writeString(folder.resolve("windows.ocl"), ("package model\n-- @rule ACME-10\n"
                + "-- @severity info\n-- @title t\ncontext Zone\ninv ACME_10: true\nendpackage\n").replace("\n", "\r\n"));
        run = itot("validate", file.toString(), "--rules", windows.toString());
        assertEquals(Cli.EXIT_OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("46 rules checked"), run.out());
    }

    @Test
    void reportsGoToFilesInTheChosenFormat() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        Path sarif = folder.resolve("report.sarif");
        CliRun run = itot("validate", file.toString(), "--format", "sarif", "-o", sarif.toString());
        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        assertEquals("", run.out());
        String report = Files.readString(sarif);
        assertTrue(report.contains("\"version\": \"2.1.0\"") && report.contains("\"id\": \"BND-09\""));

        Path junit = folder.resolve("report.xml");
        assertEquals(Cli.EXIT_OK, itot("validate", file.toString(), "--format", "junit", "--output", junit.toString()).status());
        assertTrue(Files.readString(junit).contains("tests=\"45\" failures=\"0\""));
    }

    @Test
    void usageMistakesAreExitStatusTwo() {
        assertEquals(Cli.EXIT_USAGE, itot("validate").status());
        assertEquals(Cli.EXIT_USAGE, itot("validate", folder.resolve("missing.itot").toString()).status());
        CliRun format = itot("validate", "x.itot", "--format", "pdf");
        assertEquals(Cli.EXIT_USAGE, format.status());
        CliRun help = itot("validate", "--help");
        assertEquals(Cli.EXIT_OK, help.status());
        assertTrue(help.out().contains("--fail-on"));
        assertFalse(help.out().isBlank());
    }

    private Path save(ArchitectureModel model, String name) throws IOException {
        Path file = folder.resolve(name);
        ModelFiles.save(model, file);
        return file;
    }

    private static <T extends ModelElement> T find(ArchitectureModel model, String id, Class<T> type) {
        for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement element && id.equals(element.getId()) && type.isInstance(element)) {
                return type.cast(element);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + id);
    }
}
