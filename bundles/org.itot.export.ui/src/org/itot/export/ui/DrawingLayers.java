package org.itot.export.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.itot.model.Diagram;
import org.itot.render.DiagramOverlay;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.models.OpenModel;

/**
 * Other features' layers that File &gt; Export can draw over the exported diagrams, contributed to the extension point
 * {@value #EXTENSION_POINT} ({@code <layer class="..."/>}, a {@link Provider}): the as-built reconciliation offers its
 * observed sessions. The export bundle knows no feature; a feature says what it can add and whether the user sees it
 * now, so an export of what is on screen includes it.
 */
public final class DrawingLayers {

    public static final String EXTENSION_POINT = "org.itot.export.ui.drawingLayers";

    /** A feature that may have a layer for an export. Asked on the UI thread. */
    public interface Provider {

        /** What this feature offers for the model's diagram ({@code null}: all of its diagrams), or null for nothing. */
        Offer offer(OpenModel model, Diagram diagram);
    }

    /**
     * @param label   the check box's text ("Include observed sessions ...")
     * @param shown   whether an editor of the diagram shows the layer now: the box starts ticked
     * @param overlay the layer the export paints, with its legend
     */
    public record Offer(String label, boolean shown, DiagramOverlay overlay) {
    }

    private DrawingLayers() {
    }

    /** The contributed providers; one that cannot be made is reported and left out, the export works without it. */
    public static List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (Platform.getExtensionRegistry() == null) {
            return providers;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                if (element.createExecutableExtension("class") instanceof Provider provider) {
                    providers.add(provider);
                }
            } catch (CoreException e) {
                InternalErrors.report("Export: the drawing layer of " + element.getContributor().getName(), e);
            }
        }
        return providers;
    }
}
