package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.ItotFactory;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.problems.ProblemsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ITOT Architect's Problems view: columns say which element breaks which rule in which model (no resource path or
 * marker type), and it shows the findings of the model selected in the explorer, not of every open model.
 */
@ExtendWith(IsolatedWorkbench.class)
class ProblemsColumnsTest {

    @Test
    void columnsAreFindingElementRuleAndModel() throws Exception {
        ProblemsView view = (ProblemsView) UiTesting.page().showView(ProblemsView.ID);
        UiTesting.flush();
        List<String> columns = Arrays.stream(view.tree().getColumns()).map(TreeColumn::getText).toList();
        assertEquals(List.of("Description", "Element", "Rule", "Model", "Status"), columns);
    }

    @Test
    void showsTheFindingsOfTheSelectedModelWithElementRuleAndModel() throws Exception {
        OpenModel first = OpenModels.get().open(flawedModel("first-plant.itot", "C-FIRST"));
        OpenModel second = OpenModels.get().open(flawedModel("second-plant.itot", "C-SECOND"));
        IWorkbenchPage page = UiTesting.page();
        ProblemsView view = (ProblemsView) page.showView(ProblemsView.ID);
        ModelExplorerView explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);

        select(explorer, first);
        waitForRows(view, rows -> rows.contains("BND-01|Unenforced link (C-FIRST)|first-plant.itot"),
                "the first model's BND-01 row");
        assertTrue(rows(view.tree()).stream().allMatch(row -> row.endsWith("|first-plant.itot")),
                "only the selected model's findings: " + rows(view.tree()));
        TreeItem error = findingItems(view.tree()).stream().filter(item -> item.getText(2).equals("BND-01"))
                .findFirst().orElseThrow();
        assertTrue(error.getImage(0) != null, "the finding's severity icon");

        page.activate(explorer);
        select(explorer, second);
        waitForRows(view, rows -> rows.contains("BND-01|Unenforced link (C-SECOND)|second-plant.itot")
                && rows.stream().allMatch(row -> row.endsWith("|second-plant.itot")),
                "only the second model's rows after selecting it");
        OpenModels.get().close(first);
        OpenModels.get().close(second);
    }

    /** Selects the model in the explorer once the explorer lists it (it adds opened models as they come). */
    private static void select(ModelExplorerView explorer, OpenModel model) throws InterruptedException {
        UiTesting.waitUntil(() -> {
            explorer.getViewer().setSelection(new StructuredSelection(model.model()), true);
            return explorer.getViewer().getStructuredSelection().getFirstElement() == model.model();
        }, model.file().getFileName() + " selected in the Model Explorer");
    }

    private static void waitForRows(ProblemsView view, Predicate<List<String>> condition, String what)
            throws InterruptedException {
        try {
            UiTesting.waitUntil(() -> condition.test(rows(view.tree())), what);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the Problems view shows " + rows(view.tree()), e);
        }
    }

    /** The Purdue template with one conduit that has no enforcing asset (BND-01). */
    private static Path flawedModel(String fileName, String conduitId) throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Conduit open = ItotFactory.eINSTANCE.createConduit();
        open.setId(conduitId);
        open.setName("Unenforced link");
        open.getZones().add(model.getZones().get(0));
        open.getZones().add(model.getZones().get(1));
        model.getConduits().add(open);
        return Workbench.save(model, fileName);
    }

    /** Every finding row as "Rule|Element|Model". */
    private static List<String> rows(Tree tree) {
        return findingItems(tree).stream().map(item -> item.getText(2) + "|" + item.getText(1) + "|" + item.getText(3))
                .toList();
    }

    /** The rows of findings; groups, if the user chose a grouping, expanded. */
    private static List<TreeItem> findingItems(Tree tree) {
        List<TreeItem> findings = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            if (item.getItemCount() == 0) {
                findings.add(item);
                continue;
            }
            Event expand = new Event();
            expand.item = item;
            tree.notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
            findings.addAll(List.of(item.getItems()));
        }
        return findings;
    }
}
