package org.itot.model.edit.command.change;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;

/**
 * Switches one rule on or off for one model through its {@link RuleSetting}. A setting that would say nothing
 * (enabled, default severity) is removed rather than kept, so re-enabling a rule leaves the model file as it was.
 */
public class SetRuleEnabledCommand extends CommandWrapper {

    private final EditingDomain domain;
    private final ArchitectureModel model;
    private final String ruleId;
    private final boolean enabled;

    public SetRuleEnabledCommand(EditingDomain domain, ArchitectureModel model, String ruleId, boolean enabled) {
        super((enabled ? "Enable Rule " : "Disable Rule ") + ruleId,
                (enabled ? "Enables " : "Disables ") + "a rule for this model");
        this.domain = Objects.requireNonNull(domain, "editing domain");
        this.model = model;
        this.ruleId = ruleId;
        this.enabled = enabled;
    }

    /** Whether the model's settings leave the rule enabled (no setting means enabled). */
    public static boolean isEnabled(ArchitectureModel model, String ruleId) {
        RuleSetting setting = settingOf(model, ruleId);
        return setting == null || setting.isEnabled();
    }

    @Override
    protected Command createCommand() {
        if (model == null || ruleId == null || ruleId.isBlank()) {
            return UnexecutableCommand.INSTANCE;
        }
        RuleSetting setting = settingOf(model, ruleId);
        if (setting == null) {
            if (enabled) {
                return IdentityCommand.INSTANCE;
            }
            RuleSetting disabled = ItotFactory.eINSTANCE.createRuleSetting();
            disabled.setRuleId(ruleId);
            disabled.setEnabled(false);
            return AddCommand.create(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__RULE_SETTINGS, disabled);
        }
        if (setting.isEnabled() == enabled) {
            return IdentityCommand.INSTANCE;
        }
        if (enabled && setting.getSeverity() == SeverityOverride.DEFAULT) {
            return RemoveCommand.create(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__RULE_SETTINGS, setting);
        }
        return SetCommand.create(domain, setting, ItotPackage.Literals.RULE_SETTING__ENABLED, enabled);
    }

    private static RuleSetting settingOf(ArchitectureModel model, String ruleId) {
        return model.getRuleSettings().stream().filter(s -> ruleId.equals(s.getRuleId())).findFirst().orElse(null);
    }
}
