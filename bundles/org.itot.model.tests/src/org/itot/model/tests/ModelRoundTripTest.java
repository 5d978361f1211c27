package org.itot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EMF package is registered in OSGi and a model survives a save/load cycle unchanged. */
class ModelRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void packageIsRegisteredThroughThePluginExtension() {
        assertEquals(ItotPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ItotPackage.eNS_URI));
    }

    @Test
    void savedModelLoadsBackEqual() throws IOException {
        ArchitectureModel model = sampleModel();
        Path file = folder.resolve("plant.itot");

        ResourceSet saveSet = new ResourceSetImpl();
        Resource out = saveSet.createResource(URI.createFileURI(file.toString()));
        out.getContents().add(model);
        out.save(null);
        assertTrue(Files.readString(file).contains(" xmi:id=\"_"),
                "the plugin.xml registration gives *.itot files the ITOT resource with UUIDs");

        Resource in = new ResourceSetImpl().getResource(URI.createFileURI(file.toString()), true);
        ArchitectureModel loaded = (ArchitectureModel) in.getContents().get(0);
        assertTrue(EcoreUtil.equals(model, loaded), "loaded model differs from the saved one");
        assertEquals(PurdueLevel.LEVEL_35, loaded.getZones().get(1).getPurdueLevel());
        assertEquals("PLC-01", loaded.getZones().get(2).getAssets().get(0).getId());
    }

    @Test
    void modelFileWithDoctypeIsRefused() throws IOException {
        // An external entity would leak a local file into the model if the parser resolved it.
        Path secret = Files.writeString(folder.resolve("secret.txt"), "leaked");
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<itot:ArchitectureModel xmlns:itot=\"" + ItotPackage.eNS_URI + "\" name=\"&x;\"/>\n";
        Path file = Files.writeString(folder.resolve("hostile.itot"), hostile, StandardCharsets.UTF_8);

        ResourceSet set = new ResourceSetImpl();
        URI uri = URI.createFileURI(file.toString());
        RuntimeException error = assertThrows(RuntimeException.class, () -> set.getResource(uri, true));
        assertFalse(String.valueOf(error.getMessage()).contains("leaked"));
        assertTrue(String.valueOf(error.getCause()).contains("DOCTYPE"), () -> "unexpected cause: " + error.getCause());
    }

    private static ArchitectureModel sampleModel() {
        ItotFactory f = ItotFactory.eINSTANCE;
        ArchitectureModel model = f.createArchitectureModel();
        model.setName("Water treatment plant");
        model.getZones().add(zone("Z-ENT", "Enterprise", PurdueLevel.LEVEL_4, true));
        model.getZones().add(zone("Z-DMZ", "Industrial DMZ", PurdueLevel.LEVEL_35, true));
        Zone control = zone("Z-CTL", "Basic control", PurdueLevel.LEVEL_1, true);
        Asset plc = f.createAsset();
        plc.setId("PLC-01");
        plc.setName("Filter PLC");
        plc.setType(AssetType.PLC);
        control.getAssets().add(plc);
        model.getZones().add(control);
        return model;
    }

    private static Zone zone(String id, String name, PurdueLevel level, boolean trusted) {
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setId(id);
        zone.setName(name);
        zone.setPurdueLevel(level);
        zone.setTrusted(trusted);
        return zone;
    }
}
