package org.itot.app;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;
import org.osgi.framework.Bundle;

/**
 * Declares the marker severity images the Problems view asks the workbench for. The Eclipse IDE
 * does this in its own workbench advisor, which a product with its own advisor does not run.
 */
@SuppressWarnings("restriction")
final class MarkerImages {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";
    private static final String OBJ16 = "$nl$/icons/full/obj16/";

    private MarkerImages() {
    }

    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle(IDE_BUNDLE);
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, "error_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, "warn_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, "info_tsk.png");
    }

    private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String file) {
        URL url = FileLocator.find(bundle, new Path(OBJ16 + file), null);
        configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
    }
}
