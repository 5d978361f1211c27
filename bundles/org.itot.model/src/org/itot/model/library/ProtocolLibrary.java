package org.itot.model.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ItotFactory;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.Transport;
import org.itot.model.query.PortRanges;

/**
 * The built-in protocol library. The protocols are data ({@code protocols.txt} beside this class),
 * parsed once; every caller of {@link #builtIn()} gets its own copies to put into a model.
 */
public final class ProtocolLibrary {

    static final String RESOURCE = "protocols.txt";
    private static final int COLUMNS = 9;

    private static List<Protocol> prototypes;

    private ProtocolLibrary() {
    }

    /** Fresh copies of every built-in protocol, {@code secureVariantOf} pointing among the copies. */
    public static List<Protocol> builtIn() {
        return new ArrayList<>(EcoreUtil.copyAll(prototypes()));
    }

    /** The protocol with this id (exact match), e.g. {@code P-MODBUS-TCP}. */
    public static Optional<Protocol> findById(Collection<Protocol> protocols, String id) {
        return protocols.stream().filter(p -> p.getId() != null && p.getId().equals(id)).findFirst();
    }

    /** The protocol with this name, ignoring case, e.g. {@code modbus/tcp}. */
    public static Optional<Protocol> findByName(Collection<Protocol> protocols, String name) {
        return protocols.stream().filter(p -> p.getName() != null && p.getName().equalsIgnoreCase(name)).findFirst();
    }

    /** The protocol with this id; for code that names library protocols and may rely on them. */
    public static Protocol require(Collection<Protocol> protocols, String id) {
        return findById(protocols, id).orElseThrow(
                () -> new IllegalArgumentException("no protocol with id '" + id + "' in the library"));
    }

    private static synchronized List<Protocol> prototypes() {
        if (prototypes == null) {
            try (InputStream in = ProtocolLibrary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the protocol library " + RESOURCE + " is missing from the bundle");
                }
                prototypes = List.copyOf(parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the protocol library " + RESOURCE, e);
            }
        }
        return prototypes;
    }

    /**
     * Reads protocols in the library's line format (see the header of {@code protocols.txt}).
     *
     * @throws IllegalArgumentException naming the source, line and column that are wrong
     */
    public static List<Protocol> parse(Reader reader, String sourceName) throws IOException {
        List<Protocol> protocols = new ArrayList<>();
        Map<String, Protocol> byId = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<Protocol, String> variantOf = new HashMap<>();
        Map<Protocol, Integer> lineOf = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String where = sourceName + " line " + lineNumber;
            String[] cells = line.split("\\|", -1);
            if (cells.length != COLUMNS) {
                throw new IllegalArgumentException(where + ": expected " + COLUMNS + " columns separated by '|', found "
                        + cells.length);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            Protocol protocol = ItotFactory.eINSTANCE.createProtocol();
            protocol.setId(required(cells[0], where, "id"));
            protocol.setName(required(cells[1], where, "name"));
            protocol.setCategory(category(cells[2], where));
            protocol.getDefaultPorts().addAll(ports(cells[3], where));
            protocol.setCleartext(flag(cells[4], where, "cleartext"));
            protocol.setAuthenticates(flag(cells[5], where, "authenticates"));
            protocol.setIntegrityProtected(flag(cells[6], where, "integrity"));
            protocol.setDescription(cells[8].isEmpty() ? null : cells[8]);
            if (byId.put(protocol.getId(), protocol) != null) {
                throw new IllegalArgumentException(where + ": duplicate id " + protocol.getId());
            }
            String previous = names.put(protocol.getName().toLowerCase(Locale.ROOT), protocol.getId());
            if (previous != null) {
                throw new IllegalArgumentException(where + ": name '" + protocol.getName() + "' is already used by "
                        + previous);
            }
            if (!cells[7].equals("-") && !cells[7].isEmpty()) {
                variantOf.put(protocol, cells[7]);
            }
            lineOf.put(protocol, lineNumber);
            protocols.add(protocol);
        }
        for (Protocol protocol : protocols) {
            String insecureId = variantOf.get(protocol);
            if (insecureId != null) {
                Protocol insecure = byId.get(insecureId);
                if (insecure == null || insecure == protocol) {
                    throw new IllegalArgumentException(sourceName + " line " + lineOf.get(protocol) + ": '"
                            + insecureId + "' in column 'secure variant of' is not another protocol of the library");
                }
                protocol.setSecureVariantOf(insecure);
            }
        }
        return protocols;
    }

    private static String required(String cell, String where, String column) {
        if (cell.isEmpty()) {
            throw new IllegalArgumentException(where + ": column '" + column + "' is empty");
        }
        return cell;
    }

    private static ProtocolCategory category(String cell, String where) {
        ProtocolCategory category = ProtocolCategory.get(cell);
        if (category == null) {
            List<String> known = ProtocolCategory.VALUES.stream().map(ProtocolCategory::getLiteral).toList();
            throw new IllegalArgumentException(where + ": unknown category '" + cell + "' (known: "
                    + String.join(", ", known) + ")");
        }
        return category;
    }

    private static boolean flag(String cell, String where, String column) {
        return switch (cell) {
        case "yes" -> true;
        case "no" -> false;
        default -> throw new IllegalArgumentException(where + ": column '" + column + "' must be yes or no, was '"
                + cell + "'");
        };
    }

    private static List<PortRange> ports(String cell, String where) {
        List<PortRange> ranges = new ArrayList<>();
        if (cell.equals("-")) {
            return ranges;
        }
        for (String item : cell.split(",")) {
            String text = item.strip();
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException(where + ": port '" + text + "' needs a transport, e.g. 502/tcp");
            }
            Transport transport = Transport.get(text.substring(slash + 1));
            if (transport == null) {
                throw new IllegalArgumentException(where + ": unknown transport in '" + text
                        + "' (known: tcp, udp, any)");
            }
            String numbers = text.substring(0, slash);
            int dash = numbers.indexOf('-');
            try {
                int from = Integer.parseInt(dash < 0 ? numbers : numbers.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(numbers.substring(dash + 1));
                ranges.add(PortRanges.of(transport, from, to));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": '" + text
                        + "' is not a port or port range from 0 to 65535");
            }
        }
        return ranges;
    }
}
