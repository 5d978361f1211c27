package org.itot.analysis.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.ModelElement;
import org.itot.model.resource.JsonText;

/** Names of path elements and the plain-text and JSON forms of a {@link PathReport}. */
public final class PathText {

    private PathText() {
    }

    /** The element's id, or its name when it has none. */
    public static String id(ModelElement element) {
        if (element == null) {
            return "";
        }
        return element.getId() != null && !element.getId().isBlank() ? element.getId() : label(element);
    }

    /** The element's name, or its id when it has none. */
    public static String label(ModelElement element) {
        if (element == null) {
            return "";
        }
        if (element.getName() != null && !element.getName().isBlank()) {
            return element.getName();
        }
        return element.getId() != null ? element.getId() : element.eClass().getName();
    }

    /** The element with this id, or failing that the first with this name; null when none. */
    public static ModelElement find(ArchitectureModel model, String idOrName) {
        ModelElement byName = null;
        for (var iterator = EcoreUtil.<EObject>getAllContents(model, true); iterator.hasNext();) {
            if (iterator.next() instanceof ModelElement element) {
                if (idOrName.equals(element.getId())) {
                    return element;
                }
                if (byName == null && idOrName.equals(element.getName())) {
                    byName = element;
                }
            }
        }
        return byName;
    }

    /** One line per hop: {@code ENTRY Wireless -> Z-CTL via AP-1}. */
    public static String hops(AttackPath path) {
        List<String> steps = new ArrayList<>();
        for (Hop hop : path.hops()) {
            steps.add(hop.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + id(hop.element()) + " -> "
                    + id(hop.to()));
        }
        return String.join("; ", steps);
    }

    public static String names(List<Asset> assets) {
        return String.join(", ", assets.stream().map(PathText::id).toList());
    }

    public static String toText(PathReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Entry points:\n");
        if (report.entries().isEmpty()) {
            text.append("  (none: the model has no Internet, enterprise, vendor, wireless or transient entry)\n");
        }
        for (EntryPoint entry : report.entries()) {
            text.append("  ").append(entry.id()).append("  ").append(entry.label()).append(", ").append(entry.origin())
                    .append(", lands in ")
                    .append(String.join(", ", entry.zones().stream().map(PathText::id).toList())).append('\n');
        }
        text.append('\n');
        int index = 1;
        for (AttackPath path : report.paths()) {
            text.append(index++).append(". ").append(path.entry().label()).append(" -> ").append(label(path.target()))
                    .append(" (").append(id(path.target())).append("): ").append(path.barriers())
                    .append(path.barriers() == 1 ? " barrier, " : " barriers, ").append(path.monitoredHops())
                    .append(" monitored hop").append(path.monitoredHops() == 1 ? ", " : "s, ")
                    .append(path.hops().size())
                    .append(path.hops().size() == 1 ? " hop\n" : " hops\n");
            text.append("   via ").append(hops(path)).append('\n');
            if (!path.enforcingDevices().isEmpty()) {
                text.append("   enforced by ").append(names(path.enforcingDevices())).append('\n');
            }
            if (!path.monitoringDevices().isEmpty()) {
                text.append("   monitored by ").append(names(path.monitoringDevices())).append('\n');
            }
        }
        text.append(report.paths().size()).append(report.paths().size() == 1 ? " path" : " paths").append(" to ")
                .append(report.targets().size()).append(report.targets().size() == 1 ? " target" : " targets")
                .append(" from ").append(report.entries().size())
                .append(report.entries().size() == 1 ? " entry point" : " entry points").append('\n');
        for (String reason : report.truncation()) {
            text.append("truncated: ").append(reason).append('\n');
        }
        for (String reason : report.limited()) {
            text.append("limited: ").append(reason).append('\n');
        }
        return text.toString();
    }

    /** The version of the JSON report's shape ({@code docs/schemas/paths.schema.json}); a breaking change raises it. */
    public static final String FORMAT_VERSION = "1.0";

    public static String toJson(PathReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        List<Object> entries = new ArrayList<>();
        for (EntryPoint entry : report.entries()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", entry.id());
            json.put("kind", entry.kind().key());
            json.put("label", entry.label());
            json.put("origin", entry.origin());
            json.put("zones", entry.zones().stream().map(PathText::id).toList());
            entries.add(json);
        }
        root.put("entryPoints", entries);
        root.put("targets", report.targets().size());
        List<Object> paths = new ArrayList<>();
        for (AttackPath path : report.paths()) {
            paths.add(toJson(path));
        }
        root.put("paths", paths);
        root.put("truncated", report.truncated());
        root.put("truncation", report.truncation());
        root.put("limited", report.limited());
        return JsonText.write(root);
    }

    public static Map<String, Object> toJson(AttackPath path) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", path.key());
        json.put("entry", path.entry().id());
        json.put("entryKind", path.entry().kind().key());
        json.put("entryOrigin", path.entry().origin());
        json.put("target", id(path.target()));
        json.put("targetName", label(path.target()));
        json.put("barriers", path.barriers());
        json.put("monitoredHops", path.monitoredHops());
        List<Object> hops = new ArrayList<>();
        for (Hop hop : path.hops()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("kind", hop.kind().name().toLowerCase(java.util.Locale.ROOT));
            step.put("element", id(hop.element()));
            step.put("from", hop.from() == null ? null : id(hop.from()));
            step.put("to", id(hop.to()));
            step.put("conduits", hop.conduits().stream().map(PathText::id).toList());
            step.put("enforcedBy", hop.enforcing().stream().map(PathText::id).toList());
            step.put("monitoredBy", hop.monitoring().stream().map(PathText::id).toList());
            hops.add(step);
        }
        json.put("hops", hops);
        json.put("enforcedBy", path.enforcingDevices().stream().map(PathText::id).toList());
        json.put("monitoredBy", path.monitoringDevices().stream().map(PathText::id).toList());
        return json;
    }
}
