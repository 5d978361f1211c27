package org.itot.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.itot.model.labels.Labels;

/**
 * The Properties view of a model element, from its EMF.Edit item property descriptors (what EMF.Edit UI's
 * PropertySource does; that bundle is not obtainable here). Single values are edited in place: text, numbers,
 * enumerations and references as drop-downs; every change goes through the descriptor, which executes a command
 * on the model's command stack, so it is undoable and validated live like any other edit.
 */
final class ElementPropertySource implements IPropertySource {

    private final EObject element;
    private final IItemPropertySource itemSource;

    ElementPropertySource(EObject element, AdapterFactory adapterFactory) {
        this.element = element;
        this.itemSource = (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        if (itemSource == null) {
            return new IPropertyDescriptor[0];
        }
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(element)) {
            result.add(describe(item));
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    private IPropertyDescriptor describe(IItemPropertyDescriptor item) {
        String id = item.getId(element);
        EStructuralFeature feature = feature(item);
        String name = feature == null ? item.getDisplayName(element) : Labels.of(feature);
        PropertyDescriptor descriptor;
        if (!item.canSetProperty(element) || item.isMany(element) || feature == null) {
            descriptor = new PropertyDescriptor(id, name);
        } else if (choices(item) != null) {
            descriptor = new ComboBoxPropertyDescriptor(id, name, labels(item, choices(item)));
        } else if (feature instanceof EAttribute attribute) {
            TextPropertyDescriptor text = new TextPropertyDescriptor(id, name);
            text.setValidator(validatorFor(attribute.getEAttributeType()));
            descriptor = text;
        } else {
            descriptor = new PropertyDescriptor(id, name);
        }
        descriptor.setCategory(item.getCategory(element));
        descriptor.setDescription(item.getDescription(element));
        if (!(descriptor instanceof ComboBoxPropertyDescriptor)) {
            // A drop-down shows its own labels for the index it holds; everything else gets the item labels.
            IItemLabelProvider labels = item.getLabelProvider(element);
            descriptor.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
                @Override
                public String getText(Object value) {
                    return text(labels, value);
                }
            });
        }
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = descriptor(id);
        if (item == null) {
            return null;
        }
        EStructuralFeature feature = feature(item);
        Object value = feature == null ? null : element.eGet(feature);
        List<?> choices = choices(item);
        if (choices != null && item.canSetProperty(element) && !item.isMany(element)) {
            return Math.max(0, choices.indexOf(value));
        }
        if (feature instanceof EAttribute attribute && !item.isMany(element) && item.canSetProperty(element)) {
            return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        return value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = descriptor(id);
        return item != null && item.isPropertySet(element);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor item = descriptor(id);
        if (item != null) {
            item.resetPropertyValue(element);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor item = descriptor(id);
        if (item == null) {
            return;
        }
        Object newValue = value;
        List<?> choices = choices(item);
        if (choices != null && value instanceof Integer index) {
            if (index < 0 || index >= choices.size()) {
                return;
            }
            newValue = choices.get(index);
        } else if (feature(item) instanceof EAttribute attribute && value instanceof String text) {
            newValue = convert(attribute.getEAttributeType(), text);
            if (newValue == INVALID) {
                return;
            }
        }
        Object current = feature(item) == null ? null : element.eGet(feature(item));
        if (java.util.Objects.equals(current, newValue)) {
            return; // no empty step on the undo stack
        }
        item.setPropertyValue(element, newValue);
    }

    private static final Object INVALID = new Object();

    private static Object convert(EDataType type, String text) {
        if (text.isEmpty() && type.getInstanceClass() == String.class) {
            return null;
        }
        try {
            return EcoreUtil.createFromString(type, text.strip());
        } catch (RuntimeException e) {
            return INVALID;
        }
    }

    private static ICellEditorValidator validatorFor(EDataType type) {
        return value -> value instanceof String text && convert(type, text) == INVALID
                ? "Not a valid " + type.getName() + ": " + text : null;
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource == null ? null : itemSource.getPropertyDescriptor(element, id);
    }

    private EStructuralFeature feature(IItemPropertyDescriptor item) {
        return item.getFeature(element) instanceof EStructuralFeature feature ? feature : null;
    }

    /** The values a single-valued enumeration, boolean or reference may take, or null for free text. */
    private List<?> choices(IItemPropertyDescriptor item) {
        EStructuralFeature feature = feature(item);
        if (feature == null || item.isMany(element)) {
            return null;
        }
        if (feature.getEType() instanceof EEnum || feature.getEType().getInstanceClass() == boolean.class
                || feature.getEType().getInstanceClass() == Boolean.class || !(feature instanceof EAttribute)) {
            Collection<?> values = item.getChoiceOfValues(element);
            if (values == null && feature.getEType().getInstanceClass() == boolean.class) {
                return List.of(false, true);
            }
            return values == null ? null : new ArrayList<>(values);
        }
        return null;
    }

    private static String[] labels(IItemPropertyDescriptor item, List<?> values) {
        IItemLabelProvider labels = item.getLabelProvider(null);
        return values.stream().map(v -> text(labels, v)).toArray(String[]::new);
    }

    private static String text(IItemLabelProvider labels, Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> text(labels, v)).collect(Collectors.joining(", "));
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return Labels.of(literal); // "IT", not the file's "it"
        }
        String text = labels == null ? null : labels.getText(value);
        return text == null ? String.valueOf(value) : text;
    }
}
