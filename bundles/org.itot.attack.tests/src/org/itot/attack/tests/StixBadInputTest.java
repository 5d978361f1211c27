package org.itot.attack.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.attack.AttackImport;
import org.itot.attack.AttackImportException;
import org.itot.attack.BuiltInAttack;
import org.itot.attack.StixLimits;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelSizeEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken, foreign and hostile STIX files: each gets an error naming the file, where and what, and
 * leaves the model and its command stack as they were. Also the revoked-by chain of a small bundle.
 */
class StixBadInputTest {

    private static final String TECHNIQUE = """
            {"type": "attack-pattern", "id": "attack-pattern--1", "name": "Remote Services",
             "x_mitre_domains": ["ics-attack"],
             "external_references": [{"source_name": "mitre-attack", "external_id": "T0886"}],
             "kill_chain_phases": [{"kill_chain_name": "mitre-ics-attack", "phase_name": "initial-access"}]}""";
    private static final String TACTIC = """
            {"type": "x-mitre-tactic", "id": "x-mitre-tactic--1", "name": "Initial Access",
             "x_mitre_shortname": "initial-access", "x_mitre_domains": ["ics-attack"],
             "external_references": [{"source_name": "mitre-attack", "external_id": "TA0108"}]}""";
    private static final String ENTERPRISE = """
            {"type": "bundle", "id": "bundle--e", "objects": [
              {"type": "x-mitre-matrix", "id": "x-mitre-matrix--e", "name": "Enterprise ATT&CK",
               "x_mitre_domains": ["enterprise-attack"], "tactic_refs": [],
               "external_references": [{"source_name": "mitre-attack", "external_id": "enterprise-attack"}]},
              {"type": "attack-pattern", "id": "attack-pattern--e", "name": "Command and Scripting Interpreter",
               "x_mitre_domains": ["enterprise-attack"],
               "external_references": [{"source_name": "mitre-attack", "external_id": "T1059"}],
               "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}]}]}""";

    @TempDir
    Path folder;

    static Stream<Arguments> badBundles() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        return Stream.of(
                Arguments.of("malformed.json", "{\"type\": \"bundle\", \"objects\": [ {\"type\": \"attack-pattern\",,}]}",
                        "line 1 column"),
                Arguments.of("empty.json", "", "ends too early"),
                Arguments.of("array.json", "[1, 2]", "is not a STIX bundle: it starts with a JSON array"),
                Arguments.of("report.json", "{\"type\": \"report\", \"objects\": []}", "top-level \"type\" is 'report'"),
                Arguments.of("enterprise.json", ENTERPRISE, "enterprise-attack"),
                Arguments.of("wrong-type.json", "{\"type\": \"bundle\", \"objects\": [{\"type\": \"attack-pattern\", "
                        + "\"id\": \"attack-pattern--1\", \"name\": 42}]}", "\"name\" of objects[0] at line 1"),
                Arguments.of("not-objects.json", "{\"type\": \"bundle\", \"objects\": {\"a\": 1}}",
                        "\"objects\" is a JSON object"),
                Arguments.of("no-techniques.json", "{\"type\": \"bundle\", \"objects\": [" + TACTIC + "]}",
                        "holds no ATT&CK for ICS techniques"),
                Arguments.of("no-id.json", "{\"type\": \"bundle\", \"objects\": [" + TECHNIQUE.replace(
                        "\"external_id\": \"T0886\"", "\"url\": \"x\"") + "]}", "has no ATT&CK id"),
                Arguments.of("deep.json", "{\"type\": \"bundle\", \"objects\": [{\"type\": \"x\", \"id\": \"x--1\", "
                        + "\"deep\": " + nested + "}]}", "nested more than 32 levels deep"),
                Arguments.of("two.json", "{\"type\": \"bundle\", \"objects\": [" + TECHNIQUE + "]} {}",
                        "has more JSON after the bundle"),
                Arguments.of("long-name.json", "{\"type\": \"bundle\", \"objects\": [" + TECHNIQUE.replace(
                        "\"Remote Services\"", "\"" + "Remote Services ".repeat(2_500) + "\"") + "]}",
                        "has 40,000 characters; ITOT Architect takes at most 32,767"),
                Arguments.of("stix3.json", "{\"type\": \"bundle\", \"spec_version\": \"3.0\", \"objects\": []}",
                        "only STIX 2.0 and 2.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBundles")
    void badBundleIsRejectedAndChangesNothing(String fileName, String content, String expected) throws Exception {
        Path file = Files.writeString(folder.resolve(fileName), content);
        assertRejectedWithoutChange(file, StixLimits.DEFAULT, expected);
    }

    @Test
    void truncatedOfficialBundleNamesTheEnd() throws Exception {
        byte[] full = Files.readAllBytes(AttackTestModels.bundledCopy(folder, "ics-attack.json"));
        Path file = Files.write(folder.resolve("ics-attack-cut.json"), Arrays.copyOf(full, full.length / 2));
        String message = assertRejectedWithoutChange(file, StixLimits.DEFAULT, "ends too early");
        assertTrue(message.contains("truncated"), message);
    }

    @Test
    void limitsStopOversizedAndOverfullBundles() throws Exception {
        Path official = AttackTestModels.bundledCopy(folder, "ics-attack-18.1.json");
        assertRejectedWithoutChange(official, new StixLimits(100_000, 32, 100_000), "more than the 100000 bytes");
        assertRejectedWithoutChange(official, new StixLimits(64_000_000, 32, 500), "more than 500 STIX objects");
    }

    /**
     * A bundle within every STIX limit can still make a model the product would not open again (a 26 MB
     * bundle once made a 125 MB model): the import estimates the model and refuses beyond the loader's limit.
     */
    @Test
    void bundleThatWouldMakeTheModelTooLargeToOpenIsRefused() throws Exception {
        Path official = AttackTestModels.bundledCopy(folder, "ics-attack-18.1.json");
        ArchitectureModel model = AttackTestModels.purdue();
        ArchitectureModel before = EcoreUtil.copy(model);
        // The model without its ATT&CK data, and 10 KB: far less than the built-in release's objects take.
        long limit = ModelSizeEstimate.of(model) - ModelSizeEstimate.of(model.getAttackReferences()) + 10_000;
        AttackImportException error = assertThrows(AttackImportException.class,
                () -> AttackImport.prepare(model, official, StixLimits.DEFAULT, "18.1", limit));
        assertTrue(error.getMessage().startsWith(official.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("importing it would make the model about"), error.getMessage());
        assertTrue(error.getMessage().contains("a model file may have, and ITOT Architect would not open it again"),
                error.getMessage());
        assertTrue(EcoreUtil.equals(before, model), "the model is unchanged");

        // With the product's limit the same bundle imports.
        AttackImport.prepare(model, official, StixLimits.DEFAULT, "18.1").execute();
        assertFalse(model.getAttackReferences().isEmpty());
    }

    @Test
    void notUtf8IsNamed() throws Exception {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\"type\": \"bundle\", \"objects\": [{\"type\": \"caf\u00e9\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertRejectedWithoutChange(file, StixLimits.DEFAULT, "is not UTF-8");
    }

    @Test
    void revokedTechniquesPointToTheirReplacementAndRelationsFollowIt() throws Exception {
        String bundle = """
                {"type": "bundle", "id": "bundle--r", "spec_version": "2.1", "objects": [
                  %s,
                  {"type": "attack-pattern", "id": "attack-pattern--old", "name": "Unauthorized Command Message",
                   "revoked": true, "x_mitre_domains": ["ics-attack"],
                   "external_references": [{"source_name": "mitre-attack", "external_id": "T0855"}]},
                  {"type": "attack-pattern", "id": "attack-pattern--new", "name": "Unauthorized Message",
                   "x_mitre_domains": ["ics-attack"],
                   "external_references": [{"source_name": "mitre-attack", "external_id": "T1692.001"}],
                   "kill_chain_phases": [{"kill_chain_name": "mitre-ics-attack", "phase_name": "initial-access"}]},
                  {"type": "course-of-action", "id": "course-of-action--1", "name": "Network Segmentation",
                   "x_mitre_domains": ["ics-attack"],
                   "external_references": [{"source_name": "mitre-attack", "external_id": "M0930"}]},
                  {"type": "relationship", "id": "relationship--1", "relationship_type": "revoked-by",
                   "source_ref": "attack-pattern--old", "target_ref": "attack-pattern--new"},
                  {"type": "relationship", "id": "relationship--2", "relationship_type": "mitigates",
                   "source_ref": "course-of-action--1", "target_ref": "attack-pattern--old"},
                  {"type": "x-mitre-collection", "id": "x-mitre-collection--1", "x_mitre_version": "20.0"}
                ]}""".formatted(TACTIC);
        Path file = Files.writeString(folder.resolve("revoked.json"), bundle);
        ArchitectureModel model = AttackTestModels.purdue();
        AttackImport.Summary summary = AttackImport.prepare(model, file, StixLimits.DEFAULT, "18.1").execute();

        assertEquals("20.0", summary.version(), "the bundle's collection version wins over the fallback");
        assertEquals(java.util.List.of("T0855 → T1692.001"), summary.revoked());
        assertEquals(1, summary.techniques());
        assertEquals("T1692.001", StixImportTest.find(model, "T0855").getRevokedBy());
        assertEquals(java.util.List.of("M0930"), StixImportTest.find(model, "T1692.001").getMitigatedBy().stream()
                .map(r -> r.getExternalId()).toList(), "the mitigation of the revoked technique moves to its successor");
        assertEquals("T0855 → T1692.001 Unauthorized Message", BuiltInAttack.name(model, "T0855"));
    }

    private static String assertRejectedWithoutChange(Path file, StixLimits limits, String expected) {
        ArchitectureModel model = AttackTestModels.purdue();
        ArchitectureModel before = EcoreUtil.copy(model);
        CommandStack stack = ModelEditing.domainFor(model).getCommandStack();
        AttackImportException error = assertThrows(AttackImportException.class,
                () -> AttackImport.prepare(model, file, limits, null).execute());
        String message = error.getMessage();
        assertTrue(message.startsWith(file.toString()), "names the file: " + message);
        assertTrue(message.contains(expected), "says '" + expected + "': " + message);
        assertFalse(message.contains("See https"), message);
        assertEquals(file, error.file());
        assertTrue(EcoreUtil.equals(before, model), "the model is unchanged");
        assertFalse(stack.canUndo(), "nothing went onto the command stack");
        return message;
    }
}
