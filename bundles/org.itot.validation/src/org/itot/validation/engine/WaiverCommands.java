package org.itot.validation.engine;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.Waiver;

/**
 * Accepting, editing and revoking risks as commands on a model's command stack, so each is one undoable step that
 * marks the model changed. The desktop's Problems view, Findings tab and Waivers view all go through here; the waiver
 * itself (with its element digest) is made by {@link Waivers#accept}.
 */
public final class WaiverCommands {

    private WaiverCommands() {
    }

    /**
     * Accepts a finding as a risk. A waiver the finding already has (expired, or granted before its element changed)
     * is replaced, so one finding never carries two waivers that disagree.
     *
     * @throws IllegalArgumentException when the rationale is blank (see {@link Waivers#accept})
     */
    public static Command accept(EditingDomain domain, RuleDiagnostic finding, String rationale, String author,
            Date expiresOn) {
        Objects.requireNonNull(domain, "editing domain");
        Waiver waiver = Waivers.accept(finding, rationale, author, expiresOn);
        ArchitectureModel model = modelOf(finding.element());
        if (model == null) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand accept = new CompoundCommand("Accept Risk " + finding.findingId());
        List<Waiver> previous = model.getWaivers().stream()
                .filter(existing -> finding.findingId().equals(existing.getFindingId())).toList();
        if (!previous.isEmpty()) {
            accept.append(RemoveCommand.create(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__WAIVERS, previous));
        }
        accept.append(AddCommand.create(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__WAIVERS, waiver));
        return accept;
    }

    /**
     * Changes what a waiver says (rationale, author, expiry); the digest stays, so it still accepts the element only
     * as it was when the risk was accepted.
     */
    public static Command edit(EditingDomain domain, Waiver waiver, String rationale, String author, Date expiresOn) {
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a rationale: why is the risk acceptable?");
        }
        CompoundCommand edit = new CompoundCommand("Edit Waiver " + waiver.getFindingId());
        edit.append(SetCommand.create(domain, waiver, ItotPackage.Literals.WAIVER__RATIONALE, rationale));
        edit.append(SetCommand.create(domain, waiver, ItotPackage.Literals.WAIVER__AUTHOR, author));
        edit.append(SetCommand.create(domain, waiver, ItotPackage.Literals.WAIVER__EXPIRES_ON,
                expiresOn == null ? SetCommand.UNSET_VALUE : expiresOn));
        return edit;
    }

    /** Revokes waivers: their findings are open again. */
    public static Command revoke(EditingDomain domain, Collection<Waiver> waivers) {
        if (waivers.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        String label = waivers.size() == 1 ? "Revoke Waiver " + waivers.iterator().next().getFindingId()
                : "Revoke " + waivers.size() + " Waivers";
        Command remove = RemoveCommand.create(domain, waivers.iterator().next().eContainer(),
                ItotPackage.Literals.ARCHITECTURE_MODEL__WAIVERS, waivers);
        CompoundCommand revoke = new CompoundCommand(label);
        revoke.append(remove);
        return revoke;
    }

    private static ArchitectureModel modelOf(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof ArchitectureModel model ? model : null;
    }
}
