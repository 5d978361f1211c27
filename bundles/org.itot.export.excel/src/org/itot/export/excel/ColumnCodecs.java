package org.itot.export.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.itot.export.excel.RegisterLayout.Enumeration;
import org.itot.export.excel.internal.CellText;
import org.itot.export.excel.internal.Values;
import org.itot.model.ModelElement;
import org.itot.model.PortRange;
import org.itot.model.PurdueLevel;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Transport;
import org.itot.model.labels.Labels;
import org.itot.model.query.PortRanges;
import org.itot.model.query.SecurityLevels;

/**
 * How each {@link RegisterLayout.Kind} of column is spelled in a cell: one encode/decode pair per kind, used by
 * {@link RegisterExporter} to write and by the importer to read, so what is written always reads back as the same
 * model value. Decoders take the cell's text (a number cell as its plain digits) and throw
 * {@link IllegalArgumentException} with what to write instead.
 */
public final class ColumnCodecs {

    /** The word for "every source/destination/service" in firewall rule cells. */
    public static final String ANY = "any";

    private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:\\s*-\\s*(\\d{1,5}))?(?:\\s*/\\s*(tcp|udp|any))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private ColumnCodecs() {
    }

    // ---- TEXT ----

    /**
     * Line breaks as one LF. Windows text (CR LF) and what LibreOffice writes back are then the same text, so an
     * unedited re-save is not a change.
     */
    public static String lineBreaks(String text) {
        return text == null || text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Model text as a cell holds it: LF line breaks, formula triggers neutralised, cut to a cell's limit. */
    public static String encodeText(String modelText) {
        return CellText.of(lineBreaks(modelText));
    }

    /** A cell's text as model text: neutralisation undone, LF line breaks; null for an empty cell. */
    public static String decodeText(String cellText) {
        if (cellText == null || cellText.isEmpty()) {
            return null;
        }
        return lineBreaks(SpreadsheetText.restore(cellText));
    }

    /** Whether a model text and a decoded cell say the same: line breaks and empty versus absent ignored. */
    public static boolean sameText(String modelText, String decoded) {
        return Objects.equals(emptyIsNull(lineBreaks(modelText)), emptyIsNull(lineBreaks(decoded)));
    }

    /** Whether a cell holds a long model text as the register cut it, unedited. */
    public static boolean isUneditedCut(String modelText, String decoded) {
        return modelText != null && decoded != null && modelText.length() > CellText.MAX_LENGTH
                && SpreadsheetText.neutralise(decoded).equals(encodeText(modelText));
    }

    private static String emptyIsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    // ---- YES_NO ----

    public static String encodeYesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** yes/no, y/n, true/false, 1/0 in any case; empty is no. */
    public static boolean decodeYesNo(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true", "1" -> true;
        case "no", "n", "false", "0", "" -> false;
        default -> throw new IllegalArgumentException("'" + abbreviate(text) + "' is not yes or no");
        };
    }

    // ---- ENUMERATION ----

    /** The label people read ("Interactive session"); null for none. */
    public static String encodeEnumeration(Enumerator literal) {
        return literal == null ? null : Labels.of(literal);
    }

    /**
     * A label or literal of {@code allowed}, case ignored.
     *
     * @throws IllegalArgumentException for an empty cell or a value not in the list
     */
    public static Enumerator decodeEnumeration(Enumeration allowed, EEnum type, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty; choose one of " + String.join(", ", allowed.values()));
        }
        String literal = allowed.match(text).orElseThrow(() -> new IllegalArgumentException("'" + abbreviate(text)
                + "' is not one of " + String.join(", ", allowed.values())));
        return type.getEEnumLiteralByLiteral(literal).getInstance();
    }

    // ---- PURDUE_LEVEL ----

    /** A number for the numbered levels (3.5 for the iDMZ: a Long or a Double), text for "external". */
    public static Object encodePurdueLevel(PurdueLevel level) {
        if (level == null) {
            return null;
        }
        Double number = Values.purdueNumber(level.getLiteral());
        if (number == null) {
            return level.getLiteral();
        }
        return number == Math.rint(number) ? (Object) number.longValue() : number;
    }

    /** "0" to "5", "3.5", "external". */
    public static PurdueLevel decodePurdueLevel(String text) {
        return (PurdueLevel) decodeEnumeration(RegisterLayout.PURDUE_LEVELS,
                org.itot.model.ItotPackage.Literals.PURDUE_LEVEL, text);
    }

    // ---- SECURITY_LEVEL ----

    /** A uniform level as a number (a Long), any other vector as "FR1-FR7 a,b,c,d,e,f,g"; null for none. */
    public static Object encodeSecurityLevel(SecurityLevelVector vector) {
        if (vector == null) {
            return null;
        }
        return SecurityLevels.isUniform(vector) ? (Object) (long) vector.getFr1() : SecurityLevels.format(vector);
    }

    /** See {@link SecurityLevels#parse(String)}; null for an empty cell. */
    public static SecurityLevelVector decodeSecurityLevel(String text) {
        return SecurityLevels.parse(text);
    }

    // ---- LIST and REFERENCES ----

    /** Values (addresses) comma separated. */
    public static String encodeList(Collection<String> values) {
        return String.join(Values.SEPARATOR, values);
    }

    /** Values separated by commas, semicolons or white space; none for an empty cell. */
    public static List<String> decodeList(String text) {
        List<String> values = new ArrayList<>();
        if (text != null) {
            for (String value : SEPARATORS.split(text)) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** Element ids comma separated. */
    public static String encodeReferences(Collection<? extends ModelElement> elements) {
        return Values.ids(elements);
    }

    /** The ids of a references cell (resolving them is the importer's: it knows the model). */
    public static List<String> decodeReferences(String text) {
        return decodeList(text);
    }

    // ---- PORTS ----

    public static String encodePorts(List<PortRange> ports) {
        return Values.ports(ports);
    }

    /** "502/tcp, 20000-20010/udp, 123": new, detached ranges. */
    public static List<PortRange> decodePorts(String text) {
        List<PortRange> ports = new ArrayList<>();
        for (String token : decodeList(text)) {
            Matcher matcher = PORT.matcher(token);
            try {
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("not a port");
                }
                int from = Integer.parseInt(matcher.group(1));
                int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
                Transport transport = matcher.group(3) == null ? Transport.ANY
                        : Transport.get(matcher.group(3).toLowerCase(Locale.ROOT));
                ports.add(PortRanges.of(transport, from, to));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + abbreviate(token) + "' is not a port range; write ports such "
                        + "as '502/tcp', '20000-20010/udp' or '123' (0-65535), separated by commas", e);
            }
        }
        return ports;
    }

    // ---- SCOPE (a firewall rule's source or destination) ----

    /** The element's id, or "any" for none. */
    public static String encodeScope(ModelElement scope) {
        return scope == null ? ANY : scope.getId();
    }

    /** The id, or null for "any" or an empty cell. */
    public static String decodeScope(String text) {
        String value = text == null ? "" : text.strip();
        return value.isEmpty() || value.equalsIgnoreCase(ANY) ? null : value;
    }

    // ---- SERVICE (a firewall rule's protocol and ports) ----

    /** A firewall rule's service as read from a cell: a protocol id or name (or none) and port ranges. */
    public record Service(String protocol, List<PortRange> ports) {

        public Service {
            ports = List.copyOf(ports);
        }

        public boolean isAny() {
            return protocol == null && ports.isEmpty();
        }
    }

    /** "any", "modbus", "502/tcp", "modbus 502/tcp, 503/tcp": the protocol id, then the ports. */
    public static String encodeService(ModelElement protocol, List<PortRange> ports) {
        if (protocol == null && ports.isEmpty()) {
            return ANY;
        }
        String portText = encodePorts(ports);
        return protocol == null ? portText : portText.isEmpty() ? protocol.getId() : protocol.getId() + " " + portText;
    }

    /**
     * The reverse of {@link #encodeService}: a first word that does not start with a digit is the protocol.
     *
     * @throws IllegalArgumentException for port ranges that are not
     */
    public static Service decodeService(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equalsIgnoreCase(ANY)) {
            return new Service(null, List.of());
        }
        String protocol = null;
        String ports = value;
        if (!Character.isDigit(value.charAt(0))) {
            int end = 0;
            while (end < value.length() && !Character.isWhitespace(value.charAt(end)) && value.charAt(end) != ',') {
                end++;
            }
            protocol = value.substring(0, end);
            ports = value.substring(end);
        }
        return new Service(protocol, decodePorts(ports));
    }

    // ---- INTEGER ----

    /** A number cell as the digits people read: 3 not 3.0, 3.5, never an exponent. */
    public static String numberText(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** A whole number from a number cell's digits or a text cell. */
    public static int decodeInteger(String text) {
        String value = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + abbreviate(value) + "' is not a whole number", e);
        }
    }

    private static String abbreviate(String text) {
        String value = text == null ? "" : text;
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
