package org.itot.diagram.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.Asset;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;
import org.itot.model.edit.command.ElementIds;
import org.itot.model.edit.command.create.CreateElementCommand;

/**
 * Adds a copy of an asset (with its interfaces, services and firewall rules) to a zone. The copy gets its fresh id
 * when executed, so several copies in one compound command get different ids.
 */
final class CopyAssetCommand extends CreateElementCommand<Asset, CopyAssetCommand> {

    private final Zone zone;

    CopyAssetCommand(EditingDomain domain, Asset original, Zone zone) {
        super("Duplicate Asset", "Adds a copy of an asset to a zone", domain, copyOf(original),
                ElementIds.ASSET_PREFIX);
        this.zone = zone;
    }

    private static Asset copyOf(Asset original) {
        Asset copy = EcoreUtil.copy(original);
        copy.setId(null);
        copy.setName((original.getName() == null ? original.getId() : original.getName()) + " (copy)");
        return copy;
    }

    @Override
    protected EObject container() {
        return zone;
    }

    @Override
    protected EReference containment() {
        return ItotPackage.Literals.ZONE__ASSETS;
    }

    @Override
    protected boolean isValidInput() {
        return zone != null;
    }
}
