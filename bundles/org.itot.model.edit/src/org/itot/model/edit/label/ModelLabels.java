package org.itot.model.edit.label;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.itot.model.Bendpoint;
import org.itot.model.EdgeView;
import org.itot.model.ItotPackage;
import org.itot.model.ListeningService;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Permission;
import org.itot.model.PortRange;
import org.itot.model.SecurityLevelVector;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.edit.provider.ItotEditPlugin;
import org.itot.model.labels.Labels;

/**
 * The one text for any model element, shared by the explorer, the command line, findings and exporters so that they
 * all call an element the same. Built on the item providers' labels ({@link IItemLabelProvider}), plus what those
 * cannot know: the id of an unnamed element, the element a diagram view shows, the values of a port range or
 * security-level vector.
 */
public final class ModelLabels {

    private final AdapterFactory adapterFactory;

    public ModelLabels(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
    }

    /** Labels from the item providers of an editing domain, so no second set of adapters is attached. */
    public static ModelLabels of(EditingDomain domain) {
        return domain instanceof AdapterFactoryEditingDomain adapterFactoryDomain
                ? new ModelLabels(adapterFactoryDomain.getAdapterFactory())
                : standalone();
    }

    /** Labels for code that edits nothing (command line, exporters). */
    public static ModelLabels standalone() {
        return new ModelLabels(ModelEditing.createAdapterFactory());
    }

    /**
     * The label of an element as a tree or a report shows it: its type and name ("Zone Control network"), its type
     * and id when it has no name ("Zone Z-001"), and for a diagram view the label of what it shows ("Node View of
     * Asset Filter PLC"). Never null; empty for null.
     */
    public String text(Object object) {
        if (object == null) {
            return "";
        }
        if (object instanceof ModelElement element) {
            return isBlank(element.getName()) && !isBlank(element.getId())
                    ? typeName(element) + " " + element.getId()
                    : itemText(element);
        }
        if (object instanceof NoteView note) {
            return itemText(note);
        }
        if (object instanceof NodeView view) {
            return view.getElement() == null ? typeName(view) : typeName(view) + " of " + text(view.getElement());
        }
        if (object instanceof EdgeView view) {
            return view.getElement() == null ? typeName(view) : typeName(view) + " of " + text(view.getElement());
        }
        if (object instanceof PortRange ports) {
            return typeName(ports) + " " + ports(ports);
        }
        if (object instanceof SecurityLevelVector levels) {
            return typeName(levels) + " " + levels(levels);
        }
        if (object instanceof Bendpoint point) {
            return typeName(point) + " (" + point.getX() + ", " + point.getY() + ")";
        }
        if (object instanceof Permission permission) {
            return typeName(permission) + " " + permission(permission);
        }
        if (object instanceof ListeningService service && service.getProtocol() != null) {
            return typeName(service) + " " + name(service.getProtocol());
        }
        return itemText(object);
    }

    /**
     * The short name of an element, for a column or a message: its name, else its id, else its type ("Control
     * network", "Z-001", "Zone"). Objects without a name get their {@link #text(Object)}.
     */
    public String name(Object object) {
        if (object instanceof ModelElement element) {
            if (!isBlank(element.getName())) {
                return element.getName();
            }
            return isBlank(element.getId()) ? typeName(element) : element.getId();
        }
        return text(object);
    }

    /** The user-facing name of an element's type ("Zone", "Firewall Rule"), from the edit bundle's labels. */
    public String typeName(EObject object) {
        String className = object.eClass().getName();
        if (object.eClass().getEPackage() == ItotPackage.eINSTANCE) {
            try {
                return ItotEditPlugin.INSTANCE.getString("_UI_" + className + "_type");
            } catch (MissingResourceException exception) {
                return className;
            }
        }
        return className;
    }

    private String itemText(Object object) {
        Object provider = adapterFactory.adapt(object, IItemLabelProvider.class);
        String text = provider instanceof IItemLabelProvider labelProvider ? labelProvider.getText(object) : null;
        if (isBlank(text)) {
            return object instanceof EObject eObject ? typeName(eObject) : String.valueOf(object);
        }
        return text;
    }

    private static String ports(PortRange ports) {
        String range = ports.getFrom() == ports.getTo() ? Integer.toString(ports.getFrom())
                : ports.getFrom() + "-" + ports.getTo();
        return ports.getTransport().getLiteral().toUpperCase(Locale.ROOT) + " " + range;
    }

    private static String levels(SecurityLevelVector levels) {
        if (levels.isUniform()) {
            return "SL " + levels.getScalar();
        }
        return "SL " + levels.getFr1() + "/" + levels.getFr2() + "/" + levels.getFr3() + "/" + levels.getFr4() + "/"
                + levels.getFr5() + "/" + levels.getFr6() + "/" + levels.getFr7();
    }

    private String permission(Permission permission) {
        String operations = permission.getOperations().isEmpty() ? "no operation"
                : permission.getOperations().stream().map(Labels::of).collect(Collectors.joining(", "));
        String scope = permission.getScope().isEmpty() ? "all assets"
                : permission.getScope().stream().map(this::name).collect(Collectors.joining(", "));
        return operations + " on " + scope;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
