package org.itot.ui.properties;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.itot.attack.BuiltInAttack;
import org.itot.model.ArchitectureModel;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * MITRE ATT&CK for ICS around the element: the techniques and mitigations that the rules it breaks relate to, named
 * from the model's ATT&CK references where the model has them. (An asset's own ATT&CK asset type is edited above,
 * with the features of this tab.)
 */
public class AttackSection extends AbstractPropertySection {

    private Text text;
    private EObject element;
    private OpenModel model;
    private final Consumer<FindingsDelta> findingsChanged = delta -> {
        if (text != null && !text.isDisposed()) {
            text.getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite body = getWidgetFactory().createFlatFormComposite(parent);
        body.setLayout(new GridLayout(1, false));
        getWidgetFactory().createLabel(body, "ATT&CK ids of the rules this element's findings break:");
        text = getWidgetFactory().createText(body, "", SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
        if (text == null || text.isDisposed()) {
            return;
        }
        text.setText(describe(model, element));
    }

    /** One line per ATT&CK id: the id, its name (the model's own data, else the built-in release), the rules citing it. */
    public static String describe(OpenModel model, EObject element) {
        Map<String, java.util.Set<String>> rulesById = new LinkedHashMap<>();
        for (RuleDiagnostic finding : FindingsSection.findingsOf(model, element)) {
            if (finding.rule() == null) {
                continue;
            }
            for (String id : finding.rule().attackIds()) {
                rulesById.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(finding.ruleId());
            }
        }
        if (rulesById.isEmpty()) {
            return "(no findings with ATT&CK references)";
        }
        // Names from the model's own ATT&CK data, else from the release built into the product.
        ArchitectureModel root = model == null ? null : model.model();
        return rulesById.entrySet().stream()
                .map(entry -> BuiltInAttack.name(root, entry.getKey()) + "  (" + String.join(", ", entry.getValue()) + ")")
                .collect(Collectors.joining("\n"));
    }

    public String getText() {
        return text.getText();
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
