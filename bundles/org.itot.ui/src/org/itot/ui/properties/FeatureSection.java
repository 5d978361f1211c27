package org.itot.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.SecurityLevelVector;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.edit.label.ModelLabels;
import org.itot.model.labels.Labels;
import org.itot.ui.explorer.ModelLabelProvider;
import org.itot.ui.properties.ElementProperties.Tab;

/**
 * One tab of an element's properties (plugin.xml names the tab: {@code FeatureSection:NETWORK}), with an editor that
 * fits each feature: text (several lines for descriptions), drop-downs for enumerations, check boxes, numbers, an SL
 * vector editor, and pickers listing the elements a reference may point to. Every change is one command on the
 * model's stack, so it is undone with Ctrl+Z like any other edit; the tab follows changes made anywhere.
 */
public class FeatureSection extends AbstractPropertySection implements IExecutableExtension {

    private static final Set<String> MULTI_LINE = Set.of("description", "perimeter", "purpose", "physicalBoundary",
            "logicalBoundary", "accessPoints", "addresses");
    private static final String[] SL_VALUES = { "0", "1", "2", "3", "4" };
    private static final String[] FR_NAMES = { "FR1 Identification and authentication", "FR2 Use control",
            "FR3 System integrity", "FR4 Data confidentiality", "FR5 Restricted data flow",
            "FR6 Timely response to events", "FR7 Resource availability" };

    private Tab tab = Tab.GENERAL;
    private Composite body;
    private EObject element;
    private EClass shownType;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final CommandStackListener stackListener = this::stackChanged;
    private EditingDomain listenedDomain;
    private boolean updating;
    private TabbedPropertySheetPage page;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        if (data instanceof String name && !name.isBlank()) {
            tab = Tab.valueOf(name.strip());
        }
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        this.page = page;
        body = getWidgetFactory().createFlatFormComposite(parent);
        body.setLayout(new GridLayout(2, false));
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        EObject newElement = first instanceof EObject object && object.eResource() != null ? object : null;
        if (newElement != element) {
            element = newElement;
            listenTo(element == null ? null : ModelEditing.domainFor(element));
            if (element == null || element.eClass() != shownType) {
                rebuild();
            }
        }
    }

    /** Rows for the features of the element's type on this tab, made when the type changes. */
    private void rebuild() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        refreshers.clear();
        shownType = element == null ? null : element.eClass();
        if (element != null) {
            for (EStructuralFeature feature : ElementProperties.featuresOf(element.eClass(), tab)) {
                row(feature);
            }
        }
        body.layout(true, true);
        if (page != null && page.getControl() != null && !page.getControl().isDisposed()) {
            page.resizeScrolledComposite();
        }
    }

    @Override
    public void refresh() {
        updating = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    private void row(EStructuralFeature feature) {
        TabbedPropertySheetWidgetFactory factory = getWidgetFactory();
        Label label = factory.createLabel(body, displayName(feature) + ":");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        String doc = EcoreUtil.getDocumentation(feature);
        if (doc != null) {
            label.setToolTipText(doc);
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            if (reference.getEReferenceType() == ItotPackage.Literals.SECURITY_LEVEL_VECTOR) {
                securityLevels(reference);
            } else {
                summary(reference);
            }
        } else if (feature instanceof EReference reference) {
            if (reference.isMany()) {
                manyReference(reference);
            } else {
                reference(reference);
            }
        } else {
            attribute((EAttribute) feature);
        }
    }

    private void attribute(EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        Class<?> instance = type.getInstanceClass();
        if (type instanceof EEnum eEnum && !attribute.isMany()) {
            CCombo combo = getWidgetFactory().createCCombo(body, SWT.READ_ONLY | SWT.FLAT | SWT.BORDER);
            eEnum.getELiterals().forEach(literal -> combo.add(Labels.of(literal)));
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.setVisibleItemCount(Math.min(20, eEnum.getELiterals().size()));
            combo.addListener(SWT.Selection, e -> {
                EEnumLiteral literal = eEnum.getELiterals().get(combo.getSelectionIndex());
                set(attribute, literal.getInstance());
            });
            refreshers.add(() -> {
                Object value = element.eGet(attribute);
                combo.select(eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toList().indexOf(value));
            });
        } else if (instance == boolean.class || instance == Boolean.class) {
            Button check = getWidgetFactory().createButton(body, "", SWT.CHECK);
            check.addListener(SWT.Selection, e -> set(attribute, check.getSelection()));
            refreshers.add(() -> check.setSelection(Boolean.TRUE.equals(element.eGet(attribute))));
        } else {
            boolean multi = attribute.isMany() || MULTI_LINE.contains(attribute.getName());
            Text text = getWidgetFactory().createText(body, "",
                    multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            if (multi) {
                data.heightHint = 64;
                text.setToolTipText(attribute.isMany() ? "One per line; Ctrl+Enter or leaving the field applies"
                        : "Ctrl+Enter or leaving the field applies");
            }
            text.setLayoutData(data);
            Runnable commit = () -> commitText(attribute, text);
            text.addListener(SWT.FocusOut, e -> commit.run());
            text.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_RETURN && (!multi || (e.stateMask & SWT.MOD1) != 0)) {
                    commit.run();
                    e.doit = !multi;
                } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                    refresh();
                }
            });
            refreshers.add(() -> text.setText(textOf(attribute)));
        }
    }

    private String textOf(EAttribute attribute) {
        Object value = element.eGet(attribute);
        if (attribute.isMany()) {
            return ((Collection<?>) value).stream()
                    .map(v -> EcoreUtil.convertToString(attribute.getEAttributeType(), v))
                    .collect(Collectors.joining("\n"));
        }
        return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    private void commitText(EAttribute attribute, Text text) {
        if (updating || element == null || text.isDisposed() || text.getText().equals(textOf(attribute))) {
            return;
        }
        EDataType type = attribute.getEAttributeType();
        try {
            Object value;
            if (attribute.isMany()) {
                List<Object> values = new ArrayList<>();
                for (String line : text.getText().split("\\R")) {
                    if (!line.isBlank()) {
                        values.add(EcoreUtil.createFromString(type, line.strip()));
                    }
                }
                value = values;
            } else if (text.getText().isBlank() && type.getInstanceClass() == String.class) {
                value = null;
            } else {
                value = EcoreUtil.createFromString(type, text.getText().strip());
            }
            text.setBackground(null);
            text.setToolTipText(null);
            set(attribute, value);
        } catch (RuntimeException e) {
            // Keep the user's text so it can be corrected; say what is wrong instead of silently dropping it.
            text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            text.setToolTipText("Not a valid " + type.getName() + ": \"" + text.getText().strip() + "\"");
        }
    }

    /** A reference to one element: its label, and buttons to choose another or clear it. */
    private void reference(EReference reference) {
        Composite line = line(3);
        Text shown = getWidgetFactory().createText(line, "", SWT.READ_ONLY | SWT.BORDER);
        shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button choose = getWidgetFactory().createButton(line, "Choose...", SWT.PUSH);
        Button clear = getWidgetFactory().createButton(line, "Clear", SWT.PUSH);
        choose.addListener(SWT.Selection, e -> {
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(body.getShell(), new ModelLabelProvider());
            dialog.setTitle(displayName(reference).replace("&&", "&"));
            dialog.setMessage("Choose the " + displayName(reference).toLowerCase() + " (type to filter):");
            dialog.setElements(candidates(reference).toArray());
            Object current = element.eGet(reference);
            if (current != null) {
                dialog.setInitialSelections(current);
            }
            if (dialog.open() == Window.OK && dialog.getFirstResult() != null) {
                set(reference, dialog.getFirstResult());
            }
        });
        clear.addListener(SWT.Selection, e -> set(reference, null));
        refreshers.add(() -> {
            Object value = element.eGet(reference);
            shown.setText(value == null ? "(none)" : labelOf(value));
            clear.setEnabled(value != null);
        });
    }

    /** A reference to several elements: their labels, and a checklist of the candidates to change them. */
    private void manyReference(EReference reference) {
        Composite line = line(2);
        Text shown = getWidgetFactory().createText(line, "", SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 200;
        shown.setLayoutData(data);
        Button edit = getWidgetFactory().createButton(line, "Edit...", SWT.PUSH);
        edit.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        edit.addListener(SWT.Selection, e -> {
            List<EObject> current = new ArrayList<>((Collection<? extends EObject>) element.eGet(reference));
            ListSelectionDialog dialog = ListSelectionDialog.of(candidates(reference))
                    .contentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance())
                    .labelProvider(new ModelLabelProvider()).message("Select the " + displayName(reference)
                            .toLowerCase() + ":")
                    .preselect(current.toArray()).title(displayName(reference).replace("&&", "&")).create(body.getShell());
            if (dialog.open() == Window.OK) {
                List<Object> chosen = List.of(dialog.getResult());
                if (!chosen.equals(current)) {
                    set(reference, chosen);
                }
            }
        });
        refreshers.add(() -> {
            Collection<?> values = (Collection<?>) element.eGet(reference);
            shown.setText(values.isEmpty() ? "(none)"
                    : values.stream().map(this::labelOf).collect(Collectors.joining(", ")));
        });
    }

    /** Contained details (interfaces, services, ports, permissions), listed read-only. */
    private void summary(EReference reference) {
        Text shown = getWidgetFactory().createText(body, "", SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ModelLabels labels = ModelLabels.of(ModelEditing.domainFor(element));
        refreshers.add(() -> {
            Collection<?> values = reference.isMany() ? (Collection<?>) element.eGet(reference)
                    : element.eGet(reference) == null ? List.of() : List.of(element.eGet(reference));
            shown.setText(values.isEmpty() ? "(none)"
                    : values.stream().map(labels::text).collect(Collectors.joining("\n")));
        });
    }

    /**
     * The seven foundational requirements of IEC 62443, each 0-4: a drop-down per FR and one to set all seven at
     * once. An unset vector can be created (all 0) or cleared again.
     */
    private void securityLevels(EReference reference) {
        Composite area = getWidgetFactory().createComposite(body);
        area.setLayout(new GridLayout(4, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        List<CCombo> combos = new ArrayList<>();
        for (int fr = 1; fr <= 7; fr++) {
            int index = fr;
            Label name = getWidgetFactory().createLabel(area, FR_NAMES[fr - 1]);
            name.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            CCombo combo = getWidgetFactory().createCCombo(area, SWT.READ_ONLY | SWT.FLAT | SWT.BORDER);
            combo.setItems(SL_VALUES);
            combo.getAccessible(); // named for screen readers through the label before it
            combo.setToolTipText(FR_NAMES[fr - 1] + ", security level 0-4");
            combo.addListener(SWT.Selection, e -> setLevel(reference, index, combo.getSelectionIndex()));
            combos.add(combo);
        }
        Label all = getWidgetFactory().createLabel(area, "All seven");
        all.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        CCombo uniform = getWidgetFactory().createCCombo(area, SWT.READ_ONLY | SWT.FLAT | SWT.BORDER);
        uniform.setItems(SL_VALUES);
        uniform.setToolTipText("Sets FR1-FR7 to one level (the scalar shorthand)");
        uniform.addListener(SWT.Selection, e -> setUniform(reference, uniform.getSelectionIndex()));
        Button clear = getWidgetFactory().createButton(area, "Not set", SWT.CHECK);
        clear.setToolTipText("No security levels recorded (the SL rules report it)");
        clear.addListener(SWT.Selection, e -> {
            if (clear.getSelection()) {
                set(reference, null);
            } else {
                set(reference, ItotFactory.eINSTANCE.createSecurityLevelVector());
            }
        });
        refreshers.add(() -> {
            SecurityLevelVector vector = (SecurityLevelVector) element.eGet(reference);
            clear.setSelection(vector == null);
            for (int fr = 1; fr <= 7; fr++) {
                CCombo combo = combos.get(fr - 1);
                combo.setEnabled(vector != null);
                combo.select(vector == null ? -1 : Math.max(0, Math.min(4, vector.fr(fr))));
            }
            uniform.setEnabled(vector != null);
            uniform.select(vector != null && vector.isUniform() ? vector.getScalar() : -1);
        });
    }

    private void setLevel(EReference reference, int fr, int level) {
        if (updating || level < 0 || !(element.eGet(reference) instanceof SecurityLevelVector vector)) {
            return;
        }
        EStructuralFeature feature = vector.eClass().getEStructuralFeature("fr" + fr);
        if (!Objects.equals(vector.eGet(feature), level)) {
            execute(SetCommand.create(domain(), vector, feature, level));
        }
    }

    private void setUniform(EReference reference, int level) {
        if (updating || level < 0 || !(element.eGet(reference) instanceof SecurityLevelVector vector)) {
            return;
        }
        var command = new org.eclipse.emf.common.command.CompoundCommand("Set Security Levels");
        for (int fr = 1; fr <= 7; fr++) {
            EStructuralFeature feature = vector.eClass().getEStructuralFeature("fr" + fr);
            if (!Objects.equals(vector.eGet(feature), level)) {
                command.append(SetCommand.create(domain(), vector, feature, level));
            }
        }
        if (!command.isEmpty()) {
            execute(command);
        }
    }

    private Composite line(int columns) {
        Composite line = getWidgetFactory().createComposite(body);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        line.setLayout(layout);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return line;
    }

    /** Elements of the model a reference may point to (diagrams' notation excluded), the element itself excluded. */
    private List<EObject> candidates(EReference reference) {
        EClass type = reference.getEReferenceType();
        List<EObject> result = new ArrayList<>();
        EObject root = EcoreUtil.getRootContainer(element);
        if (!(root instanceof ArchitectureModel)) {
            return result;
        }
        for (var contents = root.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof Diagram) {
                contents.prune();
            } else if (type.isInstance(next) && next != element) {
                result.add(next);
            }
        }
        return result;
    }

    private String labelOf(Object value) {
        return new ModelLabelProvider().getText(value);
    }

    /** The feature's label ("MFA", "ATT&CK asset"), with & doubled so that a label does not take it for a mnemonic. */
    private static String displayName(EStructuralFeature feature) {
        return Labels.of(feature).replace("&", "&&");
    }

    private void set(EStructuralFeature feature, Object value) {
        if (updating || element == null) {
            return;
        }
        if (!feature.isMany() && Objects.equals(element.eGet(feature), value)) {
            return; // no empty step on the undo stack
        }
        execute(SetCommand.create(domain(), element, feature, value));
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain().getCommandStack().execute(command);
        }
    }

    private EditingDomain domain() {
        return ModelEditing.domainFor(element);
    }

    private void listenTo(EditingDomain domain) {
        if (listenedDomain == domain) {
            return;
        }
        if (listenedDomain != null) {
            listenedDomain.getCommandStack().removeCommandStackListener(stackListener);
        }
        listenedDomain = domain;
        if (domain != null) {
            domain.getCommandStack().addCommandStackListener(stackListener);
        }
    }

    private void stackChanged(EventObject event) {
        if (body == null || body.isDisposed()) {
            return;
        }
        body.getDisplay().asyncExec(() -> {
            if (!body.isDisposed() && element != null) {
                if (element.eResource() == null) {
                    element = null; // deleted: show nothing rather than edit a detached element
                    rebuild();
                } else {
                    refresh();
                }
            }
        });
    }

    @Override
    public void dispose() {
        listenTo(null);
        super.dispose();
    }

    /** The editor controls of this tab, for tests: label text to control. */
    public Composite getBody() {
        return body;
    }
}
