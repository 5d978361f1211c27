package org.itot.attack.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.model.template.ModelTemplates;

/** Models in a resource set (so they have a command stack) and the shared ATT&CK for ICS bundle. */
final class AttackTestModels {

    private AttackTestModels() {
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

    /**
     * The official ATT&CK for ICS v18.1 bundle kept beside the repository (never committed): found from
     * the working directory, which is the test bundle's folder under the build.
     */
    static Path sharedBundle() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/data/mitre-attack-ics/ics-attack.json").normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        assumeTrue(false, "../shared/data/mitre-attack-ics/ics-attack.json not found beside the repository");
        return null;
    }
}
