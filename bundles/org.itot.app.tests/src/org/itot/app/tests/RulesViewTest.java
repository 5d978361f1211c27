package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.ItotFactory;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.edit.command.change.SetRuleEnabledCommand;
import org.itot.help.HelpView;
import org.itot.model.template.ModelTemplates;
import org.itot.rules.ui.RulesView;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Rules view and quick fixes in the real workbench: the view lists the catalogue, unticking a rule removes its
 * markers and undo brings them back; a quick fix on a marker removes the finding and undo brings it back.
 */
@ExtendWith(IsolatedWorkbench.class)
class RulesViewTest {

    @Test
    void theRulesViewListsTheCatalogueAndUntickingARuleRemovesItsMarkersUntilUndo() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Zone first = template.getZones().get(0);
        Zone second = template.getZones().get(1);
        Conduit unenforced = ItotFactory.eINSTANCE.createConduit();
        unenforced.setId("C-UNENFORCED");
        unenforced.setName("Unenforced link");
        unenforced.getZones().addAll(List.of(first, second));
        template.getConduits().add(unenforced);
        Path file = Workbench.save(template, "rules-view-plant.itot");
        OpenModel model = OpenModels.get().open(file);
        Workbench.waitForMarker(file, "BND-01@C-UNENFORCED");

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RulesView view = (RulesView) page.showView(RulesView.ID);
        chooseModel(view, model);
        Table table = view.viewer().getTable();
        List<String> ids = Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
        // The 41 rules of the catalogue, BND-10 (issue 16), the 3 diagram rules (DIA-01..03) and the 7 as-built
        // rules (ASB-01..07, issue 20), which `itot reconcile` evaluates but which are listed, set and waived here too.
        assertEquals(52, ids.size(), ids::toString);
        assertEquals(52, ids.stream().distinct().count(), "one row per rule");
        assertTrue(ids.containsAll(List.of("DIA-01", "DIA-02", "DIA-03")));
        assertTrue(ids.containsAll(List.of("ASB-01", "ASB-04", "ASB-07")));
        assertEquals("SEG-01", ids.get(0));
        assertTrue(ids.containsAll(List.of("BND-01", "EXT-03", "PRO-02", "MON-01", "IAM-03", "OPS-03", "SL-03")));
        assertTrue(Arrays.stream(table.getItems()).allMatch(TableItem::getChecked), "every rule is on by default");

        TableItem bnd01 = Arrays.stream(table.getItems()).filter(item -> "BND-01".equals(item.getText(0))).findFirst()
                .orElseThrow();
        table.setSelection(bnd01);
        table.notifyListeners(SWT.Selection, selectionEvent(bnd01, SWT.NONE));
        assertTrue(view.detailsText().contains("How to fix: Add a firewall or unidirectional gateway"),
                view.detailsText());

        bnd01.setChecked(false);
        table.notifyListeners(SWT.Selection, selectionEvent(bnd01, SWT.CHECK));
        assertFalse(SetRuleEnabledCommand.isEnabled(model.model(), "BND-01"), "the model now says BND-01 is off");
        Workbench.waitUntil(() -> !Workbench.hasMarkerOfRule(file, "BND-01"), "removal of the BND-01 markers");

        model.domain().getCommandStack().undo();
        Workbench.waitForMarker(file, "BND-01@C-UNENFORCED");
        assertTrue(SetRuleEnabledCommand.isEnabled(model.model(), "BND-01"));
        assertTrue(bnd01.getChecked(), "the tick follows undo");

        // Enter on a rule, typed for real, opens its help and changes nothing.
        table.setFocus();
        table.setSelection(bnd01);
        pressEnter(table.getDisplay());
        Workbench.waitUntil(() -> page.findView(HelpView.ID) instanceof HelpView help
                && "rule:BND-01".equals(help.currentPage().id()), "the help of BND-01");
        assertTrue(SetRuleEnabledCommand.isEnabled(model.model(), "BND-01"));
        assertFalse(model.isDirty(), "nothing changed");
    }

    /** Issue 16 item 6: what the model lacks for each rule, listed while missing and gone once entered. */
    @Test
    void theCompletenessSectionListsWhatEachRuleLacksUntilItIsEntered() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Zone control = template.getAllZones().stream().filter(z -> "Z-CTL".equals(z.getId())).findFirst().orElseThrow();
        control.setSlTarget(null);
        Path file = Workbench.save(template, "completeness-plant.itot");
        OpenModel model = OpenModels.get().open(file);
        IMarker missing = Workbench.waitForMarker(file, "SL-01@Z-CTL#sl-t");
        // The Problems view sorts by the findings service's order: every violation before the missing inputs.
        String missingAt = missing.getAttribute(org.itot.ui.problems.FindingMarkers.ORDER, "");
        assertEquals("Not assessed: SL-T missing", missing.getAttribute(org.itot.ui.problems.FindingMarkers.GROUP, ""));
        for (IMarker marker : Workbench.markers(file)) {
            if ("Violations".equals(marker.getAttribute(org.itot.ui.problems.FindingMarkers.GROUP, ""))) {
                assertTrue(marker.getAttribute(org.itot.ui.problems.FindingMarkers.ORDER, "").compareTo(missingAt) < 0,
                        marker.getAttribute(IMarker.MESSAGE, ""));
            }
        }

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RulesView view = (RulesView) page.showView(RulesView.ID);
        chooseModel(view, model);
        Workbench.waitUntil(() -> view.completeness().rows().stream()
                .anyMatch(row -> row.ruleId().equals("SL-03") && row.gap().input().equals("SL-T")
                        && row.gap().reportedBy().equals("SL-01") && row.gap().element() == zone(model, "Z-CTL")),
                "SL-03 listed as lacking the SL-T of Z-CTL");
        Table rows = view.completeness().table().getTable();
        Workbench.waitUntil(() -> Arrays.stream(rows.getItems()).anyMatch(item -> "SL-01".equals(item.getText(0))),
                "the table shows SL-01's row");
        TableItem sl01 = Arrays.stream(rows.getItems()).filter(item -> "SL-01".equals(item.getText(0))).findFirst()
                .orElseThrow();
        assertEquals("SL-T", sl01.getText(1));
        assertTrue(sl01.getText(2).contains("Z-CTL"), sl01.getText(2));
        assertEquals("1", sl01.getText(3));
        assertTrue(sl01.getText(5).startsWith("Properties > Security levels"), sl01.getText(5));
        assertTrue(view.completeness().summaryText().contains("rules cannot decide everything"),
                view.completeness().summaryText());

        model.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(model.domain(),
                zone(model, "Z-CTL"), org.itot.model.ItotPackage.Literals.ZONE__SL_TARGET,
                org.itot.model.query.SecurityLevels.uniform(2)));
        Workbench.waitUntil(() -> view.completeness().rows().isEmpty() && rows.getItemCount() == 0,
                "the section empties once the SL-T is entered");
        Workbench.waitUntil(() -> view.completeness().summaryText().startsWith("Complete"), "the summary says complete");
        model.domain().getCommandStack().undo();
        Workbench.waitUntil(() -> !view.completeness().rows().isEmpty(), "undo brings the missing input back");
    }

    private static Zone zone(OpenModel model, String id) {
        return model.model().getAllZones().stream().filter(z -> id.equals(z.getId())).findFirst().orElseThrow();
    }

    private static void pressEnter(org.eclipse.swt.widgets.Display display) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event key = new Event();
            key.type = type;
            key.keyCode = SWT.CR;
            key.character = SWT.CR;
            assertTrue(display.post(key), "the key event was posted");
        }
    }

    @Test
    void aQuickFixOnAMarkerFixesTheFindingAndUndoBringsItBack() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Asset firewall = template.getAllAssets().stream().filter(a -> "DMZ-FW-IT".equals(a.getId())).findFirst()
                .orElseThrow();
        FirewallRule denyAll = firewall.getFirewallRules().get(firewall.getFirewallRules().size() - 1);
        assertEquals(RuleAction.DENY, denyAll.getAction());
        firewall.getFirewallRules().remove(denyAll);
        Path file = Workbench.save(template, "quick-fix-plant.itot");
        OpenModel model = OpenModels.get().open(file);
        IMarker marker = Workbench.waitForMarker(file, "BND-02@DMZ-FW-IT");

        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "the Problems view offers Quick Fix");
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Add a deny-all rule at the end of IT/iDMZ firewall's rule set"),
                Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
        resolutions[0].run(marker);

        Workbench.waitUntil(() -> Workbench.marker(file, "BND-02@DMZ-FW-IT") == null, "the BND-02 marker to go");
        assertEquals(RuleAction.DENY, firewall(model).getFirewallRules()
                .get(firewall(model).getFirewallRules().size() - 1).getAction());

        model.domain().getCommandStack().undo();
        Workbench.waitForMarker(file, "BND-02@DMZ-FW-IT");
    }

    @Test
    void findingsWithoutAMechanicalFixOfferNone() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Conduit unenforced = ItotFactory.eINSTANCE.createConduit();
        unenforced.setId("C-OPEN");
        unenforced.getZones().addAll(List.of(template.getZones().get(0), template.getZones().get(1)));
        template.getConduits().add(unenforced);
        Path file = Workbench.save(template, "no-fix-plant.itot");
        OpenModels.get().open(file);
        IMarker marker = Workbench.waitForMarker(file, "BND-01@C-OPEN");
        assertFalse(IDE.getMarkerHelpRegistry().hasResolutions(marker));
    }

    private static Asset firewall(OpenModel model) {
        return model.model().getAllAssets().stream().filter(a -> "DMZ-FW-IT".equals(a.getId())).findFirst()
                .orElseThrow();
    }

    /** Picks the model in the view's combo as a user would. */
    private static void chooseModel(RulesView view, OpenModel model) {
        Combo combo = findCombo(view.viewer().getTable().getParent());
        int index = Arrays.asList(combo.getItems()).indexOf(model.file().getFileName().toString());
        assertTrue(index >= 0, "the open model is offered: " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        assertEquals(model, view.currentModel());
    }

    /** The model chooser: a child of the table's parent or of one of that parent's parents (the view's top row). */
    private static Combo findCombo(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Composite level = parent; level != null; level = level.getParent()) {
            for (org.eclipse.swt.widgets.Control child : level.getChildren()) {
                if (child instanceof Combo combo) {
                    return combo;
                }
            }
        }
        throw new AssertionError("no model chooser in the Rules view");
    }

    private static Event selectionEvent(TableItem item, int detail) {
        Event event = new Event();
        event.item = item;
        event.detail = detail;
        return event;
    }
}
