package org.itot.ui.explorer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.FirewallRule;
import org.itot.model.ModelElement;
import org.itot.model.Zone;
import org.itot.model.labels.Labels;
import org.itot.ui.explorer.ExplorerNode.Folder;
import org.itot.ui.explorer.ExplorerNode.Kind;

/**
 * The explorer's search box: shows the elements whose name, id, kind or type contains the text, with the nodes above
 * them. The matches are found in one pass over the model when the text changes, so the tree's own filtering is a set
 * lookup per row.
 */
final class ExplorerFilter extends ViewerFilter {

    private final ModelTreeContentProvider content;
    private Set<Object> visible;
    private int matches;

    ExplorerFilter(ModelTreeContentProvider content) {
        this.content = content;
    }

    /** Sets the text to look for (blank: show everything) and returns how many elements match. */
    int setPattern(String text, List<Object> roots) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        matches = 0;
        if (needle.isEmpty()) {
            visible = null;
            return 0;
        }
        visible = new HashSet<>();
        for (Object root : roots) {
            if (root instanceof ArchitectureModel model) {
                visible.add(model);
                model.getZones().forEach(zone -> visitZone(zone, needle));
                for (Kind kind : Kind.values()) {
                    ModelTreeContentProvider.folderContents(new Folder(model, kind)).forEach(e -> test(e, needle));
                }
            }
        }
        return matches;
    }

    boolean isActive() {
        return visible != null;
    }

    private void visitZone(Zone zone, String needle) {
        test(zone, needle);
        zone.getSubZones().forEach(sub -> visitZone(sub, needle));
        for (Asset asset : zone.getAssets()) {
            test(asset, needle);
            asset.getFirewallRules().forEach(rule -> test(rule, needle));
        }
    }

    private void test(EObject element, String needle) {
        if (element instanceof ModelElement modelElement && matches(modelElement, needle)) {
            matches++;
            for (Object node = element; node != null && visible.add(node); node = content.getParent(node)) {
                // the element and every node above it, up to the first one already shown
            }
        }
    }

    private static boolean matches(ModelElement element, String needle) {
        return contains(element.getName(), needle) || contains(element.getId(), needle)
                || element instanceof Zone zone && matches(zone.getKind(), needle)
                || element instanceof Asset asset && matches(asset.getType(), needle)
                || element instanceof FirewallRule rule && matches(rule.getAction(), needle);
    }

    /** By the label people read ("PLC", "Basic control") or the file's literal ("basicControl"). */
    private static boolean matches(org.eclipse.emf.common.util.Enumerator value, String needle) {
        return contains(Labels.of(value), needle) || contains(value.getLiteral(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return visible == null || visible.contains(element);
    }
}
