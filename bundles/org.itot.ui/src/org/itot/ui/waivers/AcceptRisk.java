package org.itot.ui.waivers;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.itot.model.ArchitectureModel;
import org.itot.model.Waiver;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.WaiverCommands;

/**
 * Accept Risk..., Edit Waiver... and Revoke Waiver on the desktop: asks in a {@link WaiverDialog} and runs the
 * {@link WaiverCommands} on the model's command stack (one undoable step that marks the model changed).
 */
public final class AcceptRisk {

    /** Asks for a waiver's rationale, author and expiry; {@code null} when the user cancels. */
    public interface Prompt {
        WaiverInput ask(Shell shell, String title, String subject, WaiverInput initial);
    }

    private static final Prompt DIALOG = (shell, title, subject, initial) -> {
        WaiverDialog dialog = new WaiverDialog(shell, title, subject, initial);
        return dialog.open() == Window.OK ? dialog.result() : null;
    };

    private static volatile Prompt prompt = DIALOG;

    private AcceptRisk() {
    }

    /** Replaces the dialog (tests); returns the previous prompt so it can be put back. */
    public static Prompt setPrompt(Prompt replacement) {
        Prompt previous = prompt;
        prompt = replacement == null ? DIALOG : replacement;
        return previous;
    }

    /**
     * Asks for the waiver of a finding and accepts it; a waiver the finding already has (even one that no longer
     * applies) is offered for editing and replaced. Returns whether a waiver was added.
     */
    public static boolean acceptRisk(Shell shell, RuleDiagnostic finding) {
        EObject element = finding.element();
        if (element.eResource() == null || !(EcoreUtil.getRootContainer(element) instanceof ArchitectureModel model)) {
            MessageDialog.openInformation(shell, "Accept Risk", "The element of this finding is no longer in the model;"
                    + " the findings are being updated.");
            return false;
        }
        Waiver existing = model.getWaivers().stream().filter(w -> finding.findingId().equals(w.getFindingId()))
                .reduce((first, second) -> second).orElse(null);
        WaiverInput input = prompt.ask(shell, "Accept Risk", describe(finding),
                existing == null ? WaiverInput.fresh() : WaiverInput.of(existing));
        if (input == null) {
            return false;
        }
        EditingDomain domain = ModelEditing.domainFor(element);
        return execute(domain,
                WaiverCommands.accept(domain, finding, input.rationale(), input.author(), input.expiresOn()));
    }

    /** Asks for a waiver's new rationale, author and expiry and changes it; returns whether it changed. */
    public static boolean edit(Shell shell, Waiver waiver) {
        WaiverInput input = prompt.ask(shell, "Edit Waiver", "Accepted risk " + waiver.getFindingId()
                + ". The waiver keeps accepting the element as it was when the risk was accepted.",
                WaiverInput.of(waiver));
        if (input == null) {
            return false;
        }
        EditingDomain domain = ModelEditing.domainFor(waiver);
        return execute(domain,
                WaiverCommands.edit(domain, waiver, input.rationale(), input.author(), input.expiresOn()));
    }

    /** Revokes waivers of one model: their findings are open again (Undo accepts them again). */
    public static boolean revoke(Collection<Waiver> waivers) {
        if (waivers.isEmpty()) {
            return false;
        }
        EditingDomain domain = ModelEditing.domainFor(waivers.iterator().next());
        return execute(domain, WaiverCommands.revoke(domain, List.copyOf(waivers)));
    }

    private static boolean execute(EditingDomain domain, Command command) {
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    private static String describe(RuleDiagnostic finding) {
        return finding.ruleId() + " on " + ElementLabels.label(finding.element()) + ": " + finding.getMessage();
    }
}
