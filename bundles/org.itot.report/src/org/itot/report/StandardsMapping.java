package org.itot.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping of a standard's requirements to the model, read from the bundle's {@code mapping/ID.tsv}: data, so it
 * can be reviewed against the standard's text without reading Java. Format: the file's header comment.
 */
public final class StandardsMapping {

    private static final Map<ReportStandard, List<Requirement>> CACHE = new EnumMap<>(ReportStandard.class);

    private StandardsMapping() {
    }

    /** The requirements of a standard in the standard's order. */
    public static synchronized List<Requirement> of(ReportStandard standard) {
        return CACHE.computeIfAbsent(standard, StandardsMapping::read);
    }

    private static List<Requirement> read(ReportStandard standard) {
        String resource = "/mapping/" + standard.id() + ".tsv";
        try (InputStream in = StandardsMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report bundle lacks its mapping " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping " + resource, e);
        }
    }

    static List<Requirement> parse(BufferedReader reader, String name) throws IOException {
        List<Requirement> requirements = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 6) {
                throw new IllegalStateException(name + " line " + lineNumber + ": 6 tab-separated columns expected, found "
                        + cells.length);
            }
            List<String> rules = cells[3].isBlank() ? List.of()
                    : Arrays.stream(cells[3].split(",")).map(String::trim).toList();
            requirements.add(new Requirement(cells[0].trim(), Integer.parseInt(cells[1].trim()), cells[2].trim(), rules,
                    cells[4].trim(), cells[5].trim()));
        }
        return List.copyOf(requirements);
    }
}
