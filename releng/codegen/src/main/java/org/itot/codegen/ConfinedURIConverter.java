package org.itot.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * A URI converter that refuses to write anywhere but below one folder, the genmodel's modelDirectory.
 *
 * <p>The generator writes every file through the resource set's URI converter, so this is the one place that can
 * guarantee that a run never touches a hand-written file of the bundle (MANIFEST.MF, plugin.xml, build.properties,
 * the .ecore or the .genmodel itself), whatever a future EMF version or genmodel setting would make it generate.
 * {@link ModelCodeOnlyAdapterFactory} keeps the standard generator from trying; this turns any other attempt into
 * a failed run instead of a silent change.
 */
final class ConfinedURIConverter extends ExtensibleURIConverterImpl {
    private final String allowedPrefix;

    /**
     * @param outputDirectory a file URI with a trailing slash
     */
    ConfinedURIConverter(URI outputDirectory) {
        this.allowedPrefix = outputDirectory.toString();
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        URI target = normalize(uri);
        if (!target.isFile() || !target.toString().startsWith(allowedPrefix) || target.toString().contains("/../")) {
            throw new IOException("refusing to write " + target + " (from " + uri + "): only files below "
                + allowedPrefix + " may be generated");
        }
        return super.createOutputStream(uri, options);
    }
}
