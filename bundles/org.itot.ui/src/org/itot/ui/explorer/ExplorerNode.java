package org.itot.ui.explorer;

import org.itot.model.ArchitectureModel;
import org.itot.model.PurdueLevel;

/**
 * The explorer's grouping nodes, which are not model elements. Records, so that a node rebuilt on refresh equals the
 * one before and the tree keeps it expanded and selected.
 */
public sealed interface ExplorerNode {

    ArchitectureModel model();

    /** The top-level zones of one Purdue level. */
    record LevelGroup(ArchitectureModel model, PurdueLevel level) implements ExplorerNode {
    }

    /** One kind of model-wide element: conduits, flows, protocols, roles or diagrams. */
    record Folder(ArchitectureModel model, Kind kind) implements ExplorerNode {
    }

    enum Kind {
        CONDUITS("Conduits"), FLOWS("Flows"), PROTOCOLS("Protocols"), ROLES("Roles"), DIAGRAMS("Diagrams");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
