package org.itot.export.excel;

import java.util.Objects;

import org.itot.validation.engine.ModelFindings;

/**
 * How a register is read back.
 *
 * @param allowOtherModel import even when the register says it was written from another model (another id, name or
 *                        file): without it such a register is refused
 * @param rules the rule packs whose findings the Findings sheet may accept as risks, as for the export
 */
public record ImportOptions(boolean allowOtherModel, ModelFindings.Configuration rules) {

    /** Only into the model the register was written from; the built-in rules. */
    public static final ImportOptions DEFAULT = new ImportOptions(false, ModelFindings.Configuration.builtInOnly());

    public ImportOptions {
        Objects.requireNonNull(rules, "rules");
    }

    public ImportOptions withOtherModelAllowed(boolean allowed) {
        return new ImportOptions(allowed, rules);
    }

    public ImportOptions withRules(ModelFindings.Configuration configuration) {
        return new ImportOptions(allowOtherModel, configuration);
    }
}
