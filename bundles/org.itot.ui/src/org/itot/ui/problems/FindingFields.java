package org.itot.ui.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;
import org.itot.ui.waivers.WaiverTexts;

/** The Problems view's columns: the finding with its severity, its element, rule and model (markerSupport fields). */
public final class FindingFields {

    private FindingFields() {
    }

    /**
     * What the finding says, with its severity's icon (the IDE's description field leaves rows without one here), or
     * a tick when a waiver accepts it; errors sort first, and missing inputs ("not assessed") after the violations of
     * their severity.
     */
    public static final class Description extends MarkerField {
        @Override
        public String getValue(MarkerItem item) {
            return item.getAttributeValue(IMarker.MESSAGE, "");
        }

        @Override
        public int compare(MarkerItem first, MarkerItem second) {
            int bySeverity = Integer.compare(severity(second), severity(first));
            if (bySeverity != 0) {
                return bySeverity;
            }
            // Within a severity, the findings service's order: violations before missing inputs, grouped by input.
            int byOrder = first.getAttributeValue(FindingMarkers.ORDER, "\uffff")
                    .compareTo(second.getAttributeValue(FindingMarkers.ORDER, "\uffff"));
            return byOrder != 0 ? byOrder : super.compare(first, second);
        }

        @Override
        public void update(ViewerCell cell) {
            super.update(cell);
            MarkerItem item = (MarkerItem) cell.getElement();
            String icon = switch (item.getMarker() == null ? -1 : severity(item)) {
            case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case IMarker.SEVERITY_INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
            default -> null;
            };
            if (item.getMarker() != null && item.getMarker().getAttribute(FindingMarkers.ACCEPTED, false)) {
                cell.setImage(WaiverTexts.acceptedImage());
                return;
            }
            cell.setImage(icon == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(icon));
        }

        @Override
        public int getDefaultColumnWidth(Control control) {
            return 60 * averageCharWidth(control);
        }

        private static int severity(MarkerItem item) {
            return item.getAttributeValue(IMarker.SEVERITY, -1);
        }
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

    /** Whether the finding is open or accepted as a risk, and until when and by whom. */
    public static final class Status extends MarkerField {
        @Override
        public String getValue(MarkerItem item) {
            return item.getMarker() == null ? "" : item.getAttributeValue(FindingMarkers.STATUS, "");
        }

        @Override
        public int getDefaultColumnWidth(Control control) {
            return 32 * averageCharWidth(control);
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
