package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user rule pack is compiled once per content: reading the same file with the same bytes again gives the pack
 * compiled before; a changed byte, even with the same size and time stamp, compiles the new text; the same text in
 * another file is that file's pack (its name is in every rule and problem).
 */
class UserPackCacheTest {

    private static final String ONE_RULE = "package model\n-- @rule ACME-01\n-- @severity error\n-- @title t\n"
            + "context Zone\ninv ACME_01: true\nendpackage\n";

    @Test
    void samePackIsCompiledOnceAndAChangedOneAgain(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("acme.ocl"), ONE_RULE);
        RulePack first = Catalogue.userPack(file);
        assertSame(first, Catalogue.userPack(file), "the same bytes again");

        // Same length, same modification time: only the content tells the change.
        String warning = ONE_RULE.replace("@severity error", "@severity info ");
        assertEquals(ONE_RULE.length(), warning.length());
        var modified = Files.getLastModifiedTime(file);
        Files.writeString(file, warning);
        Files.setLastModifiedTime(file, modified);
        RulePack changed = Catalogue.userPack(file);
        assertNotSame(first, changed);
        assertEquals(List.of("INFO"), changed.rules().stream().map(CompiledRule::severity).map(Enum::name).toList());

        Files.writeString(file, ONE_RULE);
        assertSame(first, Catalogue.userPack(file), "the first content again");
    }

    @Test
    void theSameTextInAnotherFileIsThatFilesPack(@TempDir Path folder) throws Exception {
        RulePack one = Catalogue.userPack(Files.writeString(folder.resolve("one.ocl"), ONE_RULE));
        RulePack other = Catalogue.userPack(Files.writeString(folder.resolve("other.ocl"), ONE_RULE));
        assertNotSame(one, other);
        assertEquals(folder.resolve("other.ocl").toString(), other.rules().get(0).definition().source());
    }
}
