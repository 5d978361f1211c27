package org.itot.model.edit.command.change;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.Asset;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;

/**
 * Moves an asset into another zone of the same model. The asset object itself moves, so every reference to it (flows,
 * conduit enforcement, firewall rules, diagram views) stays as it was; its network interfaces keep the zones they
 * name, because a multi-homed device's interfaces are not where it is kept.
 *
 * <p>Built as remove-then-add rather than a bare add, whose undo would leave the asset in no zone at all.
 */
public class MoveAssetToZoneCommand extends CommandWrapper {

    public static final String LABEL = "Move Asset";

    private final EditingDomain domain;
    private final Asset asset;
    private final Zone target;

    public MoveAssetToZoneCommand(EditingDomain domain, Asset asset, Zone target) {
        super(LABEL, "Moves an asset into another zone");
        this.domain = Objects.requireNonNull(domain, "editing domain");
        this.asset = asset;
        this.target = target;
    }

    public Asset getAsset() {
        return asset;
    }

    public Zone getTarget() {
        return target;
    }

    @Override
    protected Command createCommand() {
        if (asset == null || target == null) {
            return UnexecutableCommand.INSTANCE;
        }
        Zone source = asset.getZone();
        if (source == null || source == target
                || EcoreUtil.getRootContainer(source) != EcoreUtil.getRootContainer(target)) {
            return UnexecutableCommand.INSTANCE;
        }
        // Result and affected objects of the add (the moved asset), for the views to select after the move.
        CompoundCommand move = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, LABEL);
        move.append(RemoveCommand.create(domain, source, ItotPackage.Literals.ZONE__ASSETS, asset));
        move.append(AddCommand.create(domain, target, ItotPackage.Literals.ZONE__ASSETS, asset));
        return move;
    }
}
