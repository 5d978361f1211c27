package org.itot.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/**
 * Runs Eclipse ELK inside and outside OSGi without its UI service layer.
 * <p>
 * ELK finds layout algorithms through {@code ServiceLoader}, which does not see across Equinox
 * class loaders, and {@code org.eclipse.elk.core.service} needs JFace. So we register the layered
 * algorithm ourselves, once, before the first layout.
 */
public final class ElkLayout {

    private static volatile boolean initialised;

    private ElkLayout() {
    }

    /** Registers the layout algorithms we use. Idempotent and thread-safe. */
    public static void ensureInitialised() {
        if (initialised) {
            return;
        }
        synchronized (ElkLayout.class) {
            if (!initialised) {
                LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                initialised = true;
            }
        }
    }

    /**
     * Lays out a graph, hierarchy included, with ELK Layered unless the graph names another
     * registered algorithm. Positions and sizes are written into the graph.
     */
    public static void layout(ElkNode graph) {
        ensureInitialised();
        if (!graph.hasProperty(CoreOptions.ALGORITHM)) {
            graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    }
}
