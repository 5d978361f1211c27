package org.itot.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.itot.analysis.paths.AttackPath;
import org.itot.model.ItotPackage;
import org.itot.model.labels.Labels;
import org.itot.model.resource.JsonText;
import org.itot.analysis.paths.PathText;

/** The plain-text and JSON forms of a {@link ModelDiff}. */
public final class DiffText {

    private DiffText() {
    }

    public static String toText(ModelDiff diff) {
        StringBuilder text = new StringBuilder();
        section(text, "Elements added", diff.elements(ElementChange.Kind.ADDED).stream().map(DiffText::element).toList());
        section(text, "Elements removed",
                diff.elements(ElementChange.Kind.REMOVED).stream().map(DiffText::element).toList());
        section(text, "Elements changed", diff.elements(ElementChange.Kind.CHANGED).stream()
                .map(change -> element(change) + ": " + String.join(", ", change.features().stream()
                        .map(feature -> featureLabel(change.type(), feature)).toList())).toList());
        section(text, "Findings appeared", diff.findingsAppeared().stream().map(DiffText::finding).toList());
        section(text, "Findings disappeared", diff.findingsDisappeared().stream().map(DiffText::finding).toList());
        section(text, "Attack paths appeared", diff.pathsAppeared().stream().map(DiffText::path).toList());
        section(text, "Attack paths disappeared", diff.pathsDisappeared().stream().map(DiffText::path).toList());
        for (String reason : diff.pathTruncation()) {
            text.append("truncated: ").append(reason).append('\n');
        }
        text.append(diff.elements().size()).append(" element changes, ").append(diff.findingsAppeared().size())
                .append(" findings appeared, ").append(diff.findingsDisappeared().size())
                .append(" disappeared, ").append(diff.pathsAppeared().size()).append(" attack paths appeared, ")
                .append(diff.pathsDisappeared().size()).append(" disappeared\n");
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append(title).append(" (").append(lines.size()).append("):\n");
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append('\n');
    }

    private static String element(ElementChange change) {
        return change.type() + " " + change.id() + (change.label().equals(change.id()) ? "" : " (" + change.label() + ")");
    }

    /** "mfa" of an Asset reads "MFA" in the text; the JSON keeps the feature names. */
    private static String featureLabel(String type, String feature) {
        if (ItotPackage.eINSTANCE.getEClassifier(type) instanceof EClass eClass
                && eClass.getEStructuralFeature(feature) != null) {
            return Labels.of(eClass.getEStructuralFeature(feature));
        }
        return feature;
    }

    private static String finding(FindingChange finding) {
        return finding.severity() + " " + finding.findingId() + ": " + finding.message();
    }

    private static String path(AttackPath path) {
        return path.entry().label() + " -> " + PathText.id(path.target()) + ": " + path.barriers() + " barriers, "
                + path.monitoredHops() + " monitored hops, via " + PathText.hops(path);
    }

    /** The version of the JSON report's shape ({@code docs/schemas/diff.schema.json}); a breaking change raises it. */
    public static final String FORMAT_VERSION = "1.0";

    public static String toJson(ModelDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        for (ElementChange.Kind kind : ElementChange.Kind.values()) {
            List<Object> changes = new ArrayList<>();
            for (ElementChange change : diff.elements(kind)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", change.id());
                json.put("type", change.type());
                json.put("label", change.label());
                if (kind == ElementChange.Kind.CHANGED) {
                    json.put("features", change.features());
                }
                changes.add(json);
            }
            root.put(switch (kind) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
            }, changes);
        }
        root.put("findingsAppeared", diff.findingsAppeared().stream().map(DiffText::findingJson).toList());
        root.put("findingsDisappeared", diff.findingsDisappeared().stream().map(DiffText::findingJson).toList());
        root.put("pathsAppeared", diff.pathsAppeared().stream().map(PathText::toJson).toList());
        root.put("pathsDisappeared", diff.pathsDisappeared().stream().map(PathText::toJson).toList());
        root.put("pathTruncation", diff.pathTruncation());
        return JsonText.write(root);
    }

    private static Map<String, Object> findingJson(FindingChange finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", finding.findingId());
        json.put("rule", finding.ruleId());
        json.put("severity", finding.severity());
        json.put("message", finding.message());
        return json;
    }
}
