package org.itot.export.excel.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ModelElement;
import org.itot.model.PortRange;
import org.itot.model.query.PortRanges;

/** How the register spells model values, shared by the exporter and the importer. */
public final class Values {

    /** Between the ids of a list cell, and between addresses and port ranges. */
    public static final String SEPARATOR = ", ";

    private Values() {
    }

    public static String id(ModelElement element) {
        return element == null ? null : element.getId();
    }

    public static String ids(Collection<? extends ModelElement> elements) {
        // Several cells of every row: a loop, not a stream pipeline per cell. Spelled as joining would (null as "null").
        if (elements.isEmpty()) {
            return "";
        }
        StringBuilder ids = new StringBuilder();
        boolean first = true;
        for (ModelElement element : elements) {
            if (!first) {
                ids.append(SEPARATOR);
            }
            first = false;
            ids.append(element.getId());
        }
        return ids.toString();
    }

    public static String ports(List<PortRange> ports) {
        return ports.stream().map(PortRanges::format).collect(Collectors.joining(SEPARATOR));
    }

    public static String severity(int diagnosticSeverity) {
        return switch (diagnosticSeverity) {
        case Diagnostic.ERROR -> "error";
        case Diagnostic.WARNING -> "warning";
        default -> "info";
        };
    }

    /** The number of a Purdue level literal ("3.5" → 3.5), or null for "external" and anything else. */
    public static Double purdueNumber(String literal) {
        if (literal == null || literal.isEmpty() || !Character.isDigit(literal.charAt(0))) {
            return null;
        }
        try {
            return Double.valueOf(literal);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
