package org.itot.model.template;

import java.util.List;
import java.util.Optional;

import org.itot.model.ArchitectureModel;

/** The models a user can start from: each call creates a new, independent model. */
public final class ModelTemplates {

    /**
     * The .itot format version new models are written in. Kept here until the resource layer
     * names the current format version; then this should refer to it.
     */
    public static final String FORMAT_VERSION = org.itot.model.resource.ModelFormat.CURRENT;

    public static final String PURDUE = "purdue";
    public static final String BLANK = "blank";

    private static final List<TemplateInfo> TEMPLATES = List.of(
            new TemplateInfo(PURDUE, "Purdue reference architecture",
                    "A plant from the Internet edge to the field: enterprise IT, an industrial DMZ between two "
                            + "firewalls, site operations, supervisory, basic control and process zones, with brokered "
                            + "remote access, patch, anti-virus and log relays, and firewall rules for every "
                            + "cross-zone flow."),
            new TemplateInfo(BLANK, "Blank model",
                    "An empty model with the built-in protocol library: no zones, conduits or flows."));

    private ModelTemplates() {
    }

    public static List<TemplateInfo> list() {
        return TEMPLATES;
    }

    public static Optional<TemplateInfo> find(String templateId) {
        return TEMPLATES.stream().filter(t -> t.id().equals(templateId)).findFirst();
    }

    /** The template's ids, comma separated, for messages that list what is known. */
    public static String knownIds() {
        return String.join(", ", TEMPLATES.stream().map(TemplateInfo::id).toList());
    }

    /**
     * @throws IllegalArgumentException for an unknown template id, naming the known ones
     */
    public static ArchitectureModel create(String templateId) {
        if (PURDUE.equals(templateId)) {
            return PurdueTemplate.create();
        }
        if (BLANK.equals(templateId)) {
            ArchitectureModel blank = new ModelBuilder("MODEL", "New architecture", "F-%03d").model;
            // An empty drawing to start from: the editor opens a model's first diagram.
            blank.getDiagrams().add(OverviewDiagram.create("D-OVERVIEW", "Overview", blank));
            return blank;
        }
        throw new IllegalArgumentException("unknown template '" + templateId + "' (known: " + knownIds() + ")");
    }
}
