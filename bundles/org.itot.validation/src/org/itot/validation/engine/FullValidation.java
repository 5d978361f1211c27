package org.itot.validation.engine;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelEditing;

/**
 * A whole-model validation ("Validate" in the desktop) that hands its result on while it still holds the model's
 * read lock: no command can run between the validation and the publishing, so a result is never shown as current
 * after an edit it does not reflect.
 */
public final class FullValidation {

    private FullValidation() {
    }

    /**
     * Validates {@code model} under its read lock and, unless cancelled, passes the findings to {@code publish}
     * before releasing the lock. The consumer should copy what it needs and return.
     *
     * @throws OperationCanceledException when the monitor was cancelled; nothing was published
     */
    public static Diagnostic validateAndPublish(ModelValidator validator, ArchitectureModel model,
            IProgressMonitor monitor, Consumer<Diagnostic> publish) {
        Objects.requireNonNull(publish, "publish");
        try (ModelEditing.ReadAccess access = ModelEditing.readAccess(model)) {
            Diagnostic result = validator.validate(model, monitor);
            publish.accept(result);
            return result;
        }
    }
}
