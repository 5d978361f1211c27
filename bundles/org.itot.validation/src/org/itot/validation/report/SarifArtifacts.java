package org.itot.validation.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.itot.validation.rules.RuleDefinition;

/**
 * How a SARIF report names files. A path given relative to the folder the command ran in becomes a relative URI
 * against the base id {@value ValidationReport#SOURCE_ROOT} (which {@code originalUriBaseIds} resolves to that
 * folder), so code-scanning services match it to the file in the repository; an absolute path, or one that leaves
 * the folder ({@code ../}), becomes a {@code file:} URI.
 */
public final class SarifArtifacts {

    private final Path workingFolder;

    private SarifArtifacts(Path workingFolder) {
        this.workingFolder = workingFolder;
    }

    /** Relative paths against the folder the command runs in. */
    public static SarifArtifacts against(Path workingFolder) {
        return new SarifArtifacts(workingFolder.toAbsolutePath().normalize());
    }

    /** Relative paths as relative URIs without a base: for reports not tied to a folder (tests, previews). */
    public static SarifArtifacts relative() {
        return new SarifArtifacts(null);
    }

    /** An {@code artifactLocation} for a file named as the user typed it. */
    public Map<String, Object> location(String file) {
        Map<String, Object> location = new LinkedHashMap<>();
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            location.put("uri", encode(file));
            return location;
        }
        Path normal = path.normalize();
        if (path.isAbsolute() || normal.startsWith("..") || normal.toString().isEmpty()) {
            location.put("uri", path.toAbsolutePath().normalize().toUri().toString());
            return location;
        }
        StringBuilder uri = new StringBuilder();
        for (Path part : normal) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(encode(part.toString()));
        }
        location.put("uri", uri.toString());
        if (workingFolder != null) {
            location.put("uriBaseId", ValidationReport.SOURCE_ROOT);
        }
        return location;
    }

    /** The run's {@code originalUriBaseIds}: the working folder as a {@code file:} URI ending in '/'. */
    public Map<String, Object> originalUriBaseIds() {
        if (workingFolder == null) {
            return Map.of();
        }
        String folder = workingFolder.toUri().toString();
        return Map.of(ValidationReport.SOURCE_ROOT, Map.of("uri", folder.endsWith("/") ? folder : folder + "/"));
    }

    /**
     * Where a rule's documentation lives: a user pack documents its rules in the comment block above each invariant,
     * so its {@code file:} URI. Built-in rules are documented in the desktop's Help view (Rule Help), which has no
     * address outside the product: none.
     */
    public String helpUri(RuleDefinition rule) {
        String source = rule.source();
        if (source == null || source.startsWith("built-in:")) {
            return null;
        }
        try {
            return Path.of(source).toAbsolutePath().normalize().toUri().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** One path segment percent-encoded as a URI path segment (spaces, '#', '%', '?' and non-ASCII). */
    private static String encode(String segment) {
        try {
            return new URI(null, null, segment, null).getRawPath().replace(":", "%3A");
        } catch (URISyntaxException e) {
            return segment.replace("%", "%25").replace(" ", "%20");
        }
    }
}
