package org.itot.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.merge.MergeConflict;
import org.itot.merge.MergeInputException;
import org.itot.merge.MergeResult;
import org.itot.merge.ModelMerge;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three-way merges of edited copies of the Purdue template: what combines, what conflicts, and that it loads. */
class ModelMergeTest {

    private static final String WORKSTATION = "ENT-WS-01";

    @TempDir
    Path folder;

    private ArchitectureModel base;
    private ArchitectureModel ours;
    private ArchitectureModel theirs;

    @BeforeEach
    void copies() {
        base = ModelTemplates.create(ModelTemplates.PURDUE);
        ours = EcoreUtil.copy(base);
        theirs = EcoreUtil.copy(base);
    }

    private MergeResult merge() throws Exception {
        MergeResult result = ModelMerge.merge(base, ours, theirs);
        assertLoadsAndIsWhole(result.merged());
        return result;
    }

    /** Saved and read back without error or warning, and every reference inside the model with its multiplicity. */
    private void assertLoadsAndIsWhole(ArchitectureModel merged) throws Exception {
        Path file = folder.resolve("merged-" + System.nanoTime() + ".itot");
        ModelFiles.save(merged, file);
        ArchitectureModel reloaded = ModelFiles.load(file);
        assertEquals(List.of(), ModelFiles.warnings(reloaded));
        EObjectValidator structure = new EObjectValidator();
        BasicDiagnostic problems = new BasicDiagnostic();
        for (Iterator<EObject> contents = EcoreUtil.getAllContents(List.of(reloaded)); contents.hasNext();) {
            structure.validate(contents.next(), problems, new java.util.HashMap<Object, Object>());
        }
        assertTrue(problems.getSeverity() < Diagnostic.ERROR, () -> problems.getChildren().stream()
                .map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
    }

    private static <T extends ModelElement> T element(ArchitectureModel model, String id, Class<T> type) {
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && id.equals(element.getId())) {
                return type.cast(element);
            }
        }
        return null;
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return element(model, id, Asset.class);
    }

    private static Zone zone(ArchitectureModel model, String id) {
        return element(model, id, Zone.class);
    }

    private static Asset newAsset(Zone zone, String id) {
        Asset asset = ItotFactory.eINSTANCE.createAsset();
        asset.setId(id);
        asset.setName(id + " name");
        asset.setType(AssetType.WORKSTATION);
        zone.getAssets().add(asset);
        return asset;
    }

    @Test
    void aRenameAndAFirmwareUpdateOfOneElementCombine() throws Exception {
        asset(ours, WORKSTATION).setName("Office workstation 1 (finance)");
        asset(theirs, WORKSTATION).setFirmware("Windows 11 24H2");

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts()::toString);
        Asset merged = asset(result.merged(), WORKSTATION);
        assertEquals("Office workstation 1 (finance)", merged.getName());
        assertEquals("Windows 11 24H2", merged.getFirmware());
        assertEquals(1, result.theirsApplied());
    }

    @Test
    void oneFeatureChangedDifferentlyIsAConflictThatKeepsOurs() throws Exception {
        asset(ours, WORKSTATION).setName("Finance PC");
        asset(theirs, WORKSTATION).setName("HR PC");
        asset(theirs, WORKSTATION).setVendor("Dell");

        MergeResult result = merge();

        assertEquals(List.of(new MergeConflict(WORKSTATION, "Asset", "Finance PC", "name", "Office workstation 1",
                "Finance PC", "HR PC", "ours")), result.conflicts());
        assertEquals("Finance PC", asset(result.merged(), WORKSTATION).getName());
        assertEquals("Dell", asset(result.merged(), WORKSTATION).getVendor(), "the other change still combines");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() throws Exception {
        asset(ours, WORKSTATION).setName("Finance PC");
        asset(theirs, WORKSTATION).setName("Finance PC");

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts()::toString);
        assertEquals("Finance PC", asset(result.merged(), WORKSTATION).getName());
    }

    @Test
    void addsAndDeletesOnBothSidesCombine() throws Exception {
        newAsset(zone(ours, "Z-ENT"), "ENT-NEW-OURS");
        newAsset(zone(theirs, "Z-OPS"), "OPS-NEW-THEIRS");
        EcoreUtil.delete(asset(theirs, "ENT-WS-02"), true);
        int before = base.getAllAssets().size();

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts()::toString);
        ArchitectureModel merged = result.merged();
        assertEquals("Z-ENT", ((Zone) asset(merged, "ENT-NEW-OURS").eContainer()).getId());
        assertEquals("Z-OPS", ((Zone) asset(merged, "OPS-NEW-THEIRS").eContainer()).getId());
        assertNull(asset(merged, "ENT-WS-02"));
        assertEquals(before + 1, merged.getAllAssets().size());
    }

    @Test
    void aMoveToAnotherZoneCombinesWithAChangeOfTheMovedElement() throws Exception {
        zone(ours, "Z-OPS").getAssets().add(asset(ours, WORKSTATION));
        asset(theirs, WORKSTATION).setFirmware("patched");

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts()::toString);
        Asset moved = asset(result.merged(), WORKSTATION);
        assertEquals("Z-OPS", ((Zone) moved.eContainer()).getId());
        assertEquals("patched", moved.getFirmware());
        assertNull(zone(result.merged(), "Z-ENT").getAssets().stream().filter(a -> a == moved).findAny()
                .orElse(null));
    }

    @Test
    void movesToDifferentZonesConflict() throws Exception {
        zone(ours, "Z-OPS").getAssets().add(asset(ours, WORKSTATION));
        zone(theirs, "Z-IDMZ").getAssets().add(asset(theirs, WORKSTATION));

        MergeResult result = merge();

        assertEquals(1, result.conflicts().size(), result.conflicts()::toString);
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("(container)", conflict.feature());
        assertEquals("Z-ENT.assets", conflict.base());
        assertEquals("Z-OPS.assets", conflict.ours());
        assertEquals("Z-IDMZ.assets", conflict.theirs());
        assertEquals("Z-OPS", ((Zone) asset(result.merged(), WORKSTATION).eContainer()).getId());
    }

    @Test
    void anElementTheyDeletedThatWeNowReferToIsKeptAsAConflict() throws Exception {
        EcoreUtil.delete(asset(theirs, WORKSTATION), true);
        Flow flow = ItotFactory.eINSTANCE.createFlow();
        flow.setId("F-NEW");
        flow.setSource(asset(ours, WORKSTATION));
        flow.setTarget(asset(ours, "ENT-WS-02"));
        ours.getFlows().add(flow);

        MergeResult result = merge();

        MergeConflict conflict = result.conflicts().stream().filter(c -> c.elementId().equals(WORKSTATION))
                .findFirst().orElseThrow(() -> new AssertionError(result.conflicts().toString()));
        assertEquals("(element)", conflict.feature());
        assertEquals("(deleted)", conflict.theirs());
        assertTrue(conflict.resolution().startsWith("kept: referenced by Flow F-NEW"), conflict.resolution());
        Flow merged = element(result.merged(), "F-NEW", Flow.class);
        assertEquals(asset(result.merged(), WORKSTATION), merged.getSource(), "no dangling reference");
    }

    @Test
    void anElementWeDeletedThatTheyChangedIsAConflictAndStaysDeleted() throws Exception {
        EcoreUtil.delete(asset(ours, "ENT-WS-02"), true);
        asset(theirs, "ENT-WS-02").setFirmware("patched");

        MergeResult result = merge();

        assertEquals(1, result.conflicts().size(), result.conflicts()::toString);
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("ENT-WS-02", conflict.elementId());
        assertEquals("(deleted)", conflict.ours());
        assertEquals("changed firmware", conflict.theirs());
        assertEquals("ours: deleted", conflict.resolution());
        assertNull(asset(result.merged(), "ENT-WS-02"));
    }

    @Test
    void aZoneWeDeletedIsKeptWhenTheyAddedAnAssetToIt() throws Exception {
        Zone deleted = zone(ours, "Z-CLOUD");
        // as the editor deletes a zone: with the conduits to it
        List.copyOf(ours.getConduits()).stream().filter(c -> c.getZones().contains(deleted))
                .forEach(c -> EcoreUtil.delete(c, true));
        EcoreUtil.delete(deleted, true);
        newAsset(zone(theirs, "Z-CLOUD"), "CLOUD-NEW");

        MergeResult result = merge();

        assertTrue(result.conflicts().stream().anyMatch(c -> c.elementId().equals("Z-CLOUD")
                && c.resolution().startsWith("kept: holds Asset CLOUD-NEW")), result.conflicts()::toString);
        assertEquals("Z-CLOUD", ((Zone) asset(result.merged(), "CLOUD-NEW").eContainer()).getId());
    }

    @Test
    void additionsAndRemovalsOfOneReferenceListOnBothSidesCombine() throws Exception {
        Conduit conduit = base.getConduits().stream().filter(c -> !c.getEnforcedBy().isEmpty()).findFirst()
                .orElseThrow();
        String removed = conduit.getEnforcedBy().get(0).getId();
        element(ours, conduit.getId(), Conduit.class).getEnforcedBy().add(asset(ours, WORKSTATION));
        element(theirs, conduit.getId(), Conduit.class).getEnforcedBy().remove(asset(theirs, removed));
        element(theirs, conduit.getId(), Conduit.class).getMonitoredBy().add(asset(theirs, "ENT-WS-02"));

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts()::toString);
        List<String> enforcers = element(result.merged(), conduit.getId(), Conduit.class).getEnforcedBy().stream()
                .map(Asset::getId).toList();
        assertTrue(enforcers.contains(WORKSTATION), enforcers::toString);
        assertFalse(enforcers.contains(removed), enforcers::toString);
        assertEquals(conduit.getEnforcedBy().size(), enforcers.size());
        assertTrue(element(result.merged(), conduit.getId(), Conduit.class).getMonitoredBy().stream()
                .anyMatch(a -> a.getId().equals("ENT-WS-02")));
    }

    private static Asset withRules(ArchitectureModel model) {
        return model.getAllAssets().stream().filter(a -> a.getFirewallRules().size() >= 3).findFirst()
                .orElseThrow(() -> new AssertionError("the template has a firewall with three rules"));
    }

    @Test
    void aRuleSetReorderedByThemCombinesWithOurChangeOfARule() throws Exception {
        String firewall = withRules(base).getId();
        org.eclipse.emf.common.util.EList<FirewallRule> theirRules = asset(theirs, firewall).getFirewallRules();
        theirRules.move(0, theirRules.size() - 1);
        List<String> theirOrder = theirRules.stream().map(FirewallRule::getId).toList();
        FirewallRule ourRule = asset(ours, firewall).getFirewallRules().get(1);
        ourRule.setAction(ourRule.getAction() == RuleAction.ALLOW ? RuleAction.DENY : RuleAction.ALLOW);

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts()::toString);
        List<FirewallRule> merged = asset(result.merged(), firewall).getFirewallRules();
        assertEquals(theirOrder, merged.stream().map(FirewallRule::getId).toList());
        assertEquals(ourRule.getAction(), element(result.merged(), ourRule.getId(), FirewallRule.class).getAction());
    }

    @Test
    void aRuleSetReorderedDifferentlyOnBothSidesIsAnOrderConflict() throws Exception {
        String firewall = withRules(base).getId();
        asset(ours, firewall).getFirewallRules().move(0, 1);
        org.eclipse.emf.common.util.EList<FirewallRule> theirRules = asset(theirs, firewall).getFirewallRules();
        theirRules.move(0, theirRules.size() - 1);
        List<String> ourOrder = asset(ours, firewall).getFirewallRules().stream().map(FirewallRule::getId).toList();

        MergeResult result = merge();

        assertEquals(List.of("firewallRules (order)"), result.conflicts().stream().map(MergeConflict::feature)
                .toList());
        assertEquals(ourOrder, asset(result.merged(), firewall).getFirewallRules().stream()
                .map(FirewallRule::getId).toList());
    }

    private static NodeView view(ArchitectureModel model, String elementId) {
        Diagram diagram = model.getDiagrams().get(0);
        for (Iterator<EObject> contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view && view.getElement() != null
                    && elementId.equals(view.getElement().getId())) {
                return view;
            }
        }
        throw new AssertionError("no view of " + elementId);
    }

    @Test
    void diagramChangesOnOneSideAreTakenAndOnBothEachViewKeepsTheSideThatMovedIt() throws Exception {
        int x = view(base, "Z-ENT").getX();
        int y = view(base, "Z-OPS").getY();
        view(ours, "Z-ENT").setX(x + 40);
        MergeResult oneSide = merge();
        assertTrue(oneSide.clean());
        assertEquals(x + 40, view(oneSide.merged(), "Z-ENT").getX());
        assertEquals(List.of(), oneSide.notes());

        view(theirs, "Z-OPS").setY(y + 25);
        view(ours, "Z-IDMZ").setWidth(view(base, "Z-IDMZ").getWidth() + 10);
        view(theirs, "Z-IDMZ").setWidth(view(base, "Z-IDMZ").getWidth() + 30);
        MergeResult both = merge();

        assertTrue(both.clean(), "positions are no conflict");
        assertEquals(x + 40, view(both.merged(), "Z-ENT").getX(), "our move");
        assertEquals(y + 25, view(both.merged(), "Z-OPS").getY(), "their move");
        assertEquals(view(base, "Z-IDMZ").getWidth() + 30, view(both.merged(), "Z-IDMZ").getWidth(),
                "both resized: theirs, the later writer");
        assertEquals(1, both.notes().size(), both.notes()::toString);
        assertTrue(both.notes().get(0).startsWith("Diagram D-OVERVIEW 'Purdue overview': both sides moved or "
                + "resized views"), both.notes().get(0));
    }

    @Test
    void diagramsWhoseViewsChangedOtherwiseOnBothSidesTakeTheirsWhole() throws Exception {
        int x = view(base, "Z-ENT").getX();
        view(ours, "Z-ENT").setX(x + 40);
        theirs.getDiagrams().get(0).getNodes().add(ItotFactory.eINSTANCE.createNoteView());

        MergeResult result = merge();

        assertTrue(result.clean());
        assertEquals(x, view(result.merged(), "Z-ENT").getX(), "theirs taken whole");
        assertEquals(base.getDiagrams().get(0).getNodes().size() + 1,
                result.merged().getDiagrams().get(0).getNodes().size());
        assertTrue(result.notes().get(0).contains("not only their positions"), result.notes()::toString);
    }

    @Test
    void aViewWeAddedOfAnElementTheyDeletedIsDroppedWithANote() throws Exception {
        String protocol = base.getProtocols().get(0).getId();
        NodeView added = ItotFactory.eINSTANCE.createNodeView();
        added.setElement(element(ours, protocol, ModelElement.class));
        ours.getDiagrams().get(0).getNodes().add(added);
        EcoreUtil.delete(element(theirs, protocol, ModelElement.class), true);

        MergeResult result = merge();

        assertTrue(result.clean(), result.conflicts()::toString);
        assertNull(element(result.merged(), protocol, ModelElement.class));
        assertEquals(base.getDiagrams().get(0).getNodes().size(), result.merged().getDiagrams().get(0).getNodes()
                .size(), "our added view went with its element");
        assertEquals(1, result.notes().size(), result.notes()::toString);
        assertTrue(result.notes().get(0).contains("dropped a NodeView whose element"), result.notes().get(0));
    }

    @Test
    void modelsWithDifferentIdsAreNotMerged() {
        theirs.setId("another-plant");
        MergeInputException refused = assertThrows(MergeInputException.class,
                () -> ModelMerge.merge(base, ours, theirs));
        assertTrue(refused.getMessage().contains("'another-plant'"), refused.getMessage());
    }

    @Test
    void aDuplicatedIdIsNotMerged() {
        asset(ours, "ENT-WS-02").setId(WORKSTATION);
        MergeInputException refused = assertThrows(MergeInputException.class,
                () -> ModelMerge.merge(base, ours, theirs));
        assertTrue(refused.getMessage().startsWith("ours has two elements with the id 'ENT-WS-01'"),
                refused.getMessage());
    }
}
