package org.itot.asbuilt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.asbuilt.DesignCheck;
import org.itot.asbuilt.TrafficReconciliation;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficReader;
import org.itot.model.ArchitectureModel;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.PortRange;
import org.itot.model.RuleSetting;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.Waivers;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Purdue template against traffic: undocumented sessions, unknown hosts, flows never seen. */
class TrafficReconciliationTest {

    @TempDir
    Path folder;

    private final ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);

    @Test
    void aWorkstationTalkingModbusToAPlcAcrossLevelsIsAnErrorThatNamesTheDesignRulesItBreaks() throws Exception {
        String workstation = Samples.address(model, "ENT-WS-01");
        String plc = Samples.address(model, "CTL-PLC-01");
        List<RuleDiagnostic> findings = findings(Samples.zeekHeader()
                + Samples.zeekLine(1709287200, workstation, 50000, plc, 502, "tcp", "modbus", "1.000000")
                + Samples.zeekLine(1709290800, workstation, 50001, plc, 502, "tcp", "modbus", "1.000000"));

        RuleDiagnostic finding = only(findings, "ASB-01");
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals(Samples.asset(model, "ENT-WS-01"), finding.element());
        assertEquals("ASB-01@ENT-WS-01#>CTL-PLC-01:tcp/502", finding.findingId());
        assertTrue(finding.getMessage().contains("across zones"), finding.getMessage());
        assertTrue(finding.getMessage().contains("Modbus"), "the service is named from the protocol library: "
                + finding.getMessage());
        assertTrue(finding.getMessage().contains("would also break SEG-01"), finding.getMessage());
        Map<String, Object> evidence = finding.evidence().fields();
        assertEquals(folder.resolve("conn.log").toString(), evidence.get("file"));
        assertEquals(9L, evidence.get("line"));
        assertEquals(2L, evidence.get("count"));
        assertEquals("2024-03-01T10:00:00Z", evidence.get("firstSeen"));
        assertEquals("2024-03-01T11:00:01Z", evidence.get("lastSeen"));
    }

    @Test
    void anUndocumentedSessionInsideOneZoneIsAWarning() throws Exception {
        String first = Samples.address(model, "ENT-WS-01");
        String second = Samples.address(model, "ENT-WS-02");
        List<RuleDiagnostic> findings = findings(Samples.zeekHeader()
                + Samples.zeekLine(1709287200, first, 50000, second, 445, "tcp", "smb", "-"));
        RuleDiagnostic finding = only(findings, "ASB-01");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertTrue(finding.getMessage().contains("inside"), finding.getMessage());
    }

    @Test
    void anUnknownHostIsReportedOnTheZoneWhoseSubnetHoldsIt() throws Exception {
        String historian = Samples.address(model, "OPS-HIST");
        String stranger = historian.substring(0, historian.lastIndexOf('.') + 1) + "177";
        List<RuleDiagnostic> findings = findings(Samples.zeekHeader()
                + Samples.zeekLine(1709287200, stranger, 50000, historian, 443, "tcp", "ssl", "-"));
        RuleDiagnostic finding = only(findings, "ASB-02");
        assertEquals(Samples.asset(model, "OPS-HIST").getZone(), finding.element());
        assertEquals("ASB-02@" + ((org.itot.model.Zone) finding.element()).getId() + "#" + stranger,
                finding.findingId());
        assertEquals(stranger, finding.evidence().fields().get("address"));
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("ASB-01")),
                "the unknown host's finding stands for its sessions");
    }

    @Test
    void aDocumentedFlowSeenIsNoFindingAndEveryOtherAddressedFlowIsNeverSeenNamingTheWindow() throws Exception {
        Flow documented = model.getFlows().stream().filter(f -> f.getSource() != null && f.getTarget() != null
                && !f.getSource().getInterfaces().isEmpty() && !f.getTarget().getInterfaces().isEmpty()
                && port(f) != null).findFirst().orElseThrow();
        PortRange port = port(documented);
        String transport = port.getTransport().getLiteral().equals("udp") ? "udp" : "tcp";
        List<RuleDiagnostic> findings = findings(Samples.zeekHeader()
                + Samples.zeekLine(1709287200, Samples.address(model, documented.getSource().getId()), 50000,
                        Samples.address(model, documented.getTarget().getId()), port.getFrom(), transport, "-", "-")
                + Samples.zeekLine(1709373600, Samples.address(model, documented.getSource().getId()), 50001,
                        Samples.address(model, documented.getTarget().getId()), port.getFrom(), transport, "-", "-"));
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("ASB-01") || f.ruleId().equals("ASB-02")),
                () -> "a documented session: " + findings);
        assertTrue(findings.stream().noneMatch(f -> f.element() == documented), "it was seen");
        List<RuleDiagnostic> neverSeen = findings.stream().filter(f -> f.ruleId().equals("ASB-03")).toList();
        assertFalse(neverSeen.isEmpty());
        RuleDiagnostic any = neverSeen.get(0);
        assertEquals(Diagnostic.INFO, any.getSeverity());
        assertTrue(any.getMessage().contains("2024-03-01T10:00:00Z to 2024-03-02T10:00:00Z"), any.getMessage());
        for (RuleDiagnostic finding : neverSeen) {
            Flow flow = (Flow) finding.element();
            assertTrue(flow.getSource() == documented.getSource() || flow.getTarget() == documented.getSource()
                    || flow.getSource() == documented.getTarget() || flow.getTarget() == documented.getTarget(),
                    () -> "only flows with an end the capture saw are judged: " + finding.getMessage());
        }
        assertTrue(neverSeen.size() < model.getFlows().size() - 1, "flows of networks the sensor never saw are not");
    }

    @Test
    void theModelsRuleSettingsAndWaiversApply() throws Exception {
        String workstation = Samples.address(model, "ENT-WS-01");
        String plc = Samples.address(model, "CTL-PLC-01");
        String log = Samples.zeekHeader() + Samples.zeekLine(1709287200, workstation, 50000, plc, 502, "tcp", "-",
                "-");
        RuleDiagnostic finding = only(findings(log), "ASB-01");
        model.getWaivers().add(Waivers.accept(finding, "Commissioning laptop, removed after FAT", "tester", null));
        RuleDiagnostic accepted = only(findings(log), "ASB-01");
        assertTrue(accepted.isAccepted());
        assertEquals(Diagnostic.INFO, accepted.getSeverity());

        RuleSetting off = ItotFactory.eINSTANCE.createRuleSetting();
        off.setRuleId("ASB-03");
        off.setEnabled(false);
        model.getRuleSettings().add(off);
        assertTrue(findings(log).stream().noneMatch(f -> f.ruleId().equals("ASB-03")));
    }

    @Test
    void aPortScanListsAtMostTheCapOfFindingsAndCountsTheRest() {
        org.itot.asbuilt.net.Ip workstation = org.itot.asbuilt.net.Ip.parse(Samples.address(model, "ENT-WS-01"));
        org.itot.asbuilt.net.Ip plc = org.itot.asbuilt.net.Ip.parse(Samples.address(model, "CTL-PLC-01"));
        Sessions sessions = new Sessions();
        int ports = TrafficReconciliation.MAX_FINDINGS_PER_RULE + 5;
        for (int port = 1; port <= ports; port++) {
            sessions.add(workstation, plc, "tcp", port, 0, 1, 1709287200000L, 1709287200000L, "scan.log", port);
        }
        TrafficReconciliation reconciliation = new TrafficReconciliation(model, sessions);
        List<RuleDiagnostic> findings = reconciliation.findings(ModelValidator.Settings.of(model), null);
        assertEquals(TrafficReconciliation.MAX_FINDINGS_PER_RULE,
                findings.stream().filter(f -> f.ruleId().equals("ASB-01")).count());
        assertTrue(reconciliation.notListed() >= 5, "the rest are counted: " + reconciliation.notListed());
    }

    @Test
    void theCatalogueDescribesEveryAsBuiltRule() {
        for (String id : List.of("ASB-01", "ASB-02", "ASB-03", "ASB-04", "ASB-05", "ASB-06", "ASB-07")) {
            var definition = Catalogue.evaluatedElsewhere().stream().flatMap(pack -> pack.definitions().stream())
                    .filter(rule -> rule.id().equals(id)).findFirst().orElse(null);
            assertNotNull(definition, id);
            assertFalse(definition.title().isBlank(), id);
            assertFalse(definition.fix().isBlank(), id);
        }
        // The validator neither runs nor counts them: the model alone cannot decide them.
        assertTrue(Catalogue.builtIn().stream().flatMap(pack -> pack.definitions().stream())
                .noneMatch(rule -> rule.id().startsWith("ASB-")));
        assertNull(new ModelValidator(Catalogue.builtIn()).validate(model).getChildren().stream()
                .map(RuleDiagnostic.class::cast).filter(f -> f.ruleId().startsWith("ASB-")).findFirst().orElse(null));
    }

    private List<RuleDiagnostic> findings(String log) throws Exception {
        Path file = Samples.write(folder, "conn.log", log);
        Sessions sessions = new Sessions();
        new TrafficReader(false).read(file, sessions, null);
        return new TrafficReconciliation(model, sessions).findings(ModelValidator.Settings.of(model),
                new DesignCheck(model));
    }

    private static RuleDiagnostic only(List<RuleDiagnostic> findings, String rule) {
        List<RuleDiagnostic> matching = findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, matching.size(), () -> rule + " findings: " + matching);
        return matching.get(0);
    }

    private static PortRange port(Flow flow) {
        if (!flow.getPorts().isEmpty()) {
            return flow.getPorts().get(0);
        }
        return flow.getProtocol() == null || flow.getProtocol().getDefaultPorts().isEmpty() ? null
                : flow.getProtocol().getDefaultPorts().get(0);
    }
}
