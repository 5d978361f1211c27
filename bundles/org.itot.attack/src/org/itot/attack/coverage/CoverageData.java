package org.itot.attack.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itot.model.AssetType;

/**
 * The two tables coverage is computed from, read from the data files beside this class: which
 * ATT&CK assets each of our asset types is ({@code asset-types.tsv}) and which model criterion shows
 * which mitigation in place ({@code mitigation-criteria.tsv}).
 */
public final class CoverageData {

    /** One mitigation's criterion and why it is a fair test of that mitigation. */
    public record MitigationCriterion(String mitigationId, Criterion criterion, String rationale) {
    }

    private static final CoverageData INSTANCE = new CoverageData(lines("asset-types.tsv"),
            lines("mitigation-criteria.tsv"));

    private final Map<AssetType, List<String>> attackAssets;
    private final Map<String, MitigationCriterion> criteria;

    CoverageData(List<String> assetTypeLines, List<String> criteriaLines) {
        Map<AssetType, List<String>> assets = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String[] fields : rows(assetTypeLines, "asset-types.tsv", problems)) {
            AssetType type = AssetType.get(fields[0]);
            if (type == null) {
                problems.add("asset-types.tsv: unknown asset type '" + fields[0] + "'");
                continue;
            }
            assets.put(type, fields[1].equals("-") ? List.of() : Arrays.asList(fields[1].split(",")));
        }
        for (AssetType type : AssetType.VALUES) {
            if (!assets.containsKey(type)) {
                problems.add("asset-types.tsv: no line for asset type '" + type.getLiteral() + "'");
            }
        }
        Map<String, MitigationCriterion> byMitigation = new LinkedHashMap<>();
        for (String[] fields : rows(criteriaLines, "mitigation-criteria.tsv", problems)) {
            try {
                byMitigation.put(fields[0], new MitigationCriterion(fields[0], Criterion.valueOf(fields[1]), fields[2]));
            } catch (IllegalArgumentException e) {
                problems.add("mitigation-criteria.tsv: unknown criterion '" + fields[1] + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        this.attackAssets = Collections.unmodifiableMap(assets);
        this.criteria = Collections.unmodifiableMap(byMitigation);
    }

    public static CoverageData get() {
        return INSTANCE;
    }

    /** The ATT&CK asset ids (A00xx) an asset type is; empty when ATT&CK for ICS has none for it. */
    public List<String> attackAssets(AssetType type) {
        return attackAssets.getOrDefault(type, List.of());
    }

    /** Mitigations the model can show, in the order of the data file. */
    public Map<String, MitigationCriterion> criteria() {
        return criteria;
    }

    private static List<String[]> rows(List<String> lines, String file, List<String> problems) {
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                problems.add(file + " line " + number + ": expected three tab-separated fields, found '" + line + "'");
            } else {
                rows.add(fields);
            }
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CoverageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the org.itot.attack bundle");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
