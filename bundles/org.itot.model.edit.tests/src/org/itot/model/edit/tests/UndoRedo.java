package org.itot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;

/** Runs a command through the plant's command stack and proves that undo and redo restore the exact states. */
final class UndoRedo {

    private UndoRedo() {
    }

    /**
     * Executes the command on the stack, undoes it and redoes it, checking each time that the whole model equals a copy
     * taken before execution (after undo) or after execution (after redo).
     */
    static void assertExecutesUndoesRedoes(PlantModel plant, Command command) {
        ArchitectureModel model = plant.model;
        CommandStack stack = plant.domain.getCommandStack();
        ArchitectureModel before = EcoreUtil.copy(model);

        assertTrue(command.canExecute(), () -> command.getLabel() + " cannot execute");
        stack.execute(command);
        assertSame(command, stack.getUndoCommand(), "the command is not on the undo stack");
        ArchitectureModel after = EcoreUtil.copy(model);
        assertFalse(EcoreUtil.equals(before, after), () -> command.getLabel() + " changed nothing");

        assertTrue(stack.canUndo());
        stack.undo();
        assertTrue(EcoreUtil.equals(before, model), () -> "undo of " + command.getLabel() + " left a different model");
        assertEquals(command, stack.getRedoCommand());

        assertTrue(stack.canRedo());
        stack.redo();
        assertTrue(EcoreUtil.equals(after, model), () -> "redo of " + command.getLabel() + " left a different model");
    }
}
