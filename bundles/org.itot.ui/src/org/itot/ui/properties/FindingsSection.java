package org.itot.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.itot.diagram.fix.QuickFix;
import org.itot.diagram.fix.QuickFixes;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.waivers.AcceptRisk;
import org.itot.ui.waivers.WaiverTexts;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * The element's current findings from live validation: severity, rule, message, and whether a waiver accepts it. It
 * follows each new validation result. Its context menu accepts a finding as a risk, runs its quick fixes and opens
 * its rule's help.
 */
public class FindingsSection extends AbstractPropertySection {

    /** Rule Help, contributed by the Help bundle (which builds on this one). */
    static final String RULE_HELP_COMMAND = "org.itot.help.showRuleHelp";

    private TableViewer table;
    private EObject element;
    private OpenModel model;
    private final Consumer<FindingsDelta> findingsChanged = delta -> {
        // Unchanged findings are in no delta, so one that names nothing of this element leaves the table as it is.
        if (table != null && !table.getControl().isDisposed() && concerns(delta, element)) {
            table.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite body = getWidgetFactory().createFlatFormComposite(parent);
        body.setLayout(new GridLayout(1, false));
        Composite holder = getWidgetFactory().createComposite(body);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Severity", 12, finding -> severityText(finding), FindingsSection::severityImage);
        column(layout, "Rule", 10, RuleDiagnostic::ruleId, finding -> null);
        column(layout, "Message", 60, RuleDiagnostic::getMessage, finding -> null);
        column(layout, "Status", 24, WaiverTexts::status, finding -> null);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
    }

    /** Accept Risk..., the finding's quick fixes (as in the Problems view) and Rule Help, for the selected finding. */
    private void fillMenu(IMenuManager menu) {
        RuleDiagnostic finding = table.getStructuredSelection().getFirstElement() instanceof RuleDiagnostic selected
                ? selected : null;
        Shell shell = table.getControl().getShell();
        menu.add(action("&Accept Risk...", finding != null, () -> AcceptRisk.acceptRisk(shell, finding)));
        menu.add(new Separator());
        List<QuickFix> fixes = finding == null || finding.element().eResource() == null ? List.of()
                : QuickFixes.forFinding(finding.ruleId(), finding.element());
        if (fixes.isEmpty()) {
            menu.add(action("Quick Fix: none for this finding", false, () -> { }));
        }
        for (QuickFix fix : fixes) {
            IAction run = action("Quick Fix: " + fix.label(), true,
                    () -> ModelEditing.domainFor(finding.element()).getCommandStack().execute(fix.command()));
            run.setToolTipText(fix.description());
            menu.add(run);
        }
        menu.add(new Separator());
        menu.add(action("Rule &Help", finding != null, () -> showRuleHelp(finding)));
    }

    private static IAction action(String text, boolean enabled, Runnable run) {
        IAction action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }

    /** Runs the Help bundle's Rule Help command (as the Problems and Rules views do) on this finding. */
    private static void showRuleHelp(RuleDiagnostic finding) {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(finding));
        try {
            handlers.executeCommandInContext(
                    new ParameterizedCommand(commands.getCommand(RULE_HELP_COMMAND), null), null, context);
        } catch (CommandException e) {
            ILog.of(FindingsSection.class).error("Cannot open the help of rule " + finding.ruleId(), e);
        }
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<RuleDiagnostic, String> text,
            java.util.function.Function<RuleDiagnostic, Image> image) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object value) {
                return text.apply((RuleDiagnostic) value);
            }

            @Override
            public Image getImage(Object value) {
                return image.apply((RuleDiagnostic) value);
            }
        });
    }

    private static String severityText(RuleDiagnostic finding) {
        return switch (finding.getSeverity()) {
        case Diagnostic.ERROR -> "Error";
        case Diagnostic.WARNING -> "Warning";
        default -> "Info";
        };
    }

    private static Image severityImage(RuleDiagnostic finding) {
        if (finding.isAccepted()) {
            return WaiverTexts.acceptedImage();
        }
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (finding.getSeverity()) {
        case Diagnostic.ERROR -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        case Diagnostic.WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        default -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
        };
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        element = first instanceof EObject object ? object : null;
        OpenModel newModel = OpenModels.get().of(element).orElse(null);
        if (newModel != model) {
            if (model != null) {
                model.removeFindingListener(findingsChanged);
            }
            model = newModel;
            if (model != null) {
                model.addFindingListener(findingsChanged);
            }
        }
    }

    @Override
    public void refresh() {
        if (table != null && !table.getControl().isDisposed()) {
            table.setInput(findingsOf(model, element).toArray());
        }
    }

    private static boolean concerns(FindingsDelta delta, EObject element) {
        return Stream.concat(delta.removed().stream(), delta.added().stream())
                .anyMatch(finding -> finding.element() == element);
    }

    /** The findings of the latest validation that are about this element. */
    public static List<RuleDiagnostic> findingsOf(OpenModel model, EObject element) {
        List<RuleDiagnostic> result = new ArrayList<>();
        if (model == null || element == null) {
            return result;
        }
        for (Diagnostic child : model.findings().getChildren()) {
            if (child instanceof RuleDiagnostic finding && finding.element() == element) {
                result.add(finding);
            }
        }
        return result;
    }

    public TableViewer getTable() {
        return table;
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    @Override
    public void dispose() {
        if (model != null) {
            model.removeFindingListener(findingsChanged);
        }
        super.dispose();
    }
}
