package org.itot.ui.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.Protocol;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.Zone;
import org.itot.ui.explorer.ExplorerNode.Folder;
import org.itot.ui.explorer.ExplorerNode.Kind;
import org.itot.ui.explorer.ExplorerNode.LevelGroup;

/**
 * Models; their top-level zones grouped by Purdue level (external first, then level 5 down to 0, as architects draw
 * the Purdue model); sub-zones and assets under each zone, firewall rules under their firewall; and folders of
 * conduits, flows, protocols, roles and diagrams. Children are computed only when a node is expanded, so a plant of
 * thousands of assets opens at once.
 */
public class ModelTreeContentProvider implements ITreeContentProvider {

    /** External zones first, then level 5 down to level 0. */
    static final Comparator<PurdueLevel> LEVEL_ORDER = Comparator.comparingInt((PurdueLevel level) -> -level.getValue());

    static final Comparator<Zone> ZONE_ORDER = Comparator.comparing((Zone zone) -> zone.getPurdueLevel(), LEVEL_ORDER)
            .thenComparing(zone -> String.valueOf(zone.getName()));

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> roots ? roots.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof ArchitectureModel model) {
            List<Object> children = new ArrayList<>();
            model.getZones().stream().map(Zone::getPurdueLevel).distinct().sorted(LEVEL_ORDER)
                    .forEach(level -> children.add(new LevelGroup(model, level)));
            for (Kind kind : Kind.values()) {
                children.add(new Folder(model, kind));
            }
            return children.toArray();
        }
        if (parent instanceof LevelGroup group) {
            return group.model().getZones().stream().filter(zone -> zone.getPurdueLevel() == group.level())
                    .sorted(ZONE_ORDER).toArray();
        }
        if (parent instanceof Folder folder) {
            return folderContents(folder).toArray();
        }
        if (parent instanceof Zone zone) {
            Object[] children = new Object[zone.getSubZones().size() + zone.getAssets().size()];
            Object[] subZones = zone.getSubZones().stream().sorted(ZONE_ORDER).toArray();
            System.arraycopy(subZones, 0, children, 0, subZones.length);
            Object[] assets = zone.getAssets().toArray();
            System.arraycopy(assets, 0, children, subZones.length, assets.length);
            return children;
        }
        if (parent instanceof Asset asset) {
            return asset.getFirewallRules().stream().sorted(Comparator.comparingInt(FirewallRule::getOrder)).toArray();
        }
        return new Object[0];
    }

    static EList<? extends EObject> folderContents(Folder folder) {
        ArchitectureModel model = folder.model();
        return switch (folder.kind()) {
        case CONDUITS -> model.getConduits();
        case FLOWS -> model.getFlows();
        case PROTOCOLS -> model.getProtocols();
        case ROLES -> model.getRoles();
        case DIAGRAMS -> model.getDiagrams();
        };
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof ExplorerNode node) {
            return node.model();
        }
        if (!(element instanceof EObject object) || object.eContainer() == null) {
            return null;
        }
        EObject container = object.eContainer();
        if (container instanceof ArchitectureModel model) {
            if (object instanceof Zone zone) {
                return new LevelGroup(model, zone.getPurdueLevel());
            }
            Kind kind = kindOf(object);
            return kind == null ? model : new Folder(model, kind);
        }
        return container;
    }

    /** The folder an element of the model's top level is shown in, or null. */
    static Kind kindOf(Object element) {
        if (element instanceof Conduit) {
            return Kind.CONDUITS;
        }
        if (element instanceof Flow) {
            return Kind.FLOWS;
        }
        if (element instanceof Protocol) {
            return Kind.PROTOCOLS;
        }
        if (element instanceof Role) {
            return Kind.ROLES;
        }
        if (element instanceof Diagram) {
            return Kind.DIAGRAMS;
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        // Cheap answers: the tree asks for every visible row, and thousands of rows may be visible.
        if (element instanceof ArchitectureModel) {
            return true;
        }
        if (element instanceof LevelGroup) {
            return true;
        }
        if (element instanceof Folder folder) {
            return !folderContents(folder).isEmpty();
        }
        if (element instanceof Zone zone) {
            return !zone.getSubZones().isEmpty() || !zone.getAssets().isEmpty();
        }
        if (element instanceof Asset asset) {
            return !asset.getFirewallRules().isEmpty();
        }
        return false;
    }
}
