package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.Zone;
import org.itot.model.template.SyntheticPlant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ModelFiles#load} takes shortcuts for speed (id maps sized from the file, the element-to-id map keyed by
 * identity, a human id's position kept only when it clashes); EMF's own XMI loader, given the same file with no
 * option, is the reference it must agree with: the same elements, attributes and references, and every element with
 * the {@code xmi:id} the file gives it.
 */
class LoadPathEquivalenceTest {

    /**
     * A file as ITOT Architect 1.0 wrote it (before issue 16), with references forwards (a patch source and a log
     * target further down the file) and backwards.
     */
    private static final String FORMAT_1_0 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <itot:ArchitectureModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:itot="%s" xmi:id="root" formatVersion="1.0" name="Old plant">
              <zones xmi:id="z-ctl" id="Z-CTL" name="Control" kind="supervisory" purdueLevel="2">
                <assets xmi:id="a-scada" id="SCADA" name="SCADA" type="controlServer" patchSource="a-wsus" logsTo="a-hist"/>
                <assets xmi:id="a-fw" id="FW-SIS" name="FW-SIS" type="firewall"/>
                <subZones xmi:id="z-dmz" id="Z-DMZ" name="DMZ" kind="idmz" purdueLevel="3.5">
                  <assets xmi:id="a-wsus" id="WSUS" name="WSUS" type="patchServer"/>
                  <assets xmi:id="a-hist" id="HIST" name="Historian" type="dataHistorian"/>
                </subZones>
              </zones>
              <zones xmi:id="z-field" id="Z-FIELD" name="Field" kind="basicControl" purdueLevel="1">
                <assets xmi:id="a-rtu" id="RTU" name="RTU" type="rtu"/>
              </zones>
              <conduits xmi:id="c-serial" id="C-SERIAL" name="Serial line" zones="z-ctl z-field" medium="serial"/>
              <conduits xmi:id="c-dmz" id="C-DMZ" name="DMZ conduit" zones="z-ctl z-dmz" enforcedBy="a-fw"/>
              <flows xmi:id="f-poll" id="F-POLL" name="Poll" source="a-scada" target="a-rtu"/>
              <flows xmi:id="f-patch" id="F-PATCH" name="Patches" source="a-wsus" target="a-scada"/>
            </itot:ArchitectureModel>
            """.formatted(ItotPackage.eNS_URI);

    @TempDir
    Path folder;

    @BeforeAll
    static void setUp() {
        ItotModelSetup.init();
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("synthetic plant, 300 assets", (Supplier<ArchitectureModel>) () -> SyntheticPlant.generate(300, 1)),
                Arguments.of("synthetic plant, 40 assets, other seed",
                        (Supplier<ArchitectureModel>) () -> SyntheticPlant.generate(40, 7)),
                Arguments.of("every class and feature", (Supplier<ArchitectureModel>) EveryFeatureModel::build));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void loadsWhatEmfsOwnLoaderReadsFromTheSameFile(String name, Supplier<ArchitectureModel> model) throws Exception {
        Path file = folder.resolve("model.itot");
        ModelFiles.save(model.get(), file);

        assertSameAsPlainEmf(file, ModelFiles.load(file));
    }

    @Test
    void aFormat10FileLoadsAsEmfsOwnLoaderReadsIt() throws Exception {
        Path file = folder.resolve("old.itot");
        Files.writeString(file, FORMAT_1_0, StandardCharsets.UTF_8);

        ArchitectureModel loaded = ModelFiles.load(file);

        assertSameAsPlainEmf(file, loaded);
        assertEquals("WSUS", loaded.getZones().get(0).getAssets().get(0).getPatchSource().getId());
    }

    /**
     * A hand-written file may leave out xmi:ids: EMF gives such an element a new UUID when the loader attaches it,
     * while elements read with an id keep theirs (the loader skips EMF's attach work for those).
     */
    @Test
    void elementsWithoutAnXmiIdGetAUniqueOneAndTheOthersKeepTheirs() throws Exception {
        Path file = folder.resolve("hand-written.itot");
        Files.writeString(file, FORMAT_1_0.replace(" xmi:id=\"root\"", "").replace(" xmi:id=\"c-serial\"", "")
                .replace(" xmi:id=\"f-poll\"", ""), StandardCharsets.UTF_8);

        ArchitectureModel loaded = ModelFiles.load(file);

        XMLResource ours = (XMLResource) loaded.eResource();
        Set<String> ids = new HashSet<>();
        for (EObject element : allObjects(loaded)) {
            String id = ours.getID(element);
            assertNotNull(id, () -> "no xmi:id on " + element);
            assertTrue(ids.add(id), () -> "xmi:id " + id + " given twice");
            assertEquals(element, ours.getEObject(id), "element found by its xmi:id " + id);
        }
        assertEquals("a-scada", ours.getID(loaded.getZones().get(0).getAssets().get(0)));
        assertEquals("FW-SIS", loaded.getConduits().get(1).getEnforcedBy().get(0).getId());
        assertEquals("RTU", loaded.getFlows().get(0).getTarget().getId(), "a reference from an element without an id");
    }

    /** After the load, the id maps follow edits: a removed element is no longer found, an added one is. */
    @Test
    void theIdMapsFollowEditsAfterTheLoad() throws Exception {
        Path file = folder.resolve("model.itot");
        ModelFiles.save(SyntheticPlant.generate(40, 1), file);
        ArchitectureModel loaded = ModelFiles.load(file);
        XMLResource ours = (XMLResource) loaded.eResource();
        EObject flow = loaded.getFlows().get(3);
        String flowId = ours.getID(flow);

        EcoreUtil.remove(flow);
        Zone zone = ItotFactory.eINSTANCE.createZone();
        loaded.getZones().add(zone);

        assertNull(ours.getEObject(flowId), "a removed element is not found by its old id");
        assertNotNull(ours.getID(zone), "an added element gets an id");
        assertEquals(zone, ours.getEObject(ours.getID(zone)));
        loaded.getFlows().add((Flow) flow);
        assertEquals(flowId, ours.getID(flow), "an element added again keeps its id");
        assertEquals(flow, ours.getEObject(flowId));
    }

    /** The element-to-id map behind a save is the one the load filled: a loaded model saves to the same bytes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aLoadedModelSavesToTheSameBytes(String name, Supplier<ArchitectureModel> model) throws Exception {
        Path file = folder.resolve("model.itot");
        ModelFiles.save(model.get(), file);
        byte[] saved = Files.readAllBytes(file);

        ModelFiles.save(ModelFiles.load(file), file);

        assertArrayEquals(saved, Files.readAllBytes(file));
    }

    private static void assertSameAsPlainEmf(Path file, ArchitectureModel loaded) throws Exception {
        XMIResourceImpl plain = new XMIResourceImpl(URI.createFileURI(file.toString()));
        new ResourceSetImpl().getResources().add(plain);
        plain.load(Map.of());
        assertTrue(plain.getErrors().isEmpty(), () -> "EMF's loader reports " + plain.getErrors());
        EObject reference = plain.getContents().get(0);

        assertTrue(EcoreUtil.equals(reference, loaded), "the model differs from what EMF's own loader reads");
        List<EObject> expected = allObjects(reference);
        List<EObject> actual = allObjects(loaded);
        assertEquals(expected.size(), actual.size(), "number of elements");
        XMLResource ours = (XMLResource) loaded.eResource();
        for (int i = 0; i < expected.size(); i++) {
            String id = plain.getID(expected.get(i));
            assertNotNull(id, "the file gives every element an xmi:id");
            assertEquals(id, ours.getID(actual.get(i)), "xmi:id of element " + i);
            assertEquals(actual.get(i), ours.getEObject(id), "element found by its xmi:id " + id);
        }
    }

    private static List<EObject> allObjects(EObject root) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            objects.add(contents.next());
        }
        return objects;
    }
}
