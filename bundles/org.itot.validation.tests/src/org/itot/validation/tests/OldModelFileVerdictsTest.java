package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findingIds;
import static org.itot.validation.tests.Findings.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.ItotPackage;
import org.itot.model.resource.ModelFiles;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file written before issue 16 (format 1.0: no safety-system designation, no hardwired or
 * fieldbus media, no protocol gateways) keeps every verdict but the false error issue 16 item 4 names:
 * its serial line between two zones now passes BND-01, and the general-purpose workstation in its
 * safety zone still fails SEG-06.
 */
class OldModelFileVerdictsTest {

    private static final String FORMAT_1_0 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <itot:ArchitectureModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:itot="%s" xmi:id="root" formatVersion="1.0" name="Old plant">
              <zones xmi:id="z-ctl" id="Z-CTL" name="Control" kind="supervisory" purdueLevel="2">
                <assets xmi:id="a-scada" id="SCADA" name="SCADA" type="controlServer"/>
                <assets xmi:id="a-fw" id="FW-SIS" name="FW-SIS" type="firewall"/>
              </zones>
              <zones xmi:id="z-field" id="Z-FIELD" name="Field" kind="basicControl" purdueLevel="1">
                <assets xmi:id="a-rtu" id="RTU" name="RTU" type="rtu"/>
              </zones>
              <zones xmi:id="z-sis" id="Z-SIS" name="Safety" kind="safety" purdueLevel="1" safetyDesignation="true">
                <assets xmi:id="a-sis" id="SIS" name="SIS" type="safetyController"/>
                <assets xmi:id="a-ews" id="EWS" name="EWS" type="engineeringWorkstation"/>
              </zones>
              <conduits xmi:id="c-serial" id="C-SERIAL" name="Serial line" zones="z-ctl z-field" medium="serial"/>
              <conduits xmi:id="c-sis" id="C-SIS" name="Safety conduit" zones="z-ctl z-sis" enforcedBy="a-fw"/>
              <flows xmi:id="f-poll" id="F-POLL" name="Poll" source="a-scada" target="a-rtu"/>
              <flows xmi:id="f-ews" id="F-EWS" name="Program" source="a-ews" target="a-sis" operation="programDownload"/>
            </itot:ArchitectureModel>
            """.formatted(ItotPackage.eNS_URI);

    private final ModelValidator validator = TestModels.validatorFor("BND-01", "BND-10", "SEG-06");

    @TempDir
    Path folder;

    @Test
    void aSerialLinePassesBnd01AndAForeignWorkstationInTheSafetyZoneStillFailsSeg06() throws Exception {
        ArchitectureModel model = load(FORMAT_1_0);
        Conduit serial = model.getConduits().get(0);
        Asset workstation = model.getZones().get(2).getAssets().get(1);
        assertFalse(serial.isRoutable());
        assertFalse(workstation.isSafetySystem(), "the designation defaults to false");

        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@Z-SIS"), findingIds(findings), "no BND-01 for the serial line any more");
        assertEquals(List.of(model.getZones().get(2), workstation), find(findings, "SEG-06").getData());
    }

    @Test
    void theSameFileWithTheLinkOnALanKeepsItsBnd01Error() throws Exception {
        ArchitectureModel model = load(FORMAT_1_0.replace(" medium=\"serial\"", ""));
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("BND-01@C-SERIAL", "SEG-06@Z-SIS"), findingIds(findings));
        assertTrue(find(findings, "BND-01").getMessage().contains("is not enforced"));
    }

    private ArchitectureModel load(String text) throws Exception {
        Path file = folder.resolve("old.itot");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ModelFiles.load(file);
    }
}
