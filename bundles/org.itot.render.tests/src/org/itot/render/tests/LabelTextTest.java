package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import org.itot.render.LabelText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrapping, cutting and neutralising labels, with a fixed-width "font" of 6 units per character. */
class LabelTextTest {

    private static final ToDoubleFunction<String> SIX = text -> 6.0 * text.length();

    @Test
    void aHundredThousandCharacterWordIsBrokenAcrossLinesAndCutInBoundedWork() {
        String word = "k".repeat(100_000);
        AtomicLong measured = new AtomicLong();
        ToDoubleFunction<String> counting = text -> {
            measured.addAndGet(text.length());
            return SIX.applyAsDouble(text);
        };

        List<String> lines = LabelText.wrap(word, 60, 3, counting);

        assertEquals(List.of("kkkkkkkkkk", "kkkkkkkkkk", "kkkkkkkkk\u2026"), lines);
        // Proportional to what fits (3 lines of 60 units), not to the 100,000 characters.
        assertTrue(measured.get() < 20_000, () -> measured.get() + " characters measured");
    }

    @Test
    void aLongWordAfterShortOnesStartsOnItsOwnLineAndIsCutThere() {
        List<String> lines = LabelText.wrap("PLC key " + "a".repeat(100_000), 60, 2, SIX);

        assertEquals(List.of("PLC key", "aaaaaaaaa\u2026"), lines);
    }

    @Test
    void fitCutsAHundredThousandCharactersWithAnEllipsis() {
        AtomicLong measured = new AtomicLong();
        String fitted = LabelText.fit("9f86d081884c7d659a2feaa0c55ad015".repeat(3_200), 60, text -> {
            measured.addAndGet(text.length());
            return SIX.applyAsDouble(text);
        });

        assertEquals("9f86d0818\u2026", fitted);
        assertTrue(measured.get() < 2_000, () -> measured.get() + " characters measured");
    }

    @Test
    void wrapBreaksAtSpacesAndAfterSlashesBeforeAWord() {
        assertEquals(List.of("Site", "operations/", "supervisory"),
                LabelText.wrap("Site operations/supervisory", 72, 3, SIX));
        assertEquals(List.of("Field I/O", "modules"), LabelText.wrap("Field I/O modules", 60, 3, SIX));
        assertEquals(List.of("Short"), LabelText.wrap("Short", 60, 3, SIX));
        assertEquals(List.of("Remote-", "access", "gateway"), LabelText.wrap("Remote-access gateway", 60, 3, SIX));
        assertEquals(List.of("CTL-PLC-01"), LabelText.wrap("CTL-PLC-01", 60, 3, SIX));
        assertEquals(List.of(""), LabelText.wrap("", 60, 3, SIX));
    }

    @Test
    void aWordALittleTooWideIsCutNotBroken() {
        assertEquals(List.of("Instrumen\u2026", "loop"), LabelText.wrap("Instrumentation loop", 60, 3, SIX));
    }

    @ParameterizedTest
    @ValueSource(strings = { "a b  c", "  leading", "x //abc", "I/O/abc def", "/usr/local/bin", "trailing  ", "a/b" })
    void wrappingLosesNoCharacters(String text) {
        List<String> lines = LabelText.wrap(text, 10_000, 1, SIX);

        assertEquals(List.of(text.stripTrailing()), lines);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDD12"; // a padlock, two chars
        String fitted = LabelText.fit(emoji.repeat(20), 6 * 5, SIX);

        assertTrue(fitted.endsWith("\u2026"));
        String kept = fitted.substring(0, fitted.length() - 1);
        assertEquals(0, kept.length() % 2, fitted);
        assertEquals(emoji.repeat(kept.length() / 2), kept);
    }

    @Test
    void bidiControlsAndZeroWidthCharactersBecomeVisibleEscapes() {
        assertEquals("invoice[U+202E]fdp.exe", LabelText.neutralise("invoice\u202Efdp.exe"));
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF"
                .toCharArray()) {
            String shown = LabelText.neutralise("PLC" + c + "01");
            assertEquals(String.format("PLC[U+%04X]01", (int) c), shown);
        }
        String plain = "Pumpe Süd – Ölstand ≥ 3 bar, עברית, العربية";
        assertEquals(plain, LabelText.neutralise(plain), "ordinary text, right-to-left scripts included, is kept");
    }
}
