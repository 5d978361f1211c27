package org.itot.ui.explorer;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.Asset;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;

/**
 * Dropping assets onto a zone (or onto an asset of that zone) in the explorer moves them there: in the model and on
 * every diagram, as one undoable step ({@link DiagramEditing#moveAssetsToZone}).
 */
public final class AssetDropAdapter extends ViewerDropAdapter {

    AssetDropAdapter(TreeViewer viewer) {
        super(viewer);
        setFeedbackEnabled(false); // the target zone is highlighted; there is no "between" to drop into
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData transferType) {
        if (!LocalSelectionTransfer.getTransfer().isSupportedType(transferType)) {
            return false;
        }
        Zone zone = zoneOf(target);
        List<Asset> assets = assets(LocalSelectionTransfer.getTransfer().getSelection());
        boolean valid = zone != null && !assets.isEmpty()
                && assets.stream().allMatch(asset -> EcoreUtil.getRootContainer(asset) == EcoreUtil.getRootContainer(zone))
                && assets.stream().anyMatch(asset -> asset.getZone() != zone);
        if (valid) {
            overrideOperation(DND.DROP_MOVE);
        }
        return valid;
    }

    @Override
    public boolean performDrop(Object data) {
        return drop(getCurrentTarget(), LocalSelectionTransfer.getTransfer().getSelection());
    }

    /** Moves the selected assets to the target's zone; false (and nothing changes) if that is no move. */
    public boolean drop(Object target, ISelection selection) {
        Zone zone = zoneOf(target);
        List<Asset> assets = assets(selection);
        if (zone == null || assets.isEmpty()) {
            return false;
        }
        Command move = DiagramEditing.moveAssetsToZone(ModelEditing.domainFor(zone), assets, zone);
        if (!move.canExecute()) {
            return false;
        }
        ModelEditing.domainFor(zone).getCommandStack().execute(move);
        getViewer().getControl().getDisplay().asyncExec(() -> {
            if (!getViewer().getControl().isDisposed()) {
                getViewer().setSelection(new StructuredSelection(assets), true);
            }
        });
        return true;
    }

    private static Zone zoneOf(Object target) {
        if (target instanceof Zone zone) {
            return zone;
        }
        return target instanceof Asset asset ? asset.getZone() : null;
    }

    private static List<Asset> assets(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()
                || !structured.toList().stream().allMatch(Asset.class::isInstance)) {
            return List.of();
        }
        return structured.toList().stream().map(Asset.class::cast).toList();
    }
}
