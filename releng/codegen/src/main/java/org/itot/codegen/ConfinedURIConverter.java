package org.itot.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * A URI converter that refuses to write anywhere but to the locations the generator owns: the genmodel's model and
 * edit source folders, the edit bundle's icons folder and its plugin.properties.
 *
 * <p>The generator writes every file through the resource set's URI converter, so this is the one place that can
 * guarantee that a run never touches a hand-written file of a bundle (MANIFEST.MF, plugin.xml, build.properties,
 * src/, the .ecore or the .genmodel itself), whatever a future EMF version or genmodel setting would make it
 * generate. {@link GeneratedFilesOnlyAdapterFactory} keeps the standard generator from trying; this turns any other
 * attempt into a failed run instead of a silent change.
 */
final class ConfinedURIConverter extends ExtensibleURIConverterImpl {
    private final List<String> allowedFolders = new ArrayList<>();
    private final List<String> allowedFiles = new ArrayList<>();

    /**
     * Allows writing anywhere below a folder.
     *
     * @param folder a file URI with a trailing slash
     */
    void allowFolder(URI folder) {
        allowedFolders.add(folder.toString());
    }

    /**
     * Allows writing exactly one file.
     *
     * @param file a file URI
     */
    void allowFile(URI file) {
        allowedFiles.add(file.toString());
    }

    List<String> allowedLocations() {
        List<String> locations = new ArrayList<>(allowedFolders);
        locations.addAll(allowedFiles);
        return locations;
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        URI target = normalize(uri);
        String location = target.toString();
        boolean allowed = target.isFile() && !location.contains("/../")
            && (allowedFiles.contains(location) || allowedFolders.stream().anyMatch(location::startsWith));
        if (!allowed) {
            throw new IOException("refusing to write " + target + " (from " + uri + "): only "
                + String.join(", ", allowedLocations()) + " may be generated");
        }
        return super.createOutputStream(uri, options);
    }
}
