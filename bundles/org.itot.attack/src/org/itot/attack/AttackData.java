package org.itot.attack;

import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;

/**
 * The ATT&CK for ICS data a model is assessed against: its own (imported with {@code itot import attack})
 * when it has any, otherwise the release built into the product ({@link BundledAttack}).
 *
 * @param version the ATT&CK release, e.g. 18.1
 * @param builtIn true for the product's built-in release, false for the model's own
 * @param references tactics, techniques, mitigations and assets with their relations
 */
public record AttackData(String version, boolean builtIn, List<AttackReference> references) {

    /** "built-in" or "model", as the JSON reports and the register name the origin. */
    public String origin() {
        return builtIn ? "built-in" : "model";
    }

    /** "ATT&CK for ICS 18.1 (built into ITOT Architect)" or "... (imported into the model)". */
    public String describe() {
        return "ATT&CK for ICS " + version + (builtIn ? " (built into ITOT Architect)" : " (imported into the model)");
    }

    /** The model's own data when it holds techniques with their targets, otherwise the built-in release. */
    public static AttackData of(ArchitectureModel model) {
        if (hasOwnData(model)) {
            String version = model.getAttackVersion() == null ? "unknown" : model.getAttackVersion();
            return new AttackData(version, false, List.copyOf(model.getAttackReferences()));
        }
        return new AttackData(BundledAttack.dataset().version(), true, BundledAttack.references());
    }

    /** True when the model holds imported ATT&CK techniques (coverage needs their relations). */
    public static boolean hasOwnData(ArchitectureModel model) {
        return model.getAttackReferences().stream().anyMatch(r -> r.getKind() == AttackObjectKind.TECHNIQUE
                && !r.getTargets().isEmpty());
    }
}
