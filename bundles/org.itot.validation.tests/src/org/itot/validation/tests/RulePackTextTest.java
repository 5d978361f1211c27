package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ItotPackage;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.itot.validation.rules.RulePackProblem;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text of a pack as editors save it (Windows and old Mac line ends, a byte order mark, another encoding, a huge
 * file) and the mistakes that used to pass in silence: an empty pack, two invariants of one name, a built-in rule's
 * ID, an error in @message reported at the invariant's line.
 */
class RulePackTextTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = { "CRLF", "CR", "BOM+CRLF", "BOM" })
    void windowsAndOldMacLineEndsAndAByteOrderMarkReadLikeUnixText(String variant) throws IOException {
        String lineEnd = variant.endsWith("CRLF") ? "\r\n" : variant.equals("CR") ? "\r" : "\n";
        String text = (variant.startsWith("BOM") ? "\uFEFF" : "") + RulePackLoaderTest.PACK.replace("\n", lineEnd);
        Path file = Files.writeString(folder.resolve("acme.ocl"), text, StandardCharsets.UTF_8);
        RulePack pack = Catalogue.userPack(file);
        RulePack unix = RulePackLoader.load(file.toString(), RulePackLoaderTest.PACK, ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems());
        assertEquals(2, pack.rules().size());
        assertEquals(unix.definitions(), pack.definitions());

        // positions are the editor's: line 18, the column after "inv ACME_02: "
        String broken = text.replace("owner <> Ownership::UNASSIGNED", "owner > 3");
        RulePackProblem problem = Catalogue.userPack(Files.writeString(file, broken, StandardCharsets.UTF_8))
                .problems().get(0);
        assertEquals(18, problem.line(), problem.toString());
        assertEquals("inv ACME_02: ".length() + 1, problem.column(), problem.toString());
    }

    @Test
    void aPackThatIsNotUtf8NamesTheLineAndSaysToSaveAsUtf8() throws IOException {
        String text = RulePackLoaderTest.PACK.replace("Fill in the firmware field.", "Renseignez le micrologiciel (\u00e9).");
        Path file = Files.write(folder.resolve("latin1.ocl"), text.getBytes(StandardCharsets.ISO_8859_1));
        RulePack pack = Catalogue.userPack(file);
        assertTrue(pack.rules().isEmpty());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(8, problem.line(), problem.toString());
        assertEquals("-- @fix Renseignez le micrologiciel (".length() + 1, problem.column(), problem.toString());
        assertTrue(problem.reason().contains("not UTF-8") && problem.reason().contains("0xE9")
                && problem.reason().contains("save the file as UTF-8"), problem.toString());
    }

    @Test
    void aPackLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = folder.resolve("huge.ocl");
        Files.writeString(file, "-- filler\n".repeat((int) (RulePackLoader.maxBytes() / 10) + 1));
        RulePack pack = Catalogue.userPack(file);
        assertTrue(pack.rules().isEmpty());
        assertTrue(pack.problems().get(0).reason().contains(RulePackLoader.MAX_BYTES_PROPERTY), pack.problems()::toString);
        assertEquals(Diagnostic.ERROR, pack.diagnostic().getSeverity());
    }

    @Test
    void anEmptyPackOrOneThatDoesNotCompileIsAnErrorForCallers() {
        for (String text : List.of("", "\n\n", "package model\nendpackage\n", "-- @rule X-1\n-- just a comment\n")) {
            RulePack pack = RulePackLoader.load("empty.ocl", text, ItotPackage.eINSTANCE);
            Diagnostic diagnostic = pack.diagnostic();
            assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), () -> "'" + text + "': " + diagnostic);
            assertTrue(diagnostic.getChildren().get(0).getMessage().contains("empty.ocl:1:1: the pack has no rules"),
                    diagnostic.getChildren().get(0)::getMessage);
        }
        RulePack broken = RulePackLoader.load("acme.ocl", RulePackLoaderTest.PACK.replace("owner <> Ownership", "owner > 3 and"),
                ItotPackage.eINSTANCE);
        assertEquals(1, broken.rules().size());
        assertEquals(Diagnostic.ERROR, broken.diagnostic().getSeverity());
        assertTrue(broken.diagnostic().getChildren().get(0).getMessage().startsWith("acme.ocl:18:"),
                broken.diagnostic().getChildren().get(0)::getMessage);
        assertEquals(Diagnostic.OK, RulePackLoader.load("acme.ocl", RulePackLoaderTest.PACK, ItotPackage.eINSTANCE)
                .diagnostic().getSeverity());
    }

    @Test
    void twoInvariantsOfOneNameAreAnErrorAndTheFirstKeepsItsOwnMetadata() {
        String text = """
                package model
                -- @rule ACME-01
                -- @severity warning
                -- @message Zone ${self} is first.
                context Zone
                inv SAME: name <> 'a'

                -- @rule ACME-02
                -- @severity error
                -- @message Zone ${self} is second.
                context Asset
                inv SAME: name <> 'b'
                endpackage
                """;
        RulePack pack = RulePackLoader.load("same.ocl", text, ItotPackage.eINSTANCE);
        assertEquals(1, pack.rules().size(), () -> pack.problems().toString());
        CompiledRule rule = pack.rules().get(0);
        assertEquals("ACME-01", rule.definition().id());
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals(ItotPackage.Literals.ZONE, rule.context());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(12, problem.line(), problem.toString());
        assertEquals(5, problem.column(), problem.toString());
        assertTrue(problem.reason().contains("already defined on line 6"), problem.toString());
        assertEquals(Diagnostic.ERROR, pack.diagnostic().getSeverity());
    }

    @Test
    void aUserRuleMayNotTakeABuiltInRulesId() throws IOException {
        String text = RulePackLoaderTest.PACK.replace("ACME-01", "SEG-01");
        RulePack pack = Catalogue.userPack(Files.writeString(folder.resolve("seg.ocl"), text));
        assertEquals(List.of("ACME-02"), pack.rules().stream().map(r -> r.definition().id()).toList());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(2, problem.line(), problem.toString());
        assertEquals("SEG-01", problem.ruleId());
        assertTrue(problem.reason().contains("built-in rule"), problem.toString());
    }

    @Test
    void errorsInMessageAndRelatedAreReportedAtTheirOwnLines() {
        String message = RulePackLoaderTest.PACK.replace("has no firmware version.", "has ${self.colour}.");
        RulePackProblem problem = RulePackLoader.load("acme.ocl", message, ItotPackage.eINSTANCE).problems().get(0);
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.reason().startsWith("in @message:"), problem.toString());

        String related = RulePackLoaderTest.PACK.replace("-- @fix Fill", "-- @related Sequence{self.colour}\n-- @fix Fill");
        problem = RulePackLoader.load("acme.ocl", related, ItotPackage.eINSTANCE).problems().get(0);
        assertEquals(8, problem.line(), problem.toString());
        assertTrue(problem.reason().startsWith("in @related:"), problem.toString());
    }
}
