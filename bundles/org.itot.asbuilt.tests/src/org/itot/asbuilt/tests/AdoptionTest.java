package org.itot.asbuilt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.itot.asbuilt.Adoption;
import org.itot.asbuilt.DesignCheck;
import org.itot.asbuilt.TrafficReconciliation;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficReader;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Flow;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --adopt: unknown hosts into the zone whose subnet holds them, sessions as flows, one undoable command. */
class AdoptionTest {

    @TempDir
    Path folder;

    @Test
    void unknownHostsAndUndocumentedSessionsBecomeOneUndoableChange() throws Exception {
        Path modelFile = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), modelFile);
        ArchitectureModel model = ModelFiles.load(modelFile);
        int assetsBefore = model.getAllAssets().size();
        int flowsBefore = model.getFlows().size();
        String historian = Samples.address(model, "OPS-HIST");
        String stranger = historian.substring(0, historian.lastIndexOf('.') + 1) + "177";
        String outsider = "192.0.2.50";
        Path log = Samples.write(folder, "conn.log", Samples.zeekHeader()
                + Samples.zeekLine(1709287200, Samples.address(model, "ENT-WS-01"), 50000,
                        Samples.address(model, "CTL-PLC-01"), 502, "tcp", "modbus", "-")
                + Samples.zeekLine(1709287300, historian, 40000, stranger, 502, "tcp", "modbus", "-")
                + Samples.zeekLine(1709287400, outsider, 40000, historian, 443, "tcp", "ssl", "-"));

        TrafficReconciliation before = reconcile(model, log);
        Adoption adoption = new Adoption(model, before);
        assertTrue(adoption.execute());

        assertEquals(1, adoption.hosts().size(), "the host in no zone's subnet is left to the engineer");
        assertEquals(outsider, adoption.notAdopted().get(0).address().toString());
        Asset adopted = adoption.hosts().get(0);
        assertEquals(Samples.asset(model, "OPS-HIST").getZone(), adopted.getZone());
        assertEquals(List.of(stranger), adopted.getInterfaces().get(0).getAddresses());
        assertTrue(adopted.getName().startsWith(Adoption.DISCOVERED), adopted.getName());
        assertTrue(adopted.getDescription().contains("conn.log:10"), adopted.getDescription());
        assertEquals(AssetType.PLC, adopted.getType(), "it answers Modbus, an industrial protocol");
        assertEquals(2, adoption.flows().size(), "workstation to PLC, historian to the adopted host");
        Flow modbus = adoption.flows().get(0);
        assertEquals(502, modbus.getPorts().get(0).getFrom());
        assertTrue(modbus.getProtocol() != null && modbus.getProtocol().getName().contains("Modbus"));

        List<RuleDiagnostic> after = reconcile(model, log).findings(ModelValidator.Settings.of(model),
                new DesignCheck(model));
        assertTrue(after.stream().noneMatch(f -> f.ruleId().equals("ASB-01")), () -> "documented now: " + after);
        assertEquals(1, after.stream().filter(f -> f.ruleId().equals("ASB-02")).count(), "only the outsider");

        ModelEditing.commandStackFor(model).undo();
        assertEquals(assetsBefore, model.getAllAssets().size());
        assertEquals(flowsBefore, model.getFlows().size());
    }

    @Test
    void adoptMarksExactlyTheAddedHostsAndFlowsAsDiscoveredAndTheMarkSurvivesSaveAndLoad() throws Exception {
        Path modelFile = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), modelFile);
        ArchitectureModel model = ModelFiles.load(modelFile);
        assertTrue(model.getAllAssets().stream().noneMatch(Asset::isDiscovered), "a template draws, discovers nothing");
        assertTrue(model.getFlows().stream().noneMatch(Flow::isDiscovered));
        String historian = Samples.address(model, "OPS-HIST");
        String stranger = historian.substring(0, historian.lastIndexOf('.') + 1) + "177";
        Path log = Samples.write(folder, "conn.log", Samples.zeekHeader()
                + Samples.zeekLine(1709287200, Samples.address(model, "ENT-WS-01"), 50000,
                        Samples.address(model, "CTL-PLC-01"), 502, "tcp", "modbus", "-")
                + Samples.zeekLine(1709287300, historian, 40000, stranger, 502, "tcp", "modbus", "-"));
        Adoption adoption = new Adoption(model, reconcile(model, log));
        assertTrue(adoption.execute());

        java.util.Set<String> addedAssets = new java.util.HashSet<>();
        adoption.hosts().forEach(a -> addedAssets.add(a.getId()));
        java.util.Set<String> addedFlows = new java.util.HashSet<>();
        adoption.flows().forEach(f -> addedFlows.add(f.getId()));
        assertEquals(1, addedAssets.size());
        assertEquals(2, addedFlows.size());
        ModelFiles.save(model, modelFile);
        ArchitectureModel loaded = ModelFiles.load(modelFile);
        for (Asset asset : loaded.getAllAssets()) {
            assertEquals(addedAssets.contains(asset.getId()), asset.isDiscovered(), asset.getId());
        }
        for (Flow flow : loaded.getFlows()) {
            assertEquals(addedFlows.contains(flow.getId()), flow.isDiscovered(), flow.getId());
        }

        ModelEditing.commandStackFor(model).undo();
        assertTrue(model.getAllAssets().stream().noneMatch(Asset::isDiscovered), "undo takes the marks back too");
    }

    private static TrafficReconciliation reconcile(ArchitectureModel model, Path log) throws Exception {
        Sessions sessions = new Sessions();
        new TrafficReader(false).read(log, sessions, null);
        return new TrafficReconciliation(model, sessions);
    }
}
