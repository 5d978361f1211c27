package org.itot.ui.explorer;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.labels.Labels;
import org.itot.render.style.DiagramStyle;
import org.itot.ui.explorer.ExplorerNode.Folder;
import org.itot.ui.explorer.ExplorerNode.LevelGroup;
import org.itot.ui.models.OpenModels;

/**
 * Labels that say what an element is: its name, then in grey its id and what kind of thing it is (a zone's kind, an
 * asset's type, a conduit's two zones, a flow's ends, a rule's action). Also the title of the Properties view.
 */
public class ModelLabelProvider extends LabelProvider implements IStyledLabelProvider {

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public StyledString getStyledText(Object element) {
        if (element instanceof ArchitectureModel model) {
            boolean dirty = OpenModels.get().of(model).map(open -> open.isDirty()).orElse(false);
            StyledString text = new StyledString((dirty ? "*" : "") + name(model));
            OpenModels.get().of(model).ifPresent(open -> text.append("  " + open.file().getFileName(),
                    StyledString.DECORATIONS_STYLER));
            return text;
        }
        if (element instanceof LevelGroup group) {
            return new StyledString(levelTitle(group.level())).append(
                    "  " + DiagramStyle.band(group.level()).subtitle(), StyledString.DECORATIONS_STYLER);
        }
        if (element instanceof Folder folder) {
            return new StyledString(folder.kind().title()).append(
                    "  " + ModelTreeContentProvider.folderContents(folder).size(), StyledString.COUNTER_STYLER);
        }
        if (element instanceof ModelElement modelElement) {
            return new StyledString(name(modelElement)).append(detail(modelElement), StyledString.DECORATIONS_STYLER);
        }
        return new StyledString(String.valueOf(element));
    }

    /** "Level 3.5", "External". */
    public static String levelTitle(PurdueLevel level) {
        return level == PurdueLevel.EXTERNAL ? "External" : "Level " + level.getLiteral();
    }

    private static String detail(ModelElement element) {
        String id = element.getId() == null || element.getId().equals(element.getName()) ? "" : element.getId();
        String what = switch (element) {
        case Zone zone -> DiagramStyle.zoneKindLabel(zone.getKind());
        case Asset asset -> DiagramStyle.asset(asset.getType()).label();
        case Conduit conduit -> String.join(" \u2194 ", conduit.getZones().stream().map(ModelLabelProvider::name)
                .toList());
        case Flow flow -> name(flow.getSource()) + " \u2192 " + name(flow.getTarget());
        case FirewallRule rule -> "#" + rule.getOrder() + " " + Labels.of(rule.getAction()) + " "
                + nameOrAny(rule.getSource()) + " \u2192 " + nameOrAny(rule.getDestination());
        default -> "";
        };
        String joined = id.isEmpty() ? what : what.isEmpty() ? id : id + " \u00b7 " + what;
        return joined.isEmpty() ? "" : "  " + joined;
    }

    private static String nameOrAny(Object element) {
        return element == null ? "any" : name(element);
    }

    /** The element's name, else its id, else its type. */
    public static String name(Object element) {
        if (element instanceof ModelElement modelElement) {
            if (modelElement.getName() != null && !modelElement.getName().isBlank()) {
                return modelElement.getName();
            }
            return modelElement.getId() != null ? modelElement.getId() : modelElement.eClass().getName();
        }
        return element == null ? "?" : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof ModelExplorerView.LoadProblem) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        Display display = Display.getCurrent();
        return display == null ? null : ElementImages.of(display).imageOf(element);
    }
}
