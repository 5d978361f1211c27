package org.itot.model.edit.command.create;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ModelElement;
import org.itot.model.edit.command.ElementIds;

/**
 * Adds one new, fully initialised element to its container through EMF's {@link AddCommand}, which gives undo and
 * redo. The new element gets a fresh human id when it is executed (not earlier, so that several creations in one
 * compound command get different ids), unless one was given.
 *
 * @param <T> the kind of element created
 * @param <C> the concrete command, so that {@link #named(String)} and {@link #withId(String)} can be chained
 */
public abstract class CreateElementCommand<T extends ModelElement, C extends CreateElementCommand<T, C>>
        extends CommandWrapper {

    protected final EditingDomain domain;
    private final T element;
    private final String idPrefix;

    protected CreateElementCommand(String label, String description, EditingDomain domain, T element,
            String idPrefix) {
        super(label, description);
        this.domain = Objects.requireNonNull(domain, "editing domain");
        this.element = element;
        this.idPrefix = idPrefix;
    }

    /** Gives the new element a name; only before the command is first asked whether it can execute. */
    public C named(String name) {
        checkNotPrepared();
        element.setName(name);
        return self();
    }

    /**
     * Gives the new element this id instead of a generated one; only before the command is first asked whether it can
     * execute. The command cannot execute if another element of the model has the id already.
     */
    public C withId(String id) {
        checkNotPrepared();
        element.setId(id);
        return self();
    }

    /** The element this command adds (detached again after undo). */
    public T getElement() {
        return element;
    }

    /** The object that will contain the new element, or null if the input gives none. */
    protected abstract EObject container();

    /** The containment reference of {@link #container()} that takes the new element. */
    protected abstract EReference containment();

    /** Whether the input describes an element that may be added; the id is checked separately. */
    protected abstract boolean isValidInput();

    @Override
    protected Command createCommand() {
        EObject container = container();
        if (container == null || !isValidInput()
                || hasId() && ElementIds.isUsed(container, element.getId())) {
            return UnexecutableCommand.INSTANCE;
        }
        return AddCommand.create(domain, container, containment(), element);
    }

    @Override
    public void execute() {
        // The element is still detached here, so giving it its id is not a model change that undo would have to revert;
        // redo re-adds the same element with the same id.
        if (!hasId()) {
            element.setId(ElementIds.next(container(), idPrefix));
        }
        super.execute();
    }

    private boolean hasId() {
        return element.getId() != null && !element.getId().isBlank();
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }

    private void checkNotPrepared() {
        if (isPrepared) {
            throw new IllegalStateException(getLabel() + ": configure the command before it is checked or executed");
        }
    }
}
