package org.itot.validation.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RuleInputs;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackProblem;
import org.itot.validation.rules.Severity;

/**
 * The findings of a model, defined once for the command line, the exporters (register and drawings),
 * the comparison and the desktop: the built-in catalogue plus the user's rule packs, the severities
 * preferred outside the model, and the model's own rule settings and waivers (which the validator
 * reads from the model itself). Callers differ only in where the configuration comes from (command
 * line options or the desktop's preferences), never in how findings are made, so one export cannot
 * disagree with itself or with {@code itot validate}.
 */
public final class ModelFindings {

    /**
     * What, besides the model, decides its findings.
     *
     * @param userPacks        rule packs beside the built-in catalogue (their problems are reported, never thrown)
     * @param severityDefaults severities by rule ID that replace the catalogue's; a model's own rule settings win
     */
    public record Configuration(List<RulePack> userPacks, Map<String, Severity> severityDefaults) {

        public Configuration {
            userPacks = List.copyOf(userPacks);
            severityDefaults = Map.copyOf(severityDefaults);
        }

        /** The built-in catalogue alone, at its own severities. */
        public static Configuration builtInOnly() {
            return new Configuration(List.of(), Map.of());
        }

        /**
         * The built-in catalogue and the user packs in these files, at the catalogue's severities (as
         * {@code --rules FILE} on the command line).
         *
         * @throws IOException when a file cannot be read; a pack with broken rules is read, its problems listed
         */
        public static Configuration withUserPacks(List<Path> packFiles) throws IOException {
            List<RulePack> packs = new ArrayList<>();
            for (Path file : packFiles) {
                packs.add(Catalogue.userPack(file));
            }
            return new Configuration(packs, Map.of());
        }

        /** The built-in packs followed by the user's. */
        public List<RulePack> packs() {
            List<RulePack> packs = new ArrayList<>(Catalogue.builtIn());
            packs.addAll(userPacks);
            return packs;
        }

        /** Problems of the user packs (file, line, column, reason): the rules they could not add. */
        public List<RulePackProblem> problems() {
            return userPacks.stream().flatMap(pack -> pack.problems().stream()).toList();
        }

        /** A validator for this configuration, e.g. for live validation, which keeps one per model. */
        public ModelValidator validator() {
            return new ModelValidator(packs(), severityDefaults);
        }
    }

    private ModelFindings() {
    }

    /** The whole validation result: one {@link Diagnostic} whose children are {@link RuleDiagnostic}s. */
    public static Diagnostic validate(ArchitectureModel model, Configuration configuration) {
        return validate(model, configuration.validator());
    }

    /** As {@link #validate(ArchitectureModel, Configuration)} with a validator already made from a configuration. */
    public static Diagnostic validate(ArchitectureModel model, ModelValidator validator) {
        return validate(model, validator, new NullProgressMonitor());
    }

    /**
     * Validates under the model's read lock, so the result never mixes two states of a model being edited.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
     */
    public static Diagnostic validate(ArchitectureModel model, ModelValidator validator, IProgressMonitor monitor) {
        try (ModelEditing.ReadAccess access = ModelEditing.readAccess(model)) {
            return validator.validate(model, monitor);
        }
    }

    /** The findings alone, in model order, accepted ones included (they carry their waiver). */
    public static List<RuleDiagnostic> findings(ArchitectureModel model, Configuration configuration) {
        return findings(validate(model, configuration));
    }

    /**
     * The findings in the order people read them: violations first, most severe first (model order within a
     * severity); then the completeness findings ("not assessed"), grouped by the input they miss in the order of the
     * catalogue's input table, so missing data never buries a real violation. The text report, the Problems view and
     * the Rules view all present findings in this order and with these groups ({@link #group(RuleDiagnostic)}).
     */
    public static List<RuleDiagnostic> presentationOrder(List<RuleDiagnostic> findings) {
        List<String> inputOrder = inputOrder();
        // A stable sort: model order within a key.
        return findings.stream().sorted(Comparator.comparing(finding -> presentationKey(finding, inputOrder))).toList();
    }

    /**
     * Where a finding's group stands in {@link #presentationOrder}: findings sort by this key, model order within a
     * key. It depends on the finding alone, so a view can place one finding without looking at the others.
     */
    public static String presentationKey(RuleDiagnostic finding) {
        return presentationKey(finding, inputOrder());
    }

    private static String presentationKey(RuleDiagnostic finding, List<String> inputOrder) {
        if (!finding.isCompleteness()) {
            // Most severe first (severities are 0 to 8).
            return "0" + (9 - finding.getSeverity());
        }
        int known = inputOrder.indexOf(finding.missingInput().toLowerCase(Locale.ROOT));
        // Inputs of the built-in table first, in its order; inputs only user packs name after them.
        return known >= 0 ? String.format(Locale.ROOT, "10%03d", known)
                : "11" + finding.missingInput().toLowerCase(Locale.ROOT);
    }

    private static List<String> inputOrder() {
        return RuleInputs.builtIn().stream().map(input -> input.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The group a finding is presented in: {@value #VIOLATIONS} for a violation, {@code "Not assessed: INPUT missing"}
     * for a completeness finding.
     */
    public static String group(RuleDiagnostic finding) {
        return finding.isCompleteness() ? NOT_ASSESSED + finding.missingInput() + " missing" : VIOLATIONS;
    }

    /** The group of violations (see {@link #group(RuleDiagnostic)}). */
    public static final String VIOLATIONS = "Violations";

    /** How completeness groups begin (see {@link #group(RuleDiagnostic)}). */
    public static final String NOT_ASSESSED = "Not assessed: ";

    /** What the model lacks for each of these rules to decide (see {@link Completeness}). */
    public static List<Completeness.RuleGaps> completeness(List<RuleDefinition> rules, List<RuleDiagnostic> findings) {
        return Completeness.byRule(rules, findings);
    }

    /** The findings of a validation result. */
    public static List<RuleDiagnostic> findings(Diagnostic result) {
        return result.getChildren().stream().filter(RuleDiagnostic.class::isInstance)
                .map(RuleDiagnostic.class::cast).toList();
    }
}
