package org.itot.model.edit.command.create;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;
import org.itot.model.edit.command.ElementIds;

/** Adds a new asset of a type to a zone. */
public class AddAssetToZoneCommand extends CreateElementCommand<Asset, AddAssetToZoneCommand> {

    public static final String LABEL = "Add Asset";

    private final Zone zone;
    // Kept apart from the asset: its enum attribute cannot hold null, so a missing type would go unnoticed.
    private final AssetType type;

    public AddAssetToZoneCommand(EditingDomain domain, Zone zone, AssetType type) {
        super(LABEL, "Adds a new asset of a type to a zone", domain, ItotFactory.eINSTANCE.createAsset(),
                ElementIds.ASSET_PREFIX);
        this.zone = zone;
        this.type = type;
        if (type != null) {
            getAsset().setType(type);
        }
    }

    public Asset getAsset() {
        return getElement();
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
        return type != null;
    }
}
