package org.itot.ui.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

/** The Problems view's columns that say what a finding is about: element, rule and model (markerSupport fields). */
public final class FindingFields {

    private FindingFields() {
    }

    /** The element the finding is on, "Name (ID)". */
    public static final class Element extends MarkerField {
        @Override
        public String getValue(MarkerItem item) {
            return item.getMarker() == null ? "" : item.getAttributeValue(IMarker.LOCATION, "");
        }

        @Override
        public int getDefaultColumnWidth(Control control) {
            return 28 * averageCharWidth(control);
        }
    }

    /** The rule the element breaks, e.g. BND-01. */
    public static final class Rule extends MarkerField {
        @Override
        public String getValue(MarkerItem item) {
            return item.getMarker() == null ? "" : item.getAttributeValue(FindingMarkers.RULE_ID, "");
        }

        @Override
        public int getDefaultColumnWidth(Control control) {
            return 10 * averageCharWidth(control);
        }
    }

    /** The model file the finding belongs to (its name; the workspace link may carry a number prefix). */
    public static final class Model extends MarkerField {
        @Override
        public String getValue(MarkerItem item) {
            IMarker marker = item.getMarker();
            if (marker == null) {
                return "";
            }
            IResource resource = marker.getResource();
            return resource.getLocation() == null ? resource.getName() : resource.getLocation().lastSegment();
        }

        @Override
        public int getDefaultColumnWidth(Control control) {
            return 20 * averageCharWidth(control);
        }
    }

    private static int averageCharWidth(Control control) {
        GC gc = new GC(control);
        try {
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
    }
}
