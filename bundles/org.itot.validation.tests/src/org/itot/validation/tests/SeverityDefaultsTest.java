package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.Test;

/** Severity defaults (the desktop's preferences) replace the catalogue's, and a model's own setting wins over them. */
class SeverityDefaultsTest {

    @Test
    void defaultsReplaceTheCatalogueAndModelSettingsWin() {
        ArchitectureModel model = model();
        conduit(model, "C-OPEN", zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35),
                zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3));
        assertEquals(Diagnostic.ERROR,
                find(findings(new ModelValidator(Catalogue.builtIn()).validate(model)), "BND-01").getSeverity());

        ModelValidator lowered = new ModelValidator(Catalogue.builtIn(), Map.of("BND-01", Severity.INFO));
        assertEquals(Diagnostic.INFO, find(findings(lowered.validate(model)), "BND-01").getSeverity());

        RuleSetting setting = ItotFactory.eINSTANCE.createRuleSetting();
        setting.setRuleId("BND-01");
        setting.setEnabled(true);
        setting.setSeverity(SeverityOverride.WARNING);
        model.getRuleSettings().add(setting);
        assertEquals(Diagnostic.WARNING, find(findings(lowered.validate(model)), "BND-01").getSeverity());
    }
}
