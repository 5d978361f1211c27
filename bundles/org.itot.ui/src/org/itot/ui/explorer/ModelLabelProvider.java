package org.itot.ui.explorer;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.Zone;

/** Labels that say what an element is: name, Purdue level for zones, type for assets. */
class ModelLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof ArchitectureModel model) {
            // "*" marks unsaved changes, as on editor tabs; the file name tells same-named models apart.
            var open = org.itot.ui.models.OpenModels.get().of(model);
            return open.map(m -> (m.isDirty() ? "*" : "") + model.getName() + "  (" + m.file().getFileName() + ")")
                    .orElse(model.getName());
        }
        if (element instanceof Zone zone) {
            return zone.getName() + "  [level " + zone.getPurdueLevel().getLiteral() + "]";
        }
        if (element instanceof Asset asset) {
            return asset.getName() + "  (" + asset.getType().getLiteral() + ")";
        }
        if (element instanceof Diagram diagram) {
            return (diagram.getName() == null ? diagram.getId() : diagram.getName()) + "  (diagram)";
        }
        return String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        if (element instanceof ModelExplorerView.LoadProblem) {
            return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        if (element instanceof ArchitectureModel || element instanceof Zone) {
            return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
    }
}
