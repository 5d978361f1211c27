package org.itot.help.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.itot.attack.BundledAttack;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The third-party bundles of the running product with their versions and licences: the bundle's own
 * {@code Bundle-License} header where it has one, otherwise our curated table ({@code about/licences.properties}),
 * since most Eclipse and wrapped Maven jars do not declare their licence in the manifest.
 */
public final class ThirdPartyLibraries {

    /** What the About page shows of one bundle. {@code licence} is never null: "unknown" when nothing says. */
    public record Library(String project, String symbolicName, String version, String licence, boolean declared) {
    }

    public static final String UNKNOWN = "unknown";
    /** MITRE's own licence for ATT&CK (royalty-free, with its copyright notice in every copy); no SPDX id exists. */
    public static final String MITRE_LICENCE = "MITRE ATT&CK licence (notice below)";
    private static final String OWN_PREFIX = "org.itot.";
    private static final Map<String, String[]> CURATED = load();

    private ThirdPartyLibraries() {
    }

    /** Every bundle but ours, sorted by project and symbolic name. */
    public static List<Library> of(Bundle[] bundles) {
        List<Library> libraries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            String name = bundle.getSymbolicName();
            if (name == null || name.startsWith(OWN_PREFIX)) {
                continue;
            }
            String header = bundle.getHeaders("").get("Bundle-License");
            String bundleName = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
            String[] curated = curated(name);
            String declared = header == null ? null : licenceOf(header);
            String licence = declared != null ? declared : curated != null ? curated[0] : UNKNOWN;
            String project = curated != null ? curated[1] : bundleName != null ? bundleName : name;
            libraries.add(new Library(project, name, bundle.getVersion().toString(), licence, declared != null));
        }
        libraries.sort(Comparator.comparing(Library::project).thenComparing(Library::symbolicName));
        return libraries;
    }

    /**
     * Third-party data inside our bundles, listed with the libraries: MITRE ATT&CK® for ICS, built into
     * org.itot.attack. Its licence requires MITRE's notice with every copy ({@link #dataNotices}).
     */
    public static List<Library> data() {
        return List.of(new Library("MITRE ATT&CK® for ICS (data)", "org.itot.attack: data/" + BundledAttack.FILE_NAME,
                BundledAttack.RELEASE, MITRE_LICENCE, false));
    }

    /** The notices that must accompany the bundled data, verbatim, each under a heading naming the data. */
    public static String dataNotices() {
        return "MITRE ATT&CK® for ICS " + BundledAttack.RELEASE + ", built into ITOT Architect (org.itot.attack, data/"
                + BundledAttack.FILE_NAME + "):\n\n" + BundledAttack.notice().strip() + "\n";
    }

    /**
     * The licences a {@code Bundle-License} header names, as SPDX ids where we recognise the usual URLs:
     * {@code Apache-2.0;link="..."}, a bare licence URL, or several of them (alternatives) separated by commas.
     */
    public static String licenceOf(String header) {
        List<String> licences = new ArrayList<>();
        for (String clause : splitOutsideQuotes(header, ',')) {
            String name = splitOutsideQuotes(clause, ';').get(0).strip().replace("\"", "");
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("apache.org/licenses/license-2.0")) {
                licences.add("Apache-2.0");
            } else if (lower.contains("epl-2.0")) {
                licences.add("EPL-2.0");
            } else if (lower.contains("epl-v10") || lower.contains("epl-1.0")) {
                licences.add("EPL-1.0");
            } else if (lower.contains("classpath/license")) {
                licences.add("GPL-2.0-with-classpath-exception");
            } else if (lower.contains("opensource.org/licenses/mit")) {
                licences.add("MIT");
            } else if (!name.isEmpty()) {
                licences.add(name);
            }
        }
        return licences.isEmpty() ? null : String.join(" OR ", licences);
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String[] curated(String symbolicName) {
        String best = null;
        for (String prefix : CURATED.keySet()) {
            if (symbolicName.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : CURATED.get(best);
    }

    private static Map<String, String[]> load() {
        Properties table = new Properties();
        try (InputStream in = ThirdPartyLibraries.class.getResourceAsStream("/about/licences.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing about/licences.properties");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> curated = new LinkedHashMap<>();
        table.forEach((prefix, value) -> {
            String[] parts = value.toString().split("\\|", 2);
            curated.put(prefix.toString().strip(), new String[] { parts[0].strip(), parts.length > 1 ? parts[1].strip() : "" });
        });
        return curated;
    }
}
