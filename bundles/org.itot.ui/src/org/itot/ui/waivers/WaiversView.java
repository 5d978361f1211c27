package org.itot.ui.waivers;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.itot.model.Waiver;
import org.itot.ui.models.ActiveModel;
import org.itot.ui.models.OpenModel;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.WaiverStatus;

/**
 * The accepted risks of the active model: rule, element, rationale, author, expiry and whether each waiver still
 * applies (active, expired, stale). Edit... (or a double-click) changes a waiver, Revoke removes it; both are undoable.
 */
public final class WaiversView extends ViewPart {

    public static final String ID = "org.itot.ui.views.waivers";

    private ActiveModel activeModel;
    private OpenModel followed;
    private TableViewer viewer;
    private Button edit;
    private Button revoke;
    private final Consumer<FindingsDelta> findingsChanged = delta -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        activeModel = new ActiveModel(getSite().getPage(), this::refresh);
        edit = new Button(parent, SWT.PUSH);
        revoke = new Button(parent, SWT.PUSH);
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        // Short columns keep room for what they hold (a rule id, a date); long texts share the rest.
        column(layout, "Rule", 6, 60, Waiver::getRuleId);
        column(layout, "Element", 22, 90, this::elementOf);
        column(layout, "Rationale", 36, 100, Waiver::getRationale);
        column(layout, "Author", 8, 55, Waiver::getAuthor);
        column(layout, "Expires", 8, 80, waiver -> waiver.getExpiresOn() == null ? "never"
                : WaiverTexts.date(waiver.getExpiresOn()));
        column(layout, "Status", 14, 55, this::statusOf);

        // The combo first: ActiveModel adds its label and combo to the parent, the buttons follow it.
        activeModel.create(parent);
        edit.moveBelow(null);
        revoke.moveBelow(null);
        holder.moveBelow(null);
        edit.setText("&Edit...");
        revoke.setText("&Revoke");
        edit.addListener(SWT.Selection, e -> editSelected());
        revoke.addListener(SWT.Selection, e -> revokeSelected());
        viewer.addDoubleClickListener(e -> editSelected());
        viewer.addSelectionChangedListener(e -> updateButtons());

        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            Action editAction = new Action("&Edit Waiver...") {
                @Override
                public void run() {
                    editSelected();
                }
            };
            editAction.setEnabled(selected().size() == 1);
            Action revokeAction = new Action("&Revoke Waiver") {
                @Override
                public void run() {
                    revokeSelected();
                }
            };
            revokeAction.setEnabled(!selected().isEmpty());
            manager.add(editAction);
            manager.add(revokeAction);
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, int minimumWidth,
            Function<Waiver, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Waiver) element);
                return value == null ? "" : value;
            }
        });
    }

    /** The element of the waiver's finding, or the element id its finding id names when it is no longer raised. */
    private String elementOf(Waiver waiver) {
        RuleDiagnostic finding = followed == null ? null : WaiverStatus.findingOf(waiver, followed.findings());
        if (finding != null) {
            return ElementLabels.label(finding.element());
        }
        String id = waiver.getFindingId() == null ? "" : waiver.getFindingId();
        int at = id.indexOf('@');
        return at < 0 ? id : id.substring(at + 1);
    }

    private String statusOf(Waiver waiver) {
        if (followed == null) {
            return "";
        }
        WaiverStatus status = WaiverStatus.of(waiver, followed.findings(), new Date());
        if (status != WaiverStatus.STALE) {
            return status.label();
        }
        RuleDiagnostic finding = WaiverStatus.findingOf(waiver, followed.findings());
        String why = finding == null ? "the finding is no longer raised"
                : finding.waiverNote() != null ? finding.waiverNote() : "it does not apply";
        return status.label() + " (" + why + ")";
    }

    /** The model shown (tests choose it). */
    public ActiveModel activeModel() {
        return activeModel;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** Edits the one selected waiver in the waiver dialog. */
    public void editSelected() {
        List<Waiver> waivers = selected();
        if (waivers.size() == 1) {
            AcceptRisk.edit(getSite().getShell(), waivers.get(0));
        }
    }

    /** Revokes the selected waivers in one undoable step. */
    public void revokeSelected() {
        AcceptRisk.revoke(selected());
    }

    private List<Waiver> selected() {
        return viewer.getStructuredSelection().stream().filter(Waiver.class::isInstance).map(Waiver.class::cast)
                .toList();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        OpenModel current = activeModel.current();
        if (current != followed) {
            if (followed != null) {
                followed.removeFindingListener(findingsChanged);
            }
            followed = current;
            if (followed != null) {
                followed.addFindingListener(findingsChanged);
            }
        }
        viewer.setInput(followed == null ? new Object[0] : followed.model().getWaivers().toArray());
        updateButtons();
    }

    private void updateButtons() {
        edit.setEnabled(selected().size() == 1);
        revoke.setEnabled(!selected().isEmpty());
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (followed != null) {
            followed.removeFindingListener(findingsChanged);
        }
        if (activeModel != null) {
            activeModel.dispose();
        }
        super.dispose();
    }
}
