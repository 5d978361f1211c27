package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findingIds;
import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.firewall;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.protocol;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SEG-06 and the safety-system designation (issue 16 item 3). IEC 62443-3-2 ZCR 3.3 separates
 * safety-related assets from the rest; IEC 61511 / ISA-84 practice puts the SIS's dedicated engineering
 * station and safety HMI in the safety zone with the logic solver. A designated asset belongs there while
 * it serves only the safety system; a general-purpose host (undesignated, or talking to the BPCS or the
 * enterprise) does not.
 */
class SafetySystemMembersTest {

    private final ModelValidator validator = TestModels.validatorFor("SEG-06");

    private ArchitectureModel model;
    private Zone operations;
    private Zone control;
    private Zone safety;
    private Asset siem;
    private Asset dcs;
    private Asset sis;
    private Asset sisEngineeringStation;
    private Protocol safetyProtocol;
    private Protocol syslog;

    /**
     * Operations (with a SIEM), the BPCS control zone and a safety zone joined through the safety zone's own
     * firewall; the SIS engineering station sits with the safety controller and programs it.
     */
    @BeforeEach
    void plantWithASafetyZone() {
        model = model();
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-BPCS", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_2);
        safety = zone(model, "Z-SIS", ZoneKind.SAFETY, PurdueLevel.LEVEL_1);
        safety.setSafetyDesignation(true);
        siem = asset(operations, "SIEM", AssetType.SIEM);
        dcs = asset(control, "DCS", AssetType.DCS_CONTROLLER);
        sis = asset(safety, "SIS", AssetType.SAFETY_CONTROLLER);
        asset(safety, "SIS-IO", AssetType.FIELD_IO);
        sisEngineeringStation = asset(safety, "SIS-EWS", AssetType.ENGINEERING_WORKSTATION);
        Asset safetyFirewall = firewall(safety, "FW-SIS");
        Asset otFirewall = firewall(operations, "FW-OT");
        conduit(model, "C-BPCS-SIS", control, safety, safetyFirewall);
        conduit(model, "C-OPS-BPCS", operations, control, otFirewall);
        safetyProtocol = protocol(model, "SAFETY-ENG", ProtocolCategory.INDUSTRIAL);
        syslog = protocol(model, "SYSLOG", ProtocolCategory.LOGGING);
        flow(model, "F-EWS-SIS", sisEngineeringStation, sis, safetyProtocol, FlowOperation.PROGRAM_DOWNLOAD);
    }

    @Test
    void anUndesignatedWorkstationInTheSafetyZoneIsStillForeign() {
        // What every model written before the designation existed looks like: the attribute defaults to false.
        assertFalse(sisEngineeringStation.isSafetySystem());
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@Z-SIS"), findingIds(findings));
        RuleDiagnostic seg06 = find(findings, "SEG-06");
        assertEquals(Diagnostic.ERROR, seg06.getSeverity());
        assertEquals(List.of(safety, sisEngineeringStation), seg06.getData());
    }

    @Test
    void aDesignatedEngineeringStationThatServesOnlyTheSafetySystemIsAdmitted() {
        sisEngineeringStation.setSafetySystem(true);
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    @Test
    void theDesignationWorksForAnyTypeSuchAsASafetyHmi() {
        Asset safetyHmi = asset(safety, "SIS-HMI", AssetType.HMI);
        sisEngineeringStation.setSafetySystem(true);
        flow(model, "F-HMI-SIS", safetyHmi, sis, safetyProtocol, FlowOperation.READ);
        assertEquals(Set.of("SEG-06@Z-SIS"), findingIds(findings(validator.validate(model))));

        safetyHmi.setSafetySystem(true);
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    @Test
    void aDesignatedStationThatTalksToTheBpcsIsReportedWithTheFlows() {
        sisEngineeringStation.setSafetySystem(true);
        Flow toBpcs = flow(model, "F-EWS-DCS", sisEngineeringStation, dcs, safetyProtocol, FlowOperation.PROGRAM_DOWNLOAD);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@SIS-EWS"), findingIds(findings), "reported on the station, not as a foreign asset of the zone");
        RuleDiagnostic seg06 = find(findings, "SEG-06");
        assertEquals(List.of(sisEngineeringStation, toBpcs), seg06.getData());
        assertTrue(seg06.getMessage().contains("SIS-EWS") && seg06.getMessage().contains("F-EWS-DCS")
                && seg06.getMessage().contains("outside the safety system"), seg06.getMessage());
    }

    @Test
    void aBpcsHostReachingIntoTheDesignatedStationMakesItGeneralPurposeToo() {
        sisEngineeringStation.setSafetySystem(true);
        Flow fromBpcs = flow(model, "F-DCS-EWS", dcs, sisEngineeringStation, safetyProtocol, FlowOperation.READ);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@SIS-EWS"), findingIds(findings));
        assertEquals(List.of(sisEngineeringStation, fromBpcs), find(findings, "SEG-06").getData());
    }

    @Test
    void sendingItsSecurityLogsOutIsAllowedButTakingPatchesFromOutsideIsNot() {
        sisEngineeringStation.setSafetySystem(true);
        flow(model, "F-EWS-SIEM", sisEngineeringStation, siem, syslog, FlowOperation.LOGGING);
        assertEquals(List.of(), findings(validator.validate(model)), "MON-03 asks an engineering station to forward its logs");

        Asset patchServer = asset(operations, "WSUS-OT", AssetType.PATCH_SERVER);
        Flow patches = flow(model, "F-EWS-WSUS", sisEngineeringStation, patchServer,
                protocol(model, "HTTPS", ProtocolCategory.WEB), FlowOperation.PATCH);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@SIS-EWS"), findingIds(findings));
        assertEquals(List.of(sisEngineeringStation, patches), find(findings, "SEG-06").getData());
    }

    @Test
    void flowsWithAssetsOfAnotherSafetyZoneOrDesignatedAssetsElsewhereStayWithTheSafetySystem() {
        sisEngineeringStation.setSafetySystem(true);
        Zone secondSafety = zone(model, "Z-SIS-2", ZoneKind.SAFETY, PurdueLevel.LEVEL_1);
        secondSafety.setSafetyDesignation(true);
        Asset secondSis = asset(secondSafety, "SIS-2", AssetType.SAFETY_CONTROLLER);
        conduit(model, "C-SIS-SIS2", safety, secondSafety, firewall(safety, "FW-SIS-2"));
        flow(model, "F-EWS-SIS2", sisEngineeringStation, secondSis, safetyProtocol, FlowOperation.PROGRAM_DOWNLOAD);
        assertEquals(List.of(), findings(validator.validate(model)));

        // A safety HMI designated but drawn in the control room's BPCS zone: SEG-06 asks it into a safety
        // zone (its own finding); the station's flow to it still stays with the safety system.
        Asset controlRoomSafetyHmi = asset(control, "SIS-HMI-CR", AssetType.HMI);
        controlRoomSafetyHmi.setSafetySystem(true);
        flow(model, "F-EWS-HMI", sisEngineeringStation, controlRoomSafetyHmi, safetyProtocol, FlowOperation.WRITE);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@SIS-HMI-CR"), findingIds(findings));
        assertTrue(find(findings, "SEG-06").getMessage().startsWith("Safety-system asset SIS-HMI-CR"),
                find(findings, "SEG-06").getMessage());
    }

    @Test
    void aSafetyControllerIsAdmittedByTypeWhateverItsFlowsAndDesignation() {
        // The SIS-to-BPCS interface (status to the DCS) runs through the logic solver; SEG-06 leaves it alone.
        sis.setSafetySystem(true);
        sisEngineeringStation.setSafetySystem(true);
        flow(model, "F-DCS-SIS", dcs, sis, safetyProtocol, FlowOperation.READ);
        assertEquals(List.of(), findings(validator.validate(model)));

        Asset misplaced = asset(control, "SIS-3", AssetType.SAFETY_CONTROLLER);
        RuleDiagnostic seg06 = find(findings(validator.validate(model)), "SEG-06");
        assertEquals(misplaced, seg06.element());
        assertTrue(seg06.getMessage().startsWith("Safety controller SIS-3"), seg06.getMessage());
    }

    @Test
    void onlyRoutableConduitsToTheSafetyZoneMustBeEnforced() {
        sisEngineeringStation.setSafetySystem(true);
        Conduit tripWiring = conduit(model, "C-BPCS-SIS-HW", control, safety);
        tripWiring.setMedium(ConduitMedium.HARDWIRED);
        assertEquals(List.of(), findings(validator.validate(model)), "a hard-wired trip signal cannot hold a firewall");

        tripWiring.setMedium(ConduitMedium.LAN);
        assertEquals(Set.of("SEG-06@C-BPCS-SIS-HW"), findingIds(findings(validator.validate(model))));
    }
}
