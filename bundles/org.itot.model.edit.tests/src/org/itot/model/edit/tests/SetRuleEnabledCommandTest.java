package org.itot.model.edit.tests;

import static org.itot.model.edit.tests.UndoRedo.assertExecutesUndoesRedoes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.itot.model.ItotFactory;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.edit.command.change.SetRuleEnabledCommand;
import org.junit.jupiter.api.Test;

/** Rules are switched off and on per model through rule settings, undoably, without leaving empty settings behind. */
class SetRuleEnabledCommandTest {

    private final PlantModel plant = new PlantModel();

    @Test
    void disablingAddsASettingAndEnablingRemovesItAgain() {
        assertTrue(SetRuleEnabledCommand.isEnabled(plant.model, "BND-01"));

        assertExecutesUndoesRedoes(plant, new SetRuleEnabledCommand(plant.domain, plant.model, "BND-01", false));
        assertFalse(SetRuleEnabledCommand.isEnabled(plant.model, "BND-01"));
        assertEquals(1, plant.model.getRuleSettings().size());
        assertEquals("BND-01", plant.model.getRuleSettings().get(0).getRuleId());

        assertExecutesUndoesRedoes(plant, new SetRuleEnabledCommand(plant.domain, plant.model, "BND-01", true));
        assertTrue(SetRuleEnabledCommand.isEnabled(plant.model, "BND-01"));
        assertTrue(plant.model.getRuleSettings().isEmpty(), "an enabled rule at its default severity needs no setting");
    }

    @Test
    void aSettingWithASeverityOverrideIsKeptWhenTheRuleIsEnabledAgain() {
        RuleSetting setting = ItotFactory.eINSTANCE.createRuleSetting();
        setting.setRuleId("MON-01");
        setting.setEnabled(false);
        setting.setSeverity(SeverityOverride.ERROR);
        plant.model.getRuleSettings().add(setting);

        assertExecutesUndoesRedoes(plant, new SetRuleEnabledCommand(plant.domain, plant.model, "MON-01", true));
        assertEquals(1, plant.model.getRuleSettings().size());
        assertTrue(setting.isEnabled());
        assertEquals(SeverityOverride.ERROR, setting.getSeverity());
    }

    @Test
    void changesNothingWhenTheRuleIsAlreadyInTheRequestedStateAndRefusesMissingInput() {
        SetRuleEnabledCommand noOp = new SetRuleEnabledCommand(plant.domain, plant.model, "SEG-01", true);
        assertTrue(noOp.canExecute());
        plant.domain.getCommandStack().execute(noOp);
        assertTrue(plant.model.getRuleSettings().isEmpty());
        assertFalse(new SetRuleEnabledCommand(plant.domain, null, "SEG-01", false).canExecute());
        assertFalse(new SetRuleEnabledCommand(plant.domain, plant.model, " ", false).canExecute());
    }
}
