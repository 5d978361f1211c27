package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelFormat;
import org.itot.model.resource.ModelLoadException;
import org.itot.model.resource.ModelSizeEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class and feature survives a save and load; files are byte-stable and diff line by line. */
class ModelFileRoundTripTest {

    /** EMF's UUIDs: an underscore and 22 characters of URL-safe Base64. */
    private static final Pattern UUID_ID = Pattern.compile("_[A-Za-z0-9_-]{22}");

    @TempDir
    Path folder;

    @Test
    void everyClassAttributeAndReferenceSurvivesARoundTrip() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        EveryFeatureModel.assertCoversTheMetamodel(model);
        Path file = folder.resolve("every.itot");

        ModelFiles.save(model, file);
        ArchitectureModel loaded = ModelFiles.load(file);

        assertTrue(EcoreUtil.equals(model, loaded), () -> "loaded model differs: " + firstDifference(model, loaded));
        EveryFeatureModel.assertCoversTheMetamodel(loaded);
    }

    @Test
    void everyObjectKeepsItsUuidAcrossSaveAndLoad() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        Path file = folder.resolve("ids.itot");
        ModelFiles.save(model, file);

        List<EObject> saved = EveryFeatureModel.allObjects(model);
        List<EObject> loaded = EveryFeatureModel.allObjects(ModelFiles.load(file));
        assertEquals(saved.size(), loaded.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < saved.size(); i++) {
            EObject object = saved.get(i);
            String id = idOf(object);
            assertNotNull(id, () -> "no xmi:id on " + object.eClass().getName());
            assertTrue(UUID_ID.matcher(id).matches(), () -> "not a UUID: " + id);
            assertTrue(ids.add(id), () -> "duplicate id " + id);
            assertEquals(id, idOf(loaded.get(i)));
        }
        // The human id is a separate attribute, written next to the xmi:id.
        Asset asset = ((ArchitectureModel) loaded.get(0)).getAllAssets().get(0);
        assertNotEquals(asset.getId(), idOf(asset));
        String line = lineContaining(file, "xmi:id=\"" + idOf(asset) + "\"");
        assertTrue(line.contains(" id=\"" + escapedStart(asset.getId())), line);
    }

    @Test
    void newObjectsGetAUuidWhenAttached() throws Exception {
        ArchitectureModel model = ModelFiles.load(saved(EveryFeatureModel.build(), "attach.itot"));
        Asset asset = ItotFactory.eINSTANCE.createAsset();
        model.getZones().get(0).getAssets().add(asset);
        assertTrue(UUID_ID.matcher(idOf(asset)).matches(), idOf(asset));
    }

    @Test
    void anObjectRemovedAndAddedAgainKeepsItsUuid() throws Exception {
        ArchitectureModel model = ModelFiles.load(saved(EveryFeatureModel.build(), "undo.itot"));
        Asset asset = model.getAllAssets().get(0);
        String id = idOf(asset);
        List<Asset> assets = model.getZones().get(0).getAssets();
        int index = assets.indexOf(asset);
        assets.remove(asset);
        assets.add(index, asset);
        assertEquals(id, idOf(asset), "undoing a delete must not give the element a new identity");
    }

    @Test
    void referencesAreWrittenAsTheTargetsUuid() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        Path file = saved(model, "refs.itot");
        Flow flow = model.getFlows().get(0);
        String line = lineContaining(file, "xmi:id=\"" + idOf(flow) + "\"");
        assertTrue(line.contains(" target=\"" + idOf(flow.getTarget()) + "\""), line);
    }

    @Test
    void savingTheSameModelTwiceGivesIdenticalBytes() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        byte[] first = Files.readAllBytes(saved(model, "twice.itot"));
        byte[] second = Files.readAllBytes(saved(model, "twice.itot"));
        assertArrayEquals(first, second);
    }

    @Test
    void aLoadedModelSavesToIdenticalBytes() throws Exception {
        Path original = saved(EveryFeatureModel.build(), "original.itot");
        Path again = saved(ModelFiles.load(original), "again.itot");
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(again));
    }

    @Test
    void bytesDoNotDependOnTheTimeZoneOfTheMachine() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] utc = Files.readAllBytes(saved(model, "utc.itot"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            byte[] kolkata = Files.readAllBytes(saved(model, "kolkata.itot"));
            assertArrayEquals(utc, kolkata);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void changingOneAttributeChangesExactlyOneLine() throws Exception {
        Path file = saved(EveryFeatureModel.build(), "diff.itot");
        List<String> before = Files.readAllLines(file);
        ArchitectureModel model = ModelFiles.load(file);
        model.getAllAssets().get(1).setVendor("Changed Vendor Ltd");
        ModelFiles.save(model, file);

        List<String> changed = changedLines(before, Files.readAllLines(file));
        assertEquals(1, changed.size(), () -> "changed lines: " + changed);
        assertTrue(changed.get(0).contains("vendor=\"Changed Vendor Ltd\""), changed.get(0));
    }

    @Test
    void changingOneReferenceChangesExactlyOneLine() throws Exception {
        Path file = saved(EveryFeatureModel.build(), "diff-ref.itot");
        List<String> before = Files.readAllLines(file);
        ArchitectureModel model = ModelFiles.load(file);
        Flow flow = model.getFlows().get(0);
        Asset other = model.getAllAssets().stream().filter(a -> a != flow.getTarget()).findFirst().orElseThrow();
        flow.setTarget(other);
        ModelFiles.save(model, file);

        List<String> changed = changedLines(before, Files.readAllLines(file));
        assertEquals(1, changed.size(), () -> "changed lines: " + changed);
        assertTrue(changed.get(0).contains(" target=\"" + idOf(other) + "\""), changed.get(0));
    }

    @Test
    void theFileIsUtf8XmiWithTheCurrentFormatVersionAndUnixLineEnds() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        model.setFormatVersion("0.1");
        Path file = saved(model, "format.itot");
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<itot:ArchitectureModel xmi:version=\"2.0\""),
                text.substring(0, 120));
        assertTrue(lineContaining(file, "<itot:ArchitectureModel").contains("formatVersion=\"" + ModelFormat.CURRENT + "\""));
        assertEquals(ModelFormat.CURRENT, model.getFormatVersion());
        assertTrue(text.contains("Grüße €"), "non-ASCII text is written as UTF-8, not as character references");
        assertTrue(!text.contains("\r"), "line ends are \\n on every platform");
        assertTrue(text.contains("<diagrams "), "diagrams live in the same file as the model");
    }

    @Test
    void saveGivesAModelWithoutResourceAnItotResourceAndLeavesItUnmodified() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        Path file = saved(model, "fresh.itot");
        Resource resource = model.eResource();
        assertNotNull(resource);
        assertEquals(URI.createFileURI(file.toAbsolutePath().toString()), resource.getURI());
        assertTrue(!resource.isModified());
        assertNotNull(resource.getResourceSet(), "an editing domain can adopt the resource set");
    }

    @Test
    void theShippedSampleLoads() throws ModelLoadException {
        ArchitectureModel model = ModelFiles.load(repositoryFile("features/org.itot.ui.feature/rootfiles/samples/water-treatment.itot"));
        assertEquals("Riverside water treatment plant", model.getName());
        assertTrue(model.getAllAssets().size() > 5);
    }

    @Test
    void standaloneSetupRegistersTheFactoryAndIsIdempotent() {
        ItotModelSetup.init();
        ItotModelSetup.init();
        Resource.Factory factory = Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/tmp/x.itot"));
        assertInstanceOf(ItotResourceFactory.class, factory);
        assertSame(factory, Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/tmp/y.itot")));
    }

    /** Tests run somewhere below the repository (the bundle folder or its target/work). */
    private static Path repositoryFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * Imports refuse what would make a model file too large to open again, from this estimate: it
     * must never be below the real size (or a refused file could result), and near enough to it that
     * ordinary imports pass.
     */
    @Test
    void sizeEstimateIsAboveTheFileSizeAndClose() throws Exception {
        ArchitectureModel everyFeature = EveryFeatureModel.build();
        everyFeature.setDescription("P&ID <\"rev\"> \u00e9\u4e2d\ud83d\ude00 \n line".repeat(2_000));
        for (ArchitectureModel model : List.of(everyFeature, LargeModel.build(2_000))) {
            long estimate = ModelSizeEstimate.of(model);
            long size = Files.size(saved(model, "estimate-" + model.getAllAssets().size() + ".itot"));
            assertTrue(estimate >= size, "estimate " + estimate + " below the file's " + size + " bytes");
            assertTrue(estimate <= size * 2, "estimate " + estimate + " far above the file's " + size + " bytes");
        }
    }

    private Path saved(ArchitectureModel model, String name) throws IOException {
        Path file = folder.resolve(name);
        ModelFiles.save(model, file);
        return file;
    }

    static String idOf(EObject object) {
        return ((XMLResource) object.eResource()).getID(object);
    }

    private static String lineContaining(Path file, String text) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains " + text));
    }

    /** The part of a generated value before its first character XML escapes. */
    private static String escapedStart(String value) {
        return value.substring(0, value.indexOf('<'));
    }

    /** Lines that differ at the same position; a diff of a file whose line count did not change. */
    private static List<String> changedLines(List<String> before, List<String> after) {
        assertEquals(before.size(), after.size(), "the number of lines changed");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(after.get(i));
            }
        }
        return changed;
    }

    /** Names the first feature that differs, so a failure says what the file lost. */
    private static String firstDifference(EObject saved, EObject loaded) {
        List<EObject> left = EveryFeatureModel.allObjects(saved);
        List<EObject> right = EveryFeatureModel.allObjects(loaded);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            EObject a = left.get(i);
            EObject b = right.get(i);
            if (a.eClass() != b.eClass()) {
                return "object " + i + " is a " + a.eClass().getName() + " but loaded as " + b.eClass().getName();
            }
            for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
                Object expected = render(a.eGet(feature));
                Object actual = render(b.eGet(feature));
                if (!Objects.equals(expected, actual)) {
                    return a.eClass().getName() + "." + feature.getName() + ": saved " + expected + ", loaded " + actual;
                }
            }
        }
        return "object counts " + left.size() + " vs " + right.size();
    }

    /** Values compare directly, objects by their xmi:id. */
    private static Object render(Object value) {
        if (value instanceof EObject object) {
            return idOf(object);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModelFileRoundTripTest::render).toList();
        }
        return value;
    }
}
