package org.itot.attack.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.itot.attack.AttackImport;
import org.itot.attack.BundledAttack;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotFactory;
import org.itot.model.Zone;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.model.template.ModelTemplates;

/** Models in a resource set (so they have a command stack) and the built-in ATT&CK for ICS data. */
final class AttackTestModels {

    private AttackTestModels() {
    }

    /** A zone of the model, named by its id. */
    static Zone zone(ArchitectureModel model, String id) {
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setId(id);
        zone.setName(id);
        model.getZones().add(zone);
        return zone;
    }

    /** An asset of the zone, named by its id. */
    static Asset asset(Zone zone, String id, AssetType type) {
        Asset asset = ItotFactory.eINSTANCE.createAsset();
        asset.setId(id);
        asset.setName(id);
        asset.setType(type);
        zone.getAssets().add(asset);
        return asset;
    }

    /** The Purdue reference architecture in a resource of its own. */
    static ArchitectureModel purdue() {
        return inResource(ModelTemplates.create(ModelTemplates.PURDUE));
    }

    static ArchitectureModel inResource(ArchitectureModel model) {
        Resource resource = new ItotResourceFactory().createResource(URI.createURI("memory:/plant.itot"));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(model);
        return model;
    }

    /** Imports the product's built-in ATT&CK for ICS v18.1 into the model as its own data (one command). */
    static AttackImport.Summary importBuiltIn(ArchitectureModel model) {
        return AttackImport.prepare(model, BundledAttack.dataset()).execute();
    }

    /** The built-in STIX file copied into a folder under a name of the test's choosing. */
    static Path bundledCopy(Path folder, String fileName) throws IOException {
        try (InputStream in = BundledAttack.open()) {
            Path file = folder.resolve(fileName);
            Files.copy(in, file);
            return file;
        }
    }

    /**
     * MITRE's original ATT&CK for ICS v18.1 bundle kept beside the repository (never committed), found from
     * the working directory (the test bundle's folder under the build); empty where it is not there. Only the
     * tests that compare the built-in file with its source use it.
     */
    static Optional<Path> sharedBundle() {
        return shared("ics-attack.json");
    }

    static Optional<Path> shared(String fileName) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/data/mitre-attack-ics/" + fileName).normalize();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
