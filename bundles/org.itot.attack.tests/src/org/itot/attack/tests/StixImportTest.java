package org.itot.attack.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.attack.AttackImport;
import org.itot.attack.BuiltInAttack;
import org.itot.attack.StixLimits;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;
import org.itot.model.ItotFactory;
import org.itot.model.edit.domain.ModelEditing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing ATT&CK for ICS v18.1 (the built-in release, as the import reads it): the real counts, relations, undo and re-pointing. */
class StixImportTest {

    @Test
    void builtInReleaseGivesTheRealCountsAndMatrixOrder() throws Exception {
        ArchitectureModel model = AttackTestModels.purdue();
        AttackImport.Summary summary = AttackTestModels.importBuiltIn(model);

        assertEquals(83, summary.techniques());
        assertEquals(95, summary.techniquesInBundle());
        assertEquals(12, summary.deprecated());
        assertEquals(52, summary.mitigations());
        assertEquals(18, summary.assets());
        assertEquals(12, summary.tactics());
        assertEquals("18.1", summary.version());
        assertEquals("18.1", model.getAttackVersion());
        assertEquals(95 + 52 + 18 + 12, model.getAttackReferences().size());

        List<String> columns = model.getAttackReferences().stream().filter(r -> r.getKind() == AttackObjectKind.TACTIC)
                .map(AttackReference::getName).toList();
        assertEquals(List.of("Initial Access", "Execution", "Persistence", "Privilege Escalation", "Evasion",
                "Discovery", "Lateral Movement", "Collection", "Command and Control", "Inhibit Response Function",
                "Impair Process Control", "Impact"), columns);
    }

    @Test
    void techniquesHaveTheirMitigationsTacticsAndTargetsAsInTheBundle() throws Exception {
        ArchitectureModel model = AttackTestModels.purdue();
        AttackTestModels.importBuiltIn(model);

        assertEquals(Set.of("M0800", "M0801", "M0804", "M0807", "M0813", "M0918", "M0927", "M0930", "M0937"),
                mitigations(model, "T0886"));
        assertEquals(Set.of("M0918", "M0927", "M0930", "M0932", "M0935", "M0936", "M0942"),
                mitigations(model, "T0822"));
        assertEquals(Set.of("M0930"), mitigations(model, "T0883"));

        AttackReference remoteServices = find(model, "T0886");
        assertEquals("Remote Services", remoteServices.getName());
        assertEquals(List.of("initial-access", "lateral-movement"),
                remoteServices.getTactics().stream().map(AttackReference::getShortName).toList());
        assertTrue(remoteServices.getTargets().stream().anyMatch(a -> a.getExternalId().equals("A0012")),
                "Remote Services targets jump hosts");
        long plcTechniques = model.getAttackReferences().stream()
                .filter(r -> r.getTargets().stream().anyMatch(a -> "A0003".equals(a.getExternalId()))).count();
        assertEquals(48, plcTechniques);
        assertTrue(find(model, "T0850").isDeprecated(), "Role Identification is deprecated in v18.1");
    }

    @Test
    void plainFileWithoutReleaseIsRecordedAsUnknownUnlessTheReleaseIsGiven(@TempDir Path folder) throws Exception {
        Path plain = AttackTestModels.bundledCopy(folder, "ics-attack.json");
        ArchitectureModel model = AttackTestModels.purdue();
        AttackImport.prepare(model, plain, StixLimits.DEFAULT, null).execute();
        assertTrue(model.getAttackVersion().startsWith("unknown (no x-mitre-collection in the bundle, objects modified "
                + "up to 2025-"), model.getAttackVersion());
        AttackImport.prepare(model, plain, StixLimits.DEFAULT, "18.1").execute();
        assertEquals("18.1", model.getAttackVersion());
        Path named = AttackTestModels.bundledCopy(folder, "ics-attack-18.1.json");
        AttackImport.prepare(model, named, StixLimits.DEFAULT, null).execute();
        assertEquals("18.1", model.getAttackVersion(), "MITRE's file name names the release");
    }

    @Test
    void importIsOneUndoableCommandThatReplacesThePreviousData() throws Exception {
        ArchitectureModel model = AttackTestModels.purdue();
        AttackReference old = ItotFactory.eINSTANCE.createAttackReference();
        old.setKind(AttackObjectKind.ASSET);
        old.setExternalId("A0003");
        old.setName("PLC (hand-entered)");
        model.getAttackReferences().add(old);
        Asset plc = model.getAllAssets().stream().filter(a -> a.getType() == AssetType.PLC).findFirst().orElseThrow();
        plc.setAttackAsset(old);
        ArchitectureModel before = EcoreUtil.copy(model);
        CommandStack stack = ModelEditing.domainFor(model).getCommandStack();

        AttackImport.Summary summary = AttackTestModels.importBuiltIn(model);

        assertEquals(1, summary.assetsRepointed());
        assertNotNull(plc.getAttackAsset());
        assertEquals("Programmable Logic Controller (PLC)", plc.getAttackAsset().getName());
        assertSame(model, plc.getAttackAsset().eContainer(), "re-pointed to the imported asset in the model");
        assertFalse(model.getAttackReferences().contains(old));
        assertTrue(stack.canUndo());

        stack.undo();
        assertTrue(EcoreUtil.equals(before, model), "undo restores the model exactly");
        assertSame(old, plc.getAttackAsset());
        assertFalse(stack.canUndo());

        stack.redo();
        assertEquals(177, model.getAttackReferences().size());
        assertEquals("A0003", plc.getAttackAsset().getExternalId());
        assertSame(model, plc.getAttackAsset().eContainer());
    }

    @Test
    void builtInDataKnowsEveryIdTheRulesCiteWithTheBundlesNames() throws Exception {
        Set<String> cited = new TreeSet<>();
        org.itot.validation.rules.Catalogue.builtIn().forEach(pack -> pack.definitions()
                .forEach(rule -> cited.addAll(rule.attackIds())));
        assertTrue(cited.size() > 40, cited.toString());
        BuiltInAttack builtIn = BuiltInAttack.get();
        ArchitectureModel model = AttackTestModels.purdue();
        AttackTestModels.importBuiltIn(model);
        for (String id : cited) {
            assertTrue(builtIn.find(id).isPresent(), id + " is cited by a rule but not built in");
            assertEquals(find(model, id).getName(), builtIn.find(id).get().name(), id);
        }
        assertEquals(12, builtIn.all(AttackObjectKind.TACTIC).size());
        assertEquals(18, builtIn.all(AttackObjectKind.ASSET).size());
        assertEquals("T0883 Internet Accessible Device", BuiltInAttack.name(null, "T0883"));
        assertEquals("T9999", BuiltInAttack.name(null, "T9999"));
    }

    static AttackReference find(ArchitectureModel model, String id) {
        return model.getAttackReferences().stream().filter(r -> id.equals(r.getExternalId())).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not imported"));
    }

    private static Set<String> mitigations(ArchitectureModel model, String technique) {
        return find(model, technique).getMitigatedBy().stream().map(AttackReference::getExternalId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
