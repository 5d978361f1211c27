package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.itot.help.HelpView;
import org.itot.help.KnownRules;
import org.itot.help.ShowRuleHelpHandler;
import org.itot.help.about.ThirdPartyLibraries;
import org.itot.help.about.ThirdPartyLibrariesPage;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.ItotFactory;
import org.itot.model.template.ModelTemplates;
import org.itot.rules.ui.RulesView;
import org.itot.ui.models.OpenModels;
import org.itot.validation.rules.RuleDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

/**
 * Help in the real workbench: a rule's page opens from its finding marker (the Problems view's Rule Help) and from the
 * Rules view, showing why the rule exists and how to fix a finding; links move between pages; Getting Started is on
 * the Help menu; About lists the bundled third-party libraries with versions and licences.
 */
@ExtendWith(IsolatedWorkbench.class)
class HelpTest {

    @Test
    void ruleHelpOpensFromAFindingMarkerWithTheRulesRationaleAndFix() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Conduit unenforced = ItotFactory.eINSTANCE.createConduit();
        unenforced.setId("C-HELP");
        unenforced.getZones().addAll(List.of(template.getZones().get(0), template.getZones().get(1)));
        template.getConduits().add(unenforced);
        Path file = Workbench.save(template, "help-plant.itot");
        OpenModels.get().open(file);
        IMarker marker = Workbench.waitForMarker(file, "BND-01@C-HELP");

        // The command the Problems view's context menu runs, with the marker entry selected.
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(true), List.of(marker));
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(marker));
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        handlers.executeCommandInContext(
                ParameterizedCommand.generateCommand(commands.getCommand(ShowRuleHelpHandler.COMMAND_ID), null), null,
                context);
        Workbench.flush();

        HelpView help = helpView();
        assertEquals("rule:BND-01", help.currentPage().id());
        RuleDefinition bnd01 = KnownRules.find("BND-01").orElseThrow().definition();
        String text = help.textWidget().getText();
        assertTrue(text.startsWith("BND-01: " + bnd01.title()), text);
        assertTrue(text.contains("Why\n" + bnd01.rationale()), text);
        assertTrue(text.contains("How to fix\n" + bnd01.fix()), text);
        assertTrue(text.contains("IEC 62443-3-3 SR 5.2"), "references are listed");
        assertTrue(text.contains("Severity: error"), text);
    }

    @Test
    void ruleHelpOpensFromTheRulesViewAndLinksLeadToTheRuleReference() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RulesView rules = (RulesView) page.showView(RulesView.ID);
        Table table = rules.viewer().getTable();
        TableItem seg08 = Arrays.stream(table.getItems()).filter(item -> "SEG-08".equals(item.getText(0))).findFirst()
                .orElseThrow();
        table.setSelection(seg08);
        table.notifyListeners(SWT.Selection, itemEvent(seg08));
        table.notifyListeners(SWT.DefaultSelection, itemEvent(seg08)); // a double-click
        Workbench.flush();

        HelpView help = helpView();
        assertEquals("rule:SEG-08", help.currentPage().id());
        assertTrue(help.textWidget().getText().contains("How to fix\nMove the asset (and every interface of it)"),
                help.textWidget().getText());

        click(help.textWidget(), "All rules");
        assertEquals("rules", help.currentPage().id());
        String index = help.textWidget().getText();
        assertTrue(index.startsWith("Rule reference\n\n" + org.itot.help.KnownRules.builtIn().size() + " rules."), index);
        assertTrue(index.contains("SEG: Segmentation and Purdue structure"));
        assertTrue(index.contains("SL-03 "));

        click(help.textWidget(), "SL-03");
        assertEquals("rule:SL-03", help.currentPage().id());
        help.back();
        assertEquals("rules", help.currentPage().id(), "Back returns to the index");

        // Issue 16 item 6: the table of each rule's required inputs, from the catalogue's input table.
        click(help.textWidget(), "Required inputs of each rule");
        assertEquals("inputs", help.currentPage().id());
        String inputs = help.textWidget().getText();
        assertTrue(inputs.contains("SL-03: SL-T, SL-C"), inputs);
        assertTrue(inputs.contains("OPS-02: owner, accountable organisation"), inputs);
        assertTrue(inputs.contains("Enter it in: Properties > Security levels of the zone or conduit (SL-T)"), inputs);
        click(help.textWidget(), "BND-08");
        assertEquals("rule:BND-08", help.currentPage().id());
        assertTrue(help.textWidget().getText().contains("Required inputs\n"), help.textWidget().getText());
    }

    @Test
    void gettingStartedIsOnTheHelpMenuAndLinksToTheRules() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of("org.itot.help.gettingStarted", ShowRuleHelpHandler.COMMAND_ID)) {
            assertTrue(commands.getCommand(id).isDefined(), id);
            assertTrue(commands.getCommand(id).isHandled(), id);
        }
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.itot.help.gettingStarted", null);
        Workbench.flush();
        HelpView help = helpView();
        assertEquals("start", help.currentPage().id());
        String text = help.textWidget().getText();
        assertTrue(text.startsWith("Getting Started with ITOT Architect"), text);
        assertTrue(text.contains("Quick Fix"), "Getting Started explains the quick fixes");
        // A desktop user learns the desktop's way first; the command line comes second.
        int menu = text.indexOf("File > New Model");
        int commandLine = text.indexOf("itot new --template purdue");
        assertTrue(menu >= 0 && commandLine > menu, "File > New Model comes before the command line: " + text);
        assertTrue(help.currentPage().links().contains("rules"));
    }

    @Test
    void aboutListsTheBundledThirdPartyLibrariesWithVersionsAndLicences() {
        List<ThirdPartyLibraries.Library> libraries = ThirdPartyLibraries
                .of(FrameworkUtil.getBundle(HelpTest.class).getBundleContext().getBundles());
        assertTrue(libraries.size() > 100, "the platform, EMF, OCL, ELK, POI, PDFBox, ...: " + libraries.size());
        List<String> unknown = libraries.stream().filter(l -> ThirdPartyLibraries.UNKNOWN.equals(l.licence()))
                .map(ThirdPartyLibraries.Library::symbolicName).toList();
        assertEquals(List.of(), unknown, "every bundle's licence is known");
        assertFalse(libraries.stream().anyMatch(l -> l.symbolicName().startsWith("org.itot.")), "ours are not listed");
        assertEquals("EPL-2.0", licence(libraries, "org.eclipse.emf.ecore"));
        assertEquals("EPL-1.0", licence(libraries, "org.eclipse.ocl"));
        assertEquals("EPL-2.0", licence(libraries, "org.eclipse.elk.core"));
        assertEquals("Apache-2.0", licence(libraries, "org.apache.pdfbox"));
        assertEquals("Apache-2.0", licence(libraries, "wrapped.org.apache.poi.poi"));
        assertEquals("Apache-2.0", ThirdPartyLibraries.licenceOf(
                "Apache-2.0;description=\"materials, under the Apache License, Version 2.0\";link=\"x\""));
        assertEquals("EPL-2.0 OR GPL-2.0-with-classpath-exception", ThirdPartyLibraries
                .licenceOf("http://www.eclipse.org/legal/epl-2.0, https://www.gnu.org/software/classpath/license.html"));

        assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.installationPages"))
                .anyMatch(page -> "org.itot.help.thirdPartyLibraries".equals(page.getAttribute("id"))),
                "the page is in Help > About > Installation Details");
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        try {
            ThirdPartyLibrariesPage page = new ThirdPartyLibrariesPage();
            page.createControl(shell);
            Table table = page.viewer().getTable();
            assertEquals(libraries.size() + 1, table.getItemCount(), "the libraries and the built-in ATT&CK data");
            TableItem mitre = Arrays.stream(table.getItems()).filter(i -> i.getText(0).startsWith("MITRE ATT&CK"))
                    .findFirst().orElseThrow(() -> new AssertionError("the built-in ATT&CK data is not listed"));
            assertEquals("18.1", mitre.getText(2));
            assertEquals(ThirdPartyLibraries.MITRE_LICENCE, mitre.getText(3));
            assertTrue(page.noticesText().contains("\u00a9 2025 The MITRE Corporation. This work is reproduced and "
                    + "distributed with the permission of The MITRE Corporation."), page.noticesText());
            assertTrue(page.noticesText().contains("ALL DOCUMENTS AND THE INFORMATION CONTAINED THEREIN ARE PROVIDED"),
                    "MITRE's disclaimer, verbatim");
            TableItem emf = Arrays.stream(table.getItems()).filter(i -> "org.eclipse.emf.ecore".equals(i.getText(1)))
                    .findFirst().orElseThrow();
            assertEquals("Eclipse Modeling Framework (EMF)", emf.getText(0));
            assertTrue(emf.getText(2).startsWith("2.43."), emf.getText(2));
        } finally {
            shell.dispose();
        }
    }

    private static String licence(List<ThirdPartyLibraries.Library> libraries, String symbolicName) {
        return libraries.stream().filter(l -> l.symbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName)).licence();
    }

    private static HelpView helpView() {
        HelpView view = (HelpView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(HelpView.ID);
        assertNotNull(view, "the help view is open");
        return view;
    }

    /** Clicks the first occurrence of a link text, as the mouse would. */
    private static void click(StyledText text, String linkText) {
        int offset = text.getText().indexOf(linkText);
        assertTrue(offset >= 0, "no " + linkText + " on the page");
        text.setTopIndex(text.getLineAtOffset(offset));
        Workbench.flush();
        Point at = text.getLocationAtOffset(offset + 1);
        Event up = new Event();
        up.button = 1;
        up.x = at.x + 1;
        up.y = at.y + 2;
        text.notifyListeners(SWT.MouseUp, up);
        Workbench.flush();
    }

    private static Event itemEvent(TableItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }
}
