package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.itot.help.HelpView;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ItotFactory;
import org.itot.model.Waiver;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.problems.ProblemsView;
import org.itot.ui.properties.FindingsSection;
import org.itot.ui.waivers.AcceptRisk;
import org.itot.ui.waivers.AcceptRiskHandler;
import org.itot.ui.waivers.WaiverDialog;
import org.itot.ui.waivers.WaiverInput;
import org.itot.ui.waivers.WaiverTexts;
import org.itot.ui.waivers.WaiversView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accepting a risk on the desktop: Accept Risk... in the Problems view and in the element's Findings tab adds a
 * waiver through the model's command stack; the finding stays listed, shown as accepted; Undo makes it open again;
 * the Waivers view lists, edits and revokes waivers, undoably. The waiver dialog is answered through its test seam.
 */
@ExtendWith(IsolatedWorkbench.class)
class AcceptRiskTest {

    private static final LocalDate EXPIRY = LocalDate.now().plusMonths(6);
    private static final String ACCEPTED = "Accepted (until " + EXPIRY + ", by j.doe)";

    private final List<WaiverInput> asked = new ArrayList<>();
    private WaiverInput answer = new WaiverInput("Lab link until the firewall arrives", "j.doe",
            Date.from(EXPIRY.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    private AcceptRisk.Prompt previousPrompt;
    private IWorkbenchPage page;
    private Path file;
    private OpenModel model;
    private Conduit unenforced;
    private Asset firewall;

    @BeforeEach
    void openAModelWithFindings() throws Exception {
        previousPrompt = AcceptRisk.setPrompt((shell, title, subject, initial) -> {
            asked.add(initial);
            return answer;
        });
        ArchitectureModel plant = ModelTemplates.create(ModelTemplates.PURDUE);
        unenforced = ItotFactory.eINSTANCE.createConduit();
        unenforced.setId("C-RISK");
        unenforced.setName("Unenforced link");
        unenforced.getZones().add(plant.getZones().get(0));
        unenforced.getZones().add(plant.getZones().get(1));
        plant.getConduits().add(unenforced);
        // A firewall without a deny-all rule on a conduit of its own: BND-02, which has a quick fix.
        firewall = ItotFactory.eINSTANCE.createAsset();
        firewall.setId("FW-TEST");
        firewall.setName("Test firewall");
        firewall.setType(AssetType.FIREWALL);
        plant.getZones().get(2).getAssets().add(firewall);
        Conduit guarded = ItotFactory.eINSTANCE.createConduit();
        guarded.setId("C-FW");
        guarded.setName("Guarded link");
        guarded.getZones().add(plant.getZones().get(2));
        guarded.getZones().add(plant.getZones().get(3));
        guarded.getEnforcedBy().add(firewall);
        plant.getConduits().add(guarded);
        file = Workbench.save(plant, "risky-plant.itot");
        page = UiTesting.page();
        model = OpenModels.get().open(file);
        unenforced = find(model.model(), "C-RISK");
        firewall = model.model().getAllAssets().stream().filter(a -> "FW-TEST".equals(a.getId())).findFirst()
                .orElseThrow();
        Workbench.waitForMarker(file, "BND-01@C-RISK");
        Workbench.waitForMarker(file, "BND-02@FW-TEST");
    }

    @AfterEach
    void putTheDialogBack() {
        AcceptRisk.setPrompt(previousPrompt);
    }

    @Test
    void acceptRiskInTheProblemsViewUndoAndRevokeInTheWaiversView() throws Exception {
        ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
        ModelExplorerView explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
        select(explorer, model.model());
        TreeItem row = waitForProblemsRow(problems, "C-RISK", "Open");

        // Accept Risk... from the view's context menu: the command runs on the selected finding.
        page.activate(problems);
        problems.tree().setSelection(row);
        problems.tree().notifyListeners(SWT.Selection, new Event());
        flush();
        problems.getSite().getService(IHandlerService.class).executeCommand(AcceptRiskHandler.COMMAND_ID, null);
        flush();

        assertEquals(1, asked.size(), "the waiver dialog was asked once");
        assertEquals("", asked.get(0).rationale(), "no rationale is suggested");
        assertEquals(System.getProperty("user.name"), asked.get(0).author(), "the author defaults to the user");
        assertNull(asked.get(0).expiresOn(), "no expiry by default");
        assertEquals(List.of("BND-01@C-RISK"), model.model().getWaivers().stream().map(Waiver::getFindingId).toList());
        assertTrue(model.isDirty(), "accepting a risk changes the model");
        TreeItem accepted = waitForProblemsRow(problems, "C-RISK", ACCEPTED);
        assertSame(WaiverTexts.acceptedImage(), accepted.getImage(0), "an accepted finding has its own icon");
        assertTrue(accepted.getText(0).startsWith("BND-01: "), "and is still listed: " + accepted.getText(0));

        // Undo: the finding is open again; Redo accepts it again.
        undo(explorer);
        assertTrue(model.model().getWaivers().isEmpty());
        waitForProblemsRow(problems, "C-RISK", "Open");
        model.domain().getCommandStack().redo();
        waitForProblemsRow(problems, "C-RISK", ACCEPTED);

        // The Waivers view lists it; Edit changes it, Revoke removes it, both undoable.
        WaiversView waivers = (WaiversView) page.showView(WaiversView.ID);
        waivers.activeModel().select(model);
        Table table = waivers.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == 1 && "Active".equals(table.getItem(0).getText(5)),
                "the waiver listed as active");
        assertEquals(List.of("BND-01", "Unenforced link (C-RISK)", "Lab link until the firewall arrives", "j.doe",
                EXPIRY.toString(), "Active"), texts(table.getItem(0), 6));

        answer = new WaiverInput("Firewall delayed to Q3", "a.roe", null);
        waivers.getViewer().setSelection(new StructuredSelection(model.model().getWaivers().get(0)));
        waivers.editSelected();
        assertEquals("Firewall delayed to Q3", model.model().getWaivers().get(0).getRationale());
        assertEquals("Lab link until the firewall arrives", asked.get(asked.size() - 1).rationale(),
                "the dialog shows the waiver's current rationale");
        waitForProblemsRow(problems, "C-RISK", "Accepted (no expiry, by a.roe)");
        model.domain().getCommandStack().undo();
        assertEquals("Lab link until the firewall arrives", model.model().getWaivers().get(0).getRationale());

        waivers.getViewer().setSelection(new StructuredSelection(model.model().getWaivers().get(0)));
        waivers.revokeSelected();
        assertTrue(model.model().getWaivers().isEmpty(), "revoked");
        waitUntil(() -> table.getItemCount() == 0, "the Waivers view without the revoked waiver");
        waitForProblemsRow(problems, "C-RISK", "Open");
        model.domain().getCommandStack().undo();
        waitUntil(() -> table.getItemCount() == 1, "the waiver back after undoing the revocation");
        waitForProblemsRow(problems, "C-RISK", ACCEPTED);
    }

    @Test
    void acceptRiskQuickFixAndRuleHelpInTheFindingsTab() throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
        FindingsSection findings = findingsTab(explorer, firewall);
        Table table = findings.getTable().getTable();
        waitUntil(() -> status(table, "BND-02").equals("Open"), "the open BND-02 finding in the Findings tab");

        select(table, "BND-02");
        List<String> items = menuItems(table);
        assertTrue(items.containsAll(List.of("Accept Risk...", "Rule Help")), items.toString());
        assertTrue(items.stream().anyMatch(item -> item.startsWith("Quick Fix: Add a deny-all rule")), items.toString());

        menuItem(table, "Accept Risk...").notifyListeners(SWT.Selection, new Event());
        flush();
        assertEquals(List.of("BND-02@FW-TEST"), model.model().getWaivers().stream().map(Waiver::getFindingId).toList());
        waitUntil(() -> status(table, "BND-02").equals(ACCEPTED), "the finding shown as accepted in the Findings tab");
        assertSame(WaiverTexts.acceptedImage(), row(table, "BND-02").orElseThrow().getImage(0));

        undo(explorer);
        waitUntil(() -> status(table, "BND-02").equals("Open"), "the finding open again after undo");
        assertTrue(model.model().getWaivers().isEmpty());

        // Rule Help opens the rule's page, as in the Problems view.
        findings = findingsTab(explorer, firewall);
        Table help = findings.getTable().getTable();
        select(help, "BND-02");
        menuItem(help, "Rule Help").notifyListeners(SWT.Selection, new Event());
        waitUntil(() -> page.findView(HelpView.ID) instanceof HelpView view
                && "rule:BND-02".equals(view.currentPage().id()), "the help of BND-02");

        // The quick fix of the Problems view, here too: one undoable command.
        findings = findingsTab(explorer, firewall);
        Table fix = findings.getTable().getTable();
        select(fix, "BND-02");
        int rules = firewall.getFirewallRules().size();
        menuItems(fix).stream().filter(item -> item.startsWith("Quick Fix: ")).findFirst()
                .map(item -> menuItem(fix, item)).orElseThrow().notifyListeners(SWT.Selection, new Event());
        flush();
        assertEquals(rules + 1, firewall.getFirewallRules().size(), "the deny-all rule was added");
        waitUntil(() -> Workbench.marker(file, "BND-02@FW-TEST") == null, "BND-02 fixed");
        model.domain().getCommandStack().undo();
        Workbench.waitForMarker(file, "BND-02@FW-TEST");
    }

    @Test
    void theDialogRefusesAMissingRationaleAndAnExpiryThatIsNotInTheFuture() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WaiverInput.read(" ", "j.doe", "", today)).getMessage().contains("rationale"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WaiverInput.read("Why", "j.doe", "2026-12-07", today)).getMessage().contains("not in the future"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WaiverInput.read("Why", "j.doe", "next year", today)).getMessage().contains("YYYY-MM-DD"));
        WaiverInput input = WaiverInput.read(" Why ", " j.doe ", "2027-03-01", today);
        assertEquals("Why", input.rationale());
        assertEquals("j.doe", input.author());
        assertEquals("2027-03-01", input.expiryText());
        assertNull(WaiverInput.read("Why", "", "", today).expiresOn(), "no expiry");
    }

    @Test
    void theWaiverDialogSaysWhatToCorrectAndOnlyThenAllowsOk() {
        WaiverDialog dialog = new WaiverDialog(page.getWorkbenchWindow().getShell(), "Accept Risk", "BND-01 on C-RISK",
                new WaiverInput("", "j.doe", null));
        dialog.setBlockOnOpen(false);
        dialog.open();
        flush();
        try {
            List<Text> fields = texts(dialog.getShell());
            Button ok = button(dialog.getShell(), "OK");
            assertFalse(ok.isEnabled(), "no OK without a rationale");
            assertNull(dialog.getErrorMessage(), "an empty form is a prompt, not an error");
            assertEquals("j.doe", fields.get(1).getText(), "the author as given");

            fields.get(0).setText("Lab link until the firewall arrives");
            flush();
            assertTrue(ok.isEnabled());
            fields.get(2).setText(LocalDate.now().toString());
            flush();
            assertFalse(ok.isEnabled(), "an expiry that is not in the future is refused");
            assertTrue(dialog.getErrorMessage().contains("not in the future"), dialog.getErrorMessage());
            fields.get(2).setText(EXPIRY.toString());
            flush();
            assertTrue(ok.isEnabled());
            assertNull(dialog.getErrorMessage());
            ok.notifyListeners(SWT.Selection, new Event());
            flush();
            assertEquals("Lab link until the firewall arrives", dialog.result().rationale());
            assertEquals(EXPIRY.toString(), dialog.result().expiryText());
        } finally {
            dialog.close();
        }
    }

    private static List<Text> texts(Composite parent) {
        List<Text> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && (text.getStyle() & SWT.READ_ONLY) == 0) {
                found.add(text);
            } else if (child instanceof Composite composite) {
                found.addAll(texts(composite));
            }
        }
        return found;
    }

    private static Button button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && button.getText().replace("&", "").equals(label)) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Conduit find(ArchitectureModel model, String id) {
        return model.getConduits().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private void undo(IViewPart explorer) throws Exception {
        page.activate(explorer);
        flush();
        explorer.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        flush();
    }

    private static void select(ModelExplorerView explorer, Object element) throws InterruptedException {
        explorer.getSite().getPage().activate(explorer);
        waitUntil(() -> {
            explorer.getViewer().setSelection(new StructuredSelection(element), true);
            return explorer.getViewer().getStructuredSelection().getFirstElement() == element;
        }, element + " selected in the Model Explorer");
    }

    /** Waits for the Problems view's row of the finding on this element with this status, and returns it. */
    private static TreeItem waitForProblemsRow(ProblemsView problems, String elementId, String status)
            throws InterruptedException {
        // A view hidden behind another in its stack (here: the Waivers view) does not update its rows.
        problems.getSite().getPage().bringToTop(problems);
        TreeItem[] found = new TreeItem[1];
        try {
            waitUntil(() -> {
                found[0] = rows(problems.tree()).filter(item -> item.getText(1).contains("(" + elementId + ")")
                        && item.getText(4).equals(status)).findFirst().orElse(null);
                return found[0] != null;
            }, "the row of " + elementId + " with status " + status);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; rows: " + rows(problems.tree())
                    .map(item -> item.getText(2) + "|" + item.getText(1) + "|" + item.getText(4)).toList(), e);
        }
        return found[0];
    }

    /** The rows of findings, also under groups. */
    private static Stream<TreeItem> rows(Tree tree) {
        return Arrays.stream(tree.getItems()).flatMap(item -> {
            if (item.getItemCount() == 0) {
                return Stream.of(item);
            }
            Event expand = new Event();
            expand.item = item;
            tree.notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
            return Arrays.stream(item.getItems());
        });
    }

    private FindingsSection findingsTab(ModelExplorerView explorer, Object element) throws Exception {
        select(explorer, element);
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(explorer);
        flush();
        waitUntil(() -> sheet.getCurrentPage() instanceof TabbedPropertySheetPage tabbed
                && tabbed.getActiveTabs().length > 0, "the tabbed Properties page");
        TabbedPropertySheetPage properties = (TabbedPropertySheetPage) sheet.getCurrentPage();
        properties.setSelectedTab("org.itot.ui.tab.findings");
        flush();
        for (ISection section : properties.getCurrentTab().getSections()) {
            if (section instanceof FindingsSection findings) {
                return findings;
            }
        }
        throw new AssertionError("no Findings tab");
    }

    /** The Status column of the Findings tab's row of a rule, or "" when there is none. */
    private static String status(Table table, String ruleId) {
        return row(table, ruleId).map(item -> item.getText(3)).orElse("");
    }

    private static Optional<TableItem> row(Table table, String ruleId) {
        return Arrays.stream(table.getItems()).filter(item -> item.getText(1).equals(ruleId)).findFirst();
    }

    private static void select(Table table, String ruleId) {
        TableItem item = row(table, ruleId).orElseThrow(() -> new AssertionError("no " + ruleId + " row"));
        table.setSelection(item);
        table.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /** The context menu's items as a user reads them (mnemonics left out), after the menu was shown. */
    private static List<String> menuItems(Table table) {
        Menu menu = table.getMenu();
        assertNotNull(menu, "the Findings tab has a context menu");
        menu.notifyListeners(SWT.Show, new Event());
        return Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
                .map(item -> item.getText().replace("&", "")).toList();
    }

    private static MenuItem menuItem(Table table, String text) {
        menuItems(table);
        MenuItem item = Arrays.stream(table.getMenu().getItems())
                .filter(candidate -> candidate.getText().replace("&", "").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
        assertTrue(item.isEnabled(), text + " is enabled");
        assertFalse(item.isDisposed());
        return item;
    }

    private static List<String> texts(TableItem item, int columns) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            texts.add(item.getText(i));
        }
        return texts;
    }
}
