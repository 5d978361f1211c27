package org.itot.model.edit.command.delete;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ItotPackage;
import org.itot.model.Permission;

/**
 * Deletes elements with everything they contain and removes every reference to them, as EMF's {@link DeleteCommand}
 * does, after widening the selection to the elements that cannot outlive them:
 * <ul>
 * <li>flows from or to a deleted asset, and conduits joining a deleted zone (they would be left with a missing end);
 * <li>firewall rules whose source, destination or protocol is deleted, and role permissions whose whole scope is
 * deleted: an unset source, destination or protocol means "any" and an empty scope means "all assets", so merely
 * clearing the reference would silently widen what the rule or the role allows;
 * <li>the diagram views (node and edge views) that show a deleted element, and the edges attached to a deleted node
 * view.
 * </ul>
 * References that do not change what the model allows (a patch source, a conduit's enforcing firewall, a network
 * interface's zone, ...) are cleared, so validation can point at the gap.
 */
public class DeleteElementsCommand extends CommandWrapper {

    public static final String LABEL = "Delete";

    private final EditingDomain domain;
    private final List<Object> selection;
    private final Set<EObject> deleted = new LinkedHashSet<>();

    public DeleteElementsCommand(EditingDomain domain, Collection<?> elements) {
        super(LABEL, "Deletes the selected elements and everything that depends on them");
        this.domain = Objects.requireNonNull(domain, "editing domain");
        this.selection = elements == null ? List.of() : new ArrayList<>(elements);
    }

    /**
     * Everything this command deletes: the selection, what it contains and the dependent elements (filled when the
     * command has been checked or executed).
     */
    public Set<EObject> getDeletedElements() {
        return Collections.unmodifiableSet(deleted);
    }

    @Override
    protected Command createCommand() {
        if (selection.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        ResourceSet resourceSet = domain.getResourceSet();
        for (Object element : selection) {
            // A model's root is closed, not deleted; and every element must belong to this domain's models.
            if (!(element instanceof EObject eObject) || eObject.eContainer() == null || eObject.eResource() == null
                    || eObject.eResource().getResourceSet() != resourceSet) {
                return UnexecutableCommand.INSTANCE;
            }
            addWithContents(eObject);
        }
        addDependents(resourceSet);
        return DeleteCommand.create(domain, EcoreUtil.filterDescendants(deleted));
    }

    private void addDependents(ResourceSet resourceSet) {
        boolean grown = true;
        while (grown) {
            grown = false;
            Map<EObject, Collection<EStructuralFeature.Setting>> usages =
                    EcoreUtil.UsageCrossReferencer.findAll(deleted, resourceSet);
            for (Collection<EStructuralFeature.Setting> settings : usages.values()) {
                for (EStructuralFeature.Setting setting : settings) {
                    EObject referrer = setting.getEObject();
                    EStructuralFeature feature = setting.getEStructuralFeature();
                    if (!deleted.contains(referrer) && cannotOutliveReferent(referrer, feature)) {
                        addWithContents(referrer);
                        grown = true;
                    }
                }
            }
        }
    }

    private boolean cannotOutliveReferent(EObject referrer, EStructuralFeature feature) {
        if (feature == ItotPackage.Literals.FLOW__SOURCE || feature == ItotPackage.Literals.FLOW__TARGET
                || feature == ItotPackage.Literals.CONDUIT__ZONES
                || feature == ItotPackage.Literals.FIREWALL_RULE__SOURCE
                || feature == ItotPackage.Literals.FIREWALL_RULE__DESTINATION
                || feature == ItotPackage.Literals.FIREWALL_RULE__PROTOCOL
                || feature == ItotPackage.Literals.NODE_VIEW__ELEMENT
                || feature == ItotPackage.Literals.EDGE_VIEW__ELEMENT
                || feature == ItotPackage.Literals.EDGE_VIEW__SOURCE
                || feature == ItotPackage.Literals.EDGE_VIEW__TARGET) {
            return true;
        }
        return feature == ItotPackage.Literals.PERMISSION__SCOPE && referrer instanceof Permission permission
                && deleted.containsAll(permission.getScope());
    }

    private void addWithContents(EObject element) {
        deleted.add(element);
        for (TreeIterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
            deleted.add(contents.next());
        }
    }
}
