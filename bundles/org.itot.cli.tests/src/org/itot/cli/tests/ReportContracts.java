package org.itot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published contracts of the reports: our JSON Schemas under {@code docs/schemas} (draft-07) and the OASIS SARIF
 * 2.1.0 schema in the shared data beside the repository (draft-04), checked with a real JSON Schema validator.
 */
final class ReportContracts {

    /** The tests run in their bundle's folder: the repository is two folders up, the shared data beside it. */
    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    static final Path SCHEMAS = REPOSITORY.resolve("docs/schemas");
    static final Path SARIF_SCHEMA = REPOSITORY.resolveSibling("shared").resolve("data/sarif/sarif-schema-2.1.0.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportContracts() {
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
        }
    }

    /** Checks a report against {@code docs/schemas/NAME.schema.json}, failing with every violation listed. */
    static JsonNode assertMatchesSchema(String report, String name) {
        return assertValid(report, SCHEMAS.resolve(name + ".schema.json"), SpecVersion.VersionFlag.V7);
    }

    /** Checks a SARIF log against the OASIS SARIF 2.1.0 schema. */
    static JsonNode assertValidSarif(String report) {
        assertTrue(Files.isRegularFile(SARIF_SCHEMA), "the SARIF schema lies in the shared data: " + SARIF_SCHEMA);
        return assertValid(report, SARIF_SCHEMA, SpecVersion.VersionFlag.V4);
    }

    private static JsonNode assertValid(String report, Path schemaFile, SpecVersion.VersionFlag version) {
        JsonNode schemaNode;
        try {
            schemaNode = JSON.readTree(Files.readString(schemaFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(version).getSchema(schemaNode);
        JsonNode node = parse(report);
        Set<ValidationMessage> errors = schema.validate(node);
        assertEquals(Set.of(), errors, schemaFile.getFileName() + " violated by:\n" + report);
        return node;
    }
}
