package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.definition;
import static org.itot.validation.tests.Findings.ids;
import static org.itot.validation.tests.Findings.only;
import static org.itot.validation.tests.Findings.severities;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Criticality;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.Ownership;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OPS-01..03 on a small plant: exact findings, severities and the elements they name. */
class OperationsRulesTest {

    private final ModelValidator validator = new ModelValidator(TestModels.builtInPacks("operations.ocl"));

    private ArchitectureModel model;
    private Zone idmz;
    private Zone operations;
    private Zone control;
    private Asset enterpriseWsus;
    private Asset enterpriseAv;
    private Asset vendorCloud;
    private Asset stagingWsus;
    private Asset stagingAv;
    private Asset otWsus;
    private Asset otFirewall;
    private Asset ews;
    private Conduit idmzToOperations;
    private Conduit operationsToControl;

    /**
     * Internet - enterprise - iDMZ - operations - control, each zone and conduit owned with an
     * accountable organisation, the iDMZ and its firewalls owned jointly. Patches and AV signatures
     * flow enterprise -> iDMZ staging -> level 3 OT servers -> EWS; every asset from level 3.5 down
     * has a complete register entry.
     */
    @BeforeEach
    void compliantPlant() {
        model = model();
        Zone internet = ownedZone("Z-INET", ZoneKind.INTERNET, PurdueLevel.EXTERNAL, Ownership.IT);
        Zone enterprise = ownedZone("Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4, Ownership.IT);
        idmz = ownedZone("Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35, Ownership.JOINT);
        operations = ownedZone("Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3, Ownership.OT);
        control = ownedZone("Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1, Ownership.OT);

        vendorCloud = asset(internet, "VENDOR-CLOUD", AssetType.CLOUD_SERVICE);
        enterpriseWsus = asset(enterprise, "WSUS-IT", AssetType.PATCH_SERVER);
        enterpriseAv = asset(enterprise, "AV-IT", AssetType.AV_SERVER);
        Asset itFirewall = registered(asset(idmz, "FW-IT", AssetType.FIREWALL));
        itFirewall.setOwner(Ownership.JOINT);
        otFirewall = registered(asset(idmz, "FW-OT", AssetType.FIREWALL));
        otFirewall.setOwner(Ownership.JOINT);
        stagingWsus = registered(asset(idmz, "WSUS-STAGE", AssetType.PATCH_SERVER));
        stagingWsus.setPatchSource(enterpriseWsus);
        stagingAv = registered(asset(idmz, "AV-STAGE", AssetType.AV_SERVER));
        stagingAv.setAvSource(enterpriseAv);
        otWsus = registered(asset(operations, "WSUS-OT", AssetType.PATCH_SERVER));
        otWsus.setPatchSource(stagingWsus);
        Asset otAv = registered(asset(operations, "AV-OT", AssetType.AV_SERVER));
        otAv.setAvSource(stagingAv);
        ews = registered(asset(operations, "EWS", AssetType.ENGINEERING_WORKSTATION));
        ews.setPatchSource(otWsus);
        ews.setAvSource(otAv);
        registered(asset(control, "PLC", AssetType.PLC));

        ownedConduit("C-INET-ENT", internet, enterprise, itFirewall);
        ownedConduit("C-ENT-DMZ", enterprise, idmz, itFirewall);
        idmzToOperations = ownedConduit("C-DMZ-OPS", idmz, operations, otFirewall);
        operationsToControl = ownedConduit("C-OPS-CTL", operations, control, otFirewall);

        flow(model, "F-STAGE-WSUS", stagingWsus, enterpriseWsus, null, FlowOperation.PATCH);
        flow(model, "F-OTWSUS-STAGE", otWsus, stagingWsus, null, FlowOperation.PATCH);
        flow(model, "F-EWS-OTWSUS", ews, otWsus, null, FlowOperation.PATCH);
    }

    private Zone ownedZone(String id, ZoneKind kind, PurdueLevel level, Ownership owner) {
        Zone zone = zone(model, id, kind, level);
        zone.setOwner(owner);
        zone.setAccountableOrganisation(owner == Ownership.OT ? "Plant automation" : "Corporate IT");
        return zone;
    }

    private Conduit ownedConduit(String id, Zone first, Zone second, Asset firewall) {
        Conduit conduit = conduit(model, id, first, second, firewall);
        conduit.setOwner(Ownership.JOINT);
        conduit.setAccountableOrganisation("IT/OT security board");
        return conduit;
    }

    private static Asset registered(Asset asset) {
        asset.setVendor("Acme");
        asset.setProductModel(asset.getId() + "-9000");
        asset.setFirmware("4.2.1");
        asset.setCriticality(Criticality.HIGH);
        asset.setLocation("Building 7, rack 3");
        return asset;
    }

    @Test
    void compliantPlantHasNoFindings() {
        assertEquals(Set.of(), ids(validator.validate(model)));
    }

    @Test
    void catalogueEntriesCarryTheSpecifiedSeveritiesSourcesAndAttackIds() {
        // A missing owner or organisation is a missing input (issue 16): info completeness findings, once per zone.
        assertEquals(Map.of("OPS_01", Severity.WARNING, "OPS_02_zone", Severity.ERROR,
                "OPS_02_owner", Severity.INFO, "OPS_02_organisation", Severity.INFO,
                "OPS_02_idmz_device", Severity.ERROR, "OPS_02_asset", Severity.INFO, "OPS_03", Severity.INFO),
                severities("operations.ocl"));
        assertEquals(List.of("M0951", "T0866", "T0819", "T0857", "T0862", "T0864", "M0949", "T0863", "T0865"),
                definition("OPS-01").attackIds());
        assertEquals(List.of(), definition("OPS-02").attackIds(), "the catalogue names no ATT&CK entry");
        assertEquals(List.of(), definition("OPS-03").attackIds(), "the catalogue names no ATT&CK entry");
        assertTrue(definition("OPS-02").standards().contains(
                "IEC 62443-3-2 ZCR 6 (zone/conduit characteristics incl. accountable organisation)"));
        assertTrue(definition("OPS-03").title().startsWith("Register completeness: every asset in L≤3.5"));
    }

    @Test
    void ops01WorkstationPatchedStraightFromTheEnterpriseWsus() {
        ews.setPatchSource(enterpriseWsus);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-01@EWS"), ids(result));
        RuleDiagnostic finding = only(result, "OPS-01@EWS");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(ews), finding.getData());
        assertTrue(finding.getMessage().contains("takes patches from WSUS-IT"), finding.getMessage());
    }

    @Test
    void ops01OtPatchServerFedFromTheEnterpriseBreaksItsClientsToo() {
        otWsus.setPatchSource(enterpriseWsus);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-01@WSUS-OT", "OPS-01@EWS"), ids(result));
        assertTrue(only(result, "OPS-01@WSUS-OT").getMessage().contains("fed by WSUS-IT"));
    }

    @Test
    void ops01AvSourceMustBeTheLevelThreeReplicaNotTheStagingServer() {
        ews.setAvSource(stagingAv);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-01@EWS"), ids(result));
        assertTrue(only(result, "OPS-01@EWS").getMessage().contains("takes AV updates from AV-STAGE"));
    }

    @Test
    void ops01FlowsToTheVendorCloudOrTheEnterpriseAvServer() {
        Flow cloud = flow(model, "F-EWS-CLOUD", ews, vendorCloud, null, FlowOperation.PATCH);
        Flow enterpriseSignatures = flow(model, "F-EWS-AVIT", ews, enterpriseAv, null, FlowOperation.PATCH);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-01@EWS"), ids(result));
        RuleDiagnostic finding = only(result, "OPS-01@EWS");
        // related flows come sorted by id, whatever order they were drawn in
        assertEquals(List.of(ews, enterpriseSignatures, cloud), finding.getData());
        assertTrue(finding.getMessage().contains("F-EWS-CLOUD to VENDOR-CLOUD"), finding.getMessage());
    }

    @Test
    void ops01AppliesOnlyToLevelThreeAndBelow() {
        stagingAv.setAvSource(vendorCloud);
        flow(model, "F-STAGE-CLOUD", stagingWsus, vendorCloud, null, FlowOperation.PATCH);
        assertEquals(Set.of(), ids(validator.validate(model)));
    }

    /* Unknown is not zero: a zone without owner or organisation is not assessed, one finding per zone and input. */
    @Test
    void ops02ZoneWithoutOwnerOrAccountableOrganisation() {
        operations.setOwner(Ownership.UNASSIGNED);
        control.setAccountableOrganisation(null);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-02@Z-OPS#owner", "OPS-02@Z-CTL#accountable-organisation"), ids(result));
        RuleDiagnostic unowned = only(result, "OPS-02@Z-OPS#owner");
        assertEquals(Diagnostic.INFO, unowned.getSeverity());
        assertEquals("owner", unowned.missingInput());
        assertEquals(List.of(operations), unowned.getData());
        assertTrue(unowned.getMessage().startsWith("Zone Z-OPS: owner not entered for 1 of the zone"),
                unowned.getMessage());
        assertTrue(only(result, "OPS-02@Z-CTL#accountable-organisation").getMessage()
                .contains("accountable organisation not entered"));

        operations.setAccountableOrganisation("");
        assertEquals(Set.of("OPS-02@Z-OPS#owner", "OPS-02@Z-OPS#accountable-organisation",
                "OPS-02@Z-CTL#accountable-organisation"), ids(validator.validate(model)),
                "two inputs missing in one zone are two findings");
    }

    @Test
    void ops02IdmzFirewallWithoutOwnerIsCountedWithItsZoneNotAnError() {
        otFirewall.setOwner(Ownership.UNASSIGNED);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-02@Z-DMZ#owner"), ids(result));
        assertEquals(List.of(idmz, otFirewall), only(result, "OPS-02@Z-DMZ#owner").getData());
    }

    @Test
    void ops02IdmzOwnedByOtAloneFlagsTheZoneAndItsDifferentlyOwnedAssets() {
        idmz.setOwner(Ownership.OT);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-02@Z-DMZ", "OPS-02@FW-IT", "OPS-02@FW-OT"), ids(result));
        assertEquals(Diagnostic.ERROR, only(result, "OPS-02@Z-DMZ").getSeverity());
        assertTrue(only(result, "OPS-02@Z-DMZ").getMessage().contains("iDMZ"));
        assertEquals(Diagnostic.INFO, only(result, "OPS-02@FW-IT").getSeverity(),
                "the jointly owned firewalls now differ from their zone's owner");
    }

    @Test
    void ops02ConduitWithoutOwnerIsCountedWithItsFirstZone() {
        idmzToOperations.setOwner(Ownership.UNASSIGNED);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-02@Z-DMZ#owner"), ids(result));
        RuleDiagnostic finding = only(result, "OPS-02@Z-DMZ#owner");
        assertEquals(Diagnostic.INFO, finding.getSeverity());
        assertEquals(List.of(idmz, idmzToOperations), finding.getData());
    }

    @Test
    void ops02IdmzFirewallOwnedByOtIsAnErrorNotAnInfo() {
        otFirewall.setOwner(Ownership.OT);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-02@FW-OT"), ids(result));
        RuleDiagnostic finding = only(result, "OPS-02@FW-OT");
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals(List.of(otFirewall, idmzToOperations, operationsToControl), finding.getData());
        assertTrue(finding.getMessage().contains(" has owner OT; "), finding.getMessage());
    }

    @Test
    void ops02FirewallOutsideTheIdmzMayBeOwnedByOt() {
        Asset cellFirewall = registered(asset(operations, "FW-CELL", AssetType.FIREWALL));
        cellFirewall.setOwner(Ownership.OT);
        operationsToControl.getEnforcedBy().set(0, cellFirewall);
        assertEquals(Set.of(), ids(validator.validate(model)));
    }

    @Test
    void ops02AssetOwnedByAnotherOrganisationThanItsZoneIsInfo() {
        ews.setOwner(Ownership.IT);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-02@EWS"), ids(result));
        RuleDiagnostic finding = only(result, "OPS-02@EWS");
        assertEquals(Diagnostic.INFO, finding.getSeverity());
        assertEquals(List.of(ews, operations), finding.getData());
        assertTrue(finding.getMessage().contains(" is owned by IT but its zone ") && finding.getMessage().endsWith(
                " by OT."), "owners read as words, not as the file's literals 'it' and 'ot': " + finding.getMessage());
    }

    @Test
    void ops03IncompleteRegisterEntryIsInfo() {
        ews.setFirmware("");
        ews.setCriticality(Criticality.UNSPECIFIED);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("OPS-03@Z-OPS#asset-register-data"), ids(result), "one finding for the zone");
        RuleDiagnostic finding = only(result, "OPS-03@Z-OPS#asset-register-data");
        assertEquals(Diagnostic.INFO, finding.getSeverity());
        assertEquals(List.of(operations, ews), finding.getData());
        assertTrue(finding.getMessage().contains("register data missing for 1 of its ")
                && finding.getMessage().contains("(firmware/version, criticality)"), finding.getMessage());
    }

    @Test
    void ops03CoversTheIdmzButNotTheEnterprise() {
        stagingWsus.setLocation(null);
        asset(model.getZones().get(1), "LAPTOP", AssetType.WORKSTATION);
        assertEquals(Set.of("OPS-03@Z-DMZ#asset-register-data"), ids(validator.validate(model)));
    }
}
