package org.itot.attack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.itot.model.AttackReference;

/**
 * The ATT&CK for ICS release the product was built against, shipped inside this bundle
 * ({@code data/ics-attack-18.1.json}, a compact subset of MITRE's STIX bundle that keeps every tactic,
 * technique, mitigation, asset, the matrix and the mitigates/targets/revoked-by relationships; see
 * {@code data/README.md}). Models without ATT&CK data of their own are assessed against it, so coverage
 * works offline with no import. It is read once, with the same bounded reader as an import.
 */
public final class BundledAttack {

    /** The release of the bundled data. */
    public static final String RELEASE = "18.1";
    /** The bundled STIX file, named the way MITRE names a release's file (the reader takes the release from it). */
    public static final String FILE_NAME = "ics-attack-" + RELEASE + ".json";
    static final String RESOURCE = "/data/" + FILE_NAME;
    static final String NOTICE = "/data/LICENSE-MITRE-ATTACK.txt";

    private BundledAttack() {
    }

    /** The bundled release as read by the import's reader. */
    public static AttackDataset dataset() {
        return Holder.DATASET;
    }

    /**
     * The bundled release as model objects (tactics in matrix order, then techniques, mitigations and
     * assets by id), outside any model. Shared by every caller and never to be changed.
     */
    public static List<AttackReference> references() {
        return Holder.REFERENCES;
    }

    /** MITRE's copyright, licence and disclaimer, which must accompany every copy of the data. */
    public static String notice() {
        return text(NOTICE);
    }

    /** The bundled STIX file's bytes (for tests and for anyone who wants to import the built-in release). */
    public static InputStream open() {
        InputStream in = BundledAttack.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the org.itot.attack bundle; the build must "
                    + "include data/ (build.properties)");
        }
        return in;
    }

    private static String text(String resource) {
        try (InputStream in = BundledAttack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the org.itot.attack bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Loaded on first use only: the command line's other commands never pay for it. */
    private static final class Holder {

        static final AttackDataset DATASET = load();
        static final List<AttackReference> REFERENCES = AttackImport.references(DATASET);

        private static AttackDataset load() {
            try (InputStream in = open()) {
                return StixBundleReader.read(in, Path.of(FILE_NAME), StixLimits.DEFAULT, null);
            } catch (AttackImportException e) {
                throw new IllegalStateException("the built-in ATT&CK for ICS data is damaged: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
