package org.itot.export.excel;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelEditing;

/**
 * What a register would change in a model, or why it cannot be applied. Either every change applies,
 * as one undoable command on the model's command stack, or nothing does.
 */
public final class ImportResult {

    private final ArchitectureModel model;
    private final List<ImportProblem> problems;
    private final List<String> changes;
    private final List<String> notes;
    private final Command command;
    private boolean applied;

    ImportResult(ArchitectureModel model, List<ImportProblem> problems, List<String> changes, List<String> notes,
            Command command) {
        this.model = model;
        this.problems = List.copyOf(problems);
        this.changes = List.copyOf(changes);
        this.notes = List.copyOf(notes);
        this.command = problems.isEmpty() ? command : null;
    }

    /** Every cell or row that cannot be applied; when there is any, nothing is applied. */
    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** One line per change, e.g. "Assets row 7 (PLC-01 'Line PLC'): Firmware '2.1' → '2.2'". */
    public List<String> changes() {
        return changes;
    }

    /** Things worth knowing that are not problems, e.g. model assets the register does not list. */
    public List<String> notes() {
        return notes;
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The command that makes every change at once; null when there is nothing to apply or a problem. */
    public Command command() {
        return command;
    }

    /**
     * Executes the changes as one command on the model's command stack (one undo reverts all).
     *
     * @throws IllegalStateException when there are problems, when already applied, or when the command
     *                               cannot execute (the model changed since the register was read)
     */
    public void apply() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the register has " + problems.size() + " problems; nothing is applied");
        }
        if (applied) {
            throw new IllegalStateException("the register was applied already");
        }
        if (command == null) {
            return;
        }
        if (!command.canExecute()) {
            throw new IllegalStateException("the changes cannot be applied to the model as it is now; read the "
                    + "register again");
        }
        ModelEditing.commandStackFor(model).execute(command);
        applied = true;
    }
}
