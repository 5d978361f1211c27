package org.itot.diagram.fix;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;

/**
 * One mechanical repair of a finding: what the user sees (label, description) and the command that does it on the
 * model's command stack. {@link #command()} builds a fresh command each time, since an EMF command runs once.
 */
public record QuickFix(String ruleId, String label, String description, Supplier<Command> commandFactory) {

    public Command command() {
        return commandFactory.get();
    }
}
