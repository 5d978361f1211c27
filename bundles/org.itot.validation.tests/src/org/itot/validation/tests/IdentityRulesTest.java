package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.definition;
import static org.itot.validation.tests.Findings.ids;
import static org.itot.validation.tests.Findings.only;
import static org.itot.validation.tests.Findings.severities;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.permission;
import static org.itot.validation.tests.TestModels.protocol;
import static org.itot.validation.tests.TestModels.role;
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
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.PortRanges;
import org.itot.model.query.SecurityLevels;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IAM-01..03 on a small plant: exact findings, severities and the elements they name. */
class IdentityRulesTest {

    private final ModelValidator validator = new ModelValidator(TestModels.builtInPacks("identity.ocl"));

    private ArchitectureModel model;
    private Zone enterprise;
    private Zone control;
    private Protocol kerberos;
    private Protocol opcUa;
    private Asset enterpriseDc;
    private Asset workstation;
    private Asset jumpHost;
    private Asset ews;
    private Asset plc;
    private Role engineer;
    private Role firecall;
    private Flow jumpToEws;
    private Flow firecallWrite;

    /**
     * Enterprise (SL-T 1) - iDMZ - operations (SL-T 2) - control (SL-T 3). The EWS authenticates
     * against an OT domain controller in level 3; engineers come in through the iDMZ jump host with a
     * privileged, MFA-protected role scoped to operations and control; the only shared role used in
     * the plant is a documented firecall account; office users share a role inside the enterprise.
     */
    @BeforeEach
    void compliantPlant() {
        model = model();
        enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        enterprise.setSlTarget(SecurityLevels.uniform(1));
        idmz.setSlTarget(SecurityLevels.uniform(2));
        operations.setSlTarget(SecurityLevels.uniform(2));
        control.setSlTarget(SecurityLevels.uniform(3));
        conduit(model, "C-ENT-DMZ", enterprise, idmz);
        conduit(model, "C-DMZ-OPS", idmz, operations);
        conduit(model, "C-OPS-CTL", operations, control);

        kerberos = protocol(model, "KERBEROS", ProtocolCategory.DIRECTORY, true, PortRanges.tcp(88));
        Protocol rdp = protocol(model, "RDP", ProtocolCategory.REMOTE_ADMIN, true, PortRanges.tcp(3389));
        opcUa = protocol(model, "OPCUA", ProtocolCategory.INDUSTRIAL, true, PortRanges.tcp(4840));

        enterpriseDc = asset(enterprise, "DC-IT", AssetType.DOMAIN_CONTROLLER);
        workstation = asset(enterprise, "WS", AssetType.WORKSTATION);
        Asset erp = asset(enterprise, "ERP", AssetType.ERP);
        jumpHost = asset(idmz, "JUMP", AssetType.JUMP_HOST);
        Asset otDc = asset(operations, "DC-OT", AssetType.DOMAIN_CONTROLLER);
        ews = asset(operations, "EWS", AssetType.ENGINEERING_WORKSTATION);
        plc = asset(control, "PLC", AssetType.PLC);

        engineer = role(model, "R-ENG");
        engineer.setPrivileged(true);
        engineer.setMfaRequired(true);
        permission(engineer, List.of(FlowOperation.PROGRAM_DOWNLOAD, FlowOperation.WRITE), operations, control);
        firecall = role(model, "R-FIRECALL");
        firecall.setShared(true);
        firecall.setEmergency(true);
        permission(firecall, List.of(FlowOperation.WRITE), plc);
        Role officeUsers = role(model, "R-OFFICE");
        officeUsers.setShared(true);
        permission(officeUsers, List.of(FlowOperation.READ));

        flow(model, "F-EWS-DC", ews, otDc, kerberos, FlowOperation.AUTHENTICATION);
        jumpToEws = flow(model, "F-JUMP-EWS", jumpHost, ews, rdp, FlowOperation.INTERACTIVE_SESSION);
        jumpToEws.setRole(engineer);
        flow(model, "F-EWS-PLC", ews, plc, opcUa, FlowOperation.PROGRAM_DOWNLOAD).setRole(engineer);
        firecallWrite = flow(model, "F-FIRECALL", ews, plc, opcUa, FlowOperation.WRITE);
        firecallWrite.setRole(firecall);
        flow(model, "F-WS-ERP", workstation, erp, rdp, FlowOperation.READ).setRole(officeUsers);
    }

    @Test
    void compliantPlantHasNoFindings() {
        assertEquals(Set.of(), ids(validator.validate(model)));
    }

    @Test
    void catalogueEntriesCarryTheSpecifiedSeveritiesSourcesAndAttackIds() {
        assertEquals(Map.of("IAM_01", Severity.WARNING, "IAM_02", Severity.WARNING, "IAM_03", Severity.WARNING),
                severities("identity.ocl"));
        assertEquals(List.of("M0915", "M0801", "M0918", "M0926", "T0859"), definition("IAM-01").attackIds());
        assertEquals(List.of("M0918", "M0926", "M0936", "T0859"), definition("IAM-02").attackIds());
        assertEquals(List.of("M0801", "T0859", "T0843", "T0886", "M0800", "M0926", "M0932"),
                definition("IAM-03").attackIds());
        assertTrue(definition("IAM-02").standards().contains("IEC 62443-3-3 SR 1.1 RE1 (SL2)"));
        assertTrue(definition("IAM-01").title().startsWith("Assets in L≤3 must not authenticate directly"));
    }

    @Test
    void iam01LevelThreeAssetAuthenticatesAgainstTheEnterpriseDomainController() {
        Flow direct = flow(model, "F-EWS-DCIT", ews, enterpriseDc, kerberos, FlowOperation.AUTHENTICATION);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("IAM-01@F-EWS-DCIT"), ids(result));
        RuleDiagnostic finding = only(result, "IAM-01@F-EWS-DCIT");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(direct, ews, enterpriseDc), finding.getData());
        assertTrue(finding.getMessage().contains("EWS") && finding.getMessage().contains("DC-IT"),
                finding.getMessage());
    }

    @Test
    void iam01DirectoryProtocolOrAuthenticationOperationEachCount() {
        flow(model, "F-PLC-LDAP", plc, enterpriseDc, kerberos, FlowOperation.READ);
        flow(model, "F-EWS-AUTH", ews, enterpriseDc, null, FlowOperation.AUTHENTICATION);
        assertEquals(Set.of("IAM-01@F-PLC-LDAP", "IAM-01@F-EWS-AUTH"), ids(validator.validate(model)));
    }

    @Test
    void iam01IgnoresOtherFlowsToTheDomainControllerAndTheIdmz() {
        Protocol ntp = protocol(model, "NTP", ProtocolCategory.TIME, false, PortRanges.udp(123));
        flow(model, "F-EWS-TIME", ews, enterpriseDc, ntp, FlowOperation.TIME);
        flow(model, "F-JUMP-DCIT", jumpHost, enterpriseDc, kerberos, FlowOperation.AUTHENTICATION);
        assertEquals(Set.of(), ids(validator.validate(model)));
    }

    @Test
    void iam02SharedRoleIntoAnSl3ZoneThatIsNoEmergencyAccount() {
        firecall.setEmergency(false);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("IAM-02@R-FIRECALL"), ids(result));
        RuleDiagnostic finding = only(result, "IAM-02@R-FIRECALL");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(firecall, firecallWrite), finding.getData());
        assertTrue(finding.getMessage().contains("F-FIRECALL") && finding.getMessage().contains("Z-CTL"),
                finding.getMessage());
    }

    @Test
    void iam02LooksAtFr1Only() {
        firecall.setEmergency(false);
        SecurityLevelVector onlyFr1Low = SecurityLevels.uniform(3);
        onlyFr1Low.setFr1(1);
        control.setSlTarget(onlyFr1Low);
        assertEquals(Set.of(), ids(validator.validate(model)));

        enterprise.setSlTarget(SecurityLevels.uniform(2));
        assertEquals(Set.of("IAM-02@R-OFFICE"), ids(validator.validate(model)),
                "the shared office role now reaches a zone with SL-T FR1 2");
    }

    @Test
    void iam03WritePermissionOnAllAssets() {
        permission(engineer, List.of(FlowOperation.FIRMWARE_UPDATE));
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("IAM-03@R-ENG"), ids(result));
        RuleDiagnostic finding = only(result, "IAM-03@R-ENG");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(engineer), finding.getData());
        assertTrue(finding.getMessage().contains("all assets"), finding.getMessage());
    }

    @Test
    void iam03ReadOnlyUnscopedRoleIsFineUnlessPrivileged() {
        Role auditors = role(model, "R-AUDIT");
        permission(auditors, List.of(FlowOperation.READ));
        assertEquals(Set.of(), ids(validator.validate(model)));

        auditors.setPrivileged(true);
        assertEquals(Set.of("IAM-03@R-AUDIT"), ids(validator.validate(model)),
                "every permission of a privileged (admin) role counts");
    }

    @Test
    void iam03RoleSpanningItAndOtZones() {
        permission(engineer, List.of(FlowOperation.WRITE), workstation);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("IAM-03@R-ENG"), ids(result));
        String message = only(result, "IAM-03@R-ENG").getMessage();
        assertTrue(message.contains("IT and OT") && message.contains("Z-ENT") && message.contains("Z-CTL"), message);
    }

    @Test
    void iam03PrivilegedRoleUsedFromOutsideItsZonesWithoutMfa() {
        engineer.setMfaRequired(false);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("IAM-03@R-ENG"), ids(result));
        RuleDiagnostic finding = only(result, "IAM-03@R-ENG");
        assertEquals(List.of(engineer, jumpToEws), finding.getData(),
                "the EWS-to-PLC flow starts inside the role's zones");
        assertTrue(finding.getMessage().contains("without MFA") && finding.getMessage().contains("F-JUMP-EWS"),
                finding.getMessage());

        jumpToEws.setMfa(true);
        assertEquals(Set.of(), ids(validator.validate(model)), "the flow itself requires MFA");
    }
}
