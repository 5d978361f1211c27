package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.ModelElement;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.model.template.SyntheticPlant;
import org.itot.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of the model loader: mutated valid files either load (and then survive a
 * save and load unchanged) or are refused with a {@link ModelLoadException} that names the file and
 * a remedy, quickly; random valid models with awkward text survive save and load unchanged.
 */
class ModelLoaderFuzzTest {

    private static final long MAX_LOAD_MILLIS = 10_000;
    private static final Pattern QUOTED_VALUE = Pattern.compile("=\"([^\"]*)\"");
    private static final String[] HOSTILE_SNIPPETS = { "<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;",
            "<", ">", "\"", "&", "&#0;", "&#x1;", "]]>", "<![CDATA[", "xmi:id=\"root\"", "xsi:type=\"itot:Zone\"",
            "xsi:type=\"itot:Nothing\"", "<zones xmi:id=\"z\">", "</zones>", "<subZones>", "href=\"other.itot#x\"",
            "formatVersion=\"9.0\"", "\u0000", "\uFFFE", "\uD800", "purdueLevel=\"42\"", "x=\"-99999999999\"",
            "<?xml version=\"1.0\"?>", "xmlns:itot=\"urn:other\"" };

    @TempDir
    Path folder;

    @Test
    void mutatedModelFilesLoadWholeOrAreRefusedClearly() throws Exception {
        Path original = folder.resolve("plant.itot");
        ModelFiles.save(SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS, 1), original);
        String valid = Files.readString(original, StandardCharsets.UTF_8);
        int[] outcomes = new int[2];
        long runs = Fuzz.run("model loader, mutated files", 8, 50, random -> {
            String mutated = mutate(valid, random);
            Path file = folder.resolve("mutated.itot");
            Files.write(file, mutated.getBytes(random.nextInt(10) == 0 ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8));
            long start = System.nanoTime();
            try {
                ArchitectureModel model = ModelFiles.load(file);
                outcomes[0]++;
                assertSaveAndLoadIsIdentity(model, folder.resolve("again.itot"));
            } catch (ModelLoadException e) {
                outcomes[1]++;
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                assertFalse(e.getProblem().isBlank(), e.getMessage());
                assertFalse(e.getRemedy().isBlank(), e.getMessage());
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < MAX_LOAD_MILLIS, "took " + millis + " ms");
        });
        System.out.printf("fuzz model loader: %d loaded, %d refused%n", outcomes[0], outcomes[1]);
        assertEquals(runs, outcomes[0] + outcomes[1]);
        assertTrue(outcomes[1] > 0 && outcomes[0] > 0, "the mutations should both break and keep files");
    }

    @Test
    void randomValidModelsSurviveSaveAndLoadUnchanged() throws Exception {
        Fuzz.run("model loader, save and load", 5, 10, random -> {
            ArchitectureModel model = SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS + random.nextInt(80),
                    random.nextLong());
            List<ModelElement> elements = new ArrayList<>();
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof ModelElement element) {
                    elements.add(element);
                }
            });
            for (int i = 0; i < 30; i++) {
                ModelElement element = elements.get(random.nextInt(elements.size()));
                switch (random.nextInt(3)) {
                case 0 -> element.setName(awkwardText(random));
                case 1 -> element.setDescription(awkwardText(random));
                default -> element.setName(null);
                }
            }
            assertSaveAndLoadIsIdentity(model, folder.resolve("random.itot"));
        });
    }

    private static void assertSaveAndLoadIsIdentity(ArchitectureModel model, Path file)
            throws IOException, ModelLoadException {
        ArchitectureModel copy = EcoreUtil.copy(model);
        ModelFiles.save(model, file);
        ArchitectureModel loaded = ModelFiles.load(file);
        copy.setFormatVersion(loaded.getFormatVersion());
        assertTrue(EcoreUtil.equals(copy, loaded), () -> "save and load changed the model: " + difference(copy, loaded));
    }

    /** The first attribute that differs, for a readable failure. */
    private static String difference(EObject expected, EObject actual) {
        var left = expected.eAllContents();
        var right = actual.eAllContents();
        while (left.hasNext() && right.hasNext()) {
            EObject a = left.next();
            EObject b = right.next();
            for (EAttribute attribute : a.eClass().getEAllAttributes()) {
                if (a.eClass() == b.eClass() && !java.util.Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
                    return a.eClass().getName() + "." + attribute.getName() + ": '" + a.eGet(attribute) + "' became '"
                            + b.eGet(attribute) + "'";
                }
            }
        }
        return "structure";
    }

    /** Text a model file must carry unchanged: markup, quotes, line ends, outside the BMP, long. */
    private static String awkwardText(Random random) {
        String[] pieces = { "<script>alert(1)</script>", "\"onload=\"x", "&amp;", "]]>", "\r\n", "\n", "\t", "  ",
                "Grüße", "€", "\uD83D\uDD12", "=SUM(A1)", "'", "\u00A0", "\u2028", "x".repeat(random.nextInt(2000)) };
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String mutate(String valid, Random random) {
        StringBuilder text = new StringBuilder(valid);
        for (int m = random.nextInt(4); m >= 0; m--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(9)) {
            case 0 -> text.setCharAt(at, (char) random.nextInt(0x3000)); // any character
            case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(200)));
            case 2 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(500));
                text.insert(random.nextInt(text.length()), text.substring(at, end));
            }
            case 3 -> text.insert(at, HOSTILE_SNIPPETS[random.nextInt(HOSTILE_SNIPPETS.length)]);
            case 4 -> text.setLength(at); // truncated, as by a crash of another program
            case 5 -> replaceValue(text, random, "x".repeat(random.nextInt(100_000)));
            case 6 -> replaceValue(text, random, Integer.toString(random.nextInt()));
            case 7 -> replaceValue(text, random, otherValue(text, random));
            default -> {
                // swap two quoted values: ids, references and enumeration literals end up in the wrong places
                String first = otherValue(text, random);
                replaceValue(text, random, first);
            }
            }
            if (text.isEmpty()) {
                break;
            }
        }
        return text.toString();
    }

    private static void replaceValue(StringBuilder text, Random random, String value) {
        Matcher matcher = QUOTED_VALUE.matcher(text);
        int start = random.nextInt(text.length());
        if (matcher.find(start) || matcher.find(0)) {
            text.replace(matcher.start(1), matcher.end(1), value.replace("\"", "&quot;"));
        }
    }

    private static String otherValue(CharSequence text, Random random) {
        Matcher matcher = QUOTED_VALUE.matcher(text);
        return matcher.find(random.nextInt(text.length())) ? matcher.group(1) : "";
    }
}
