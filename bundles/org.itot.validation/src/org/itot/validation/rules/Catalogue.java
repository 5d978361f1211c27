package org.itot.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.model.ItotPackage;

/**
 * The built-in rule catalogue (the packs under {@code rules/} in this bundle, listed in
 * {@code rules/index}) and user rule packs read from files. Built-in packs are parsed once per
 * process, user packs once per content: parsing costs far more than evaluating.
 */
public final class Catalogue {

    private static final String INDEX = "/rules/index";
    /** Rules another tool evaluates (itot reconcile): in the catalogue's documentation, never run by the validator. */
    private static final String EVALUATED_ELSEWHERE = "asbuilt.ocl";
    private static volatile List<RulePack> builtIn;
    private static volatile List<RulePack> elsewhere;

    /** User packs already compiled, by file and content; a few packs are in use at a time. */
    private static final int CACHED_USER_PACKS = 32;
    private static final Map<String, RulePack> USER_PACKS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RulePack> eldest) {
            return size() > CACHED_USER_PACKS;
        }
    };

    private Catalogue() {
    }

    /**
     * Starts parsing the built-in packs on a thread of its own, unless they are parsed or being parsed: a command
     * that will validate calls this before it loads the model, so the two overlap on a machine with two cores. The
     * next {@link #builtIn()} waits for it (and parses itself, reporting the defect, if the background parse failed).
     */
    public static void parseBuiltInInBackground() {
        if (builtIn != null) {
            return;
        }
        Thread parser = new Thread(() -> {
            try {
                builtIn();
            } catch (RuntimeException | LinkageError e) {
                // builtIn() on the caller's thread parses again and throws it there, where it is reported. A LinkageError
                // here means the command ended meanwhile and the OSGi framework stopped: nobody waits for these packs.
            }
        }, "built-in rule packs");
        parser.setDaemon(true);
        parser.start();
    }

    public static List<RulePack> builtIn() {
        List<RulePack> packs = builtIn;
        if (packs == null) {
            synchronized (Catalogue.class) {
                if (builtIn == null) {
                    builtIn = loadBuiltIn();
                }
                packs = builtIn;
            }
        }
        return packs;
    }

    /**
     * The built-in rules that the model alone cannot decide and other tools evaluate (ASB-*, by {@code itot
     * reconcile}): described like every rule (Help, the Rules view, waivers and settings apply), but not run by the
     * validator, so {@code itot validate} neither reports nor counts them.
     */
    public static List<RulePack> evaluatedElsewhere() {
        List<RulePack> packs = elsewhere;
        if (packs == null) {
            synchronized (Catalogue.class) {
                if (elsewhere == null) {
                    elsewhere = List.of(loadBuiltInPack(EVALUATED_ELSEWHERE));
                }
                packs = elsewhere;
            }
        }
        return packs;
    }

    /**
     * Reads a user rule pack; problems in it are reported in the pack, never thrown. A pack larger than
     * {@link RulePackLoader#maxBytes()} or not in UTF-8 is one problem that says what to do; a rule that takes a
     * built-in rule's ID is refused.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static RulePack userPack(Path file) throws IOException {
        String source = file.toString();
        long size = Files.size(file);
        if (size > RulePackLoader.maxBytes()) {
            return refused(source, 1, 1, "the pack has " + size + " bytes, more than the " + RulePackLoader.maxBytes()
                    + " a pack may have; split it into several packs (or raise the limit with -D"
                    + RulePackLoader.MAX_BYTES_PROPERTY + ")");
        }
        byte[] bytes = Files.readAllBytes(file);
        // The compiled pack depends on the file's name (in every problem and rule) and its bytes, nothing else: the
        // limits and the reserved built-in IDs are the same for every user pack of the process.
        String key = source + "\u0000" + HexFormat.of().formatHex(sha256(bytes));
        synchronized (USER_PACKS) {
            RulePack known = USER_PACKS.get(key);
            if (known != null) {
                return known;
            }
        }
        RulePack pack = compileUserPack(source, bytes);
        synchronized (USER_PACKS) {
            USER_PACKS.putIfAbsent(key, pack);
            return USER_PACKS.get(key);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static RulePack compileUserPack(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return notUtf8(source, bytes, in.position(), out.flip().toString());
        }
        decoder.flush(out);
        return RulePackLoader.load(source, out.flip().toString(), EvaluationLimits.DEFAULT, builtInRuleIds(),
                ItotPackage.eINSTANCE);
    }

    /** The IDs of the built-in rules, which user packs may not take. */
    public static Set<String> builtInRuleIds() {
        Set<String> ids = new HashSet<>();
        for (RulePack pack : builtIn()) {
            for (RuleDefinition definition : pack.definitions()) {
                ids.add(definition.id());
            }
        }
        return ids;
    }

    /** Names the line and column of the first byte that is not UTF-8 (counted in characters decoded before it). */
    private static RulePack notUtf8(String source, byte[] bytes, int badByte, String decodedBefore) {
        String text = RulePackLoader.plainText(decodedBefore);
        int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
        int column = text.length() - (text.lastIndexOf('\n') + 1) + 1;
        return refused(source, line, column, String.format("the pack is not UTF-8 text (byte 0x%02X cannot start or "
                + "continue a UTF-8 character); save the file as UTF-8 in your editor and load it again",
                bytes[badByte] & 0xff));
    }

    private static RulePack refused(String source, int line, int column, String reason) {
        return new RulePack(source, List.of(), List.of(new RulePackProblem(source, line, column, null, reason)));
    }

    private static List<RulePack> loadBuiltIn() {
        List<RulePack> packs = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            packs.add(loadBuiltInPack(name));
        }
        return List.copyOf(packs);
    }

    private static RulePack loadBuiltInPack(String name) {
        RulePack pack = RulePackLoader.load("built-in:" + name, resource("/rules/" + name), ItotPackage.eINSTANCE);
        if (!pack.problems().isEmpty()) {
            // A broken built-in pack is a defect of the product, not of the user's model.
            throw new IllegalStateException("built-in rule pack " + name + " is broken: " + pack.problems());
        }
        return pack;
    }

    /** A resource of the built-in catalogue (under {@code rules/}) as text. */
    static String resource(String path) {
        try (InputStream in = Catalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule catalogue resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
