package org.itot.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.model.ItotPackage;

/**
 * The built-in rule catalogue (the packs under {@code rules/} in this bundle, listed in
 * {@code rules/index}) and user rule packs read from files. Built-in packs are parsed once per
 * process: parsing costs far more than evaluating.
 */
public final class Catalogue {

    private static final String INDEX = "/rules/index";
    private static volatile List<RulePack> builtIn;

    private Catalogue() {
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

    /** Reads a user rule pack; problems in it are reported in the pack, never thrown. */
    public static RulePack userPack(Path file) throws IOException {
        return RulePackLoader.load(file.toString(), Files.readString(file, StandardCharsets.UTF_8), ItotPackage.eINSTANCE);
    }

    private static List<RulePack> loadBuiltIn() {
        List<RulePack> packs = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            RulePack pack = RulePackLoader.load("built-in:" + name, resource("/rules/" + name), ItotPackage.eINSTANCE);
            if (!pack.problems().isEmpty()) {
                // A broken built-in pack is a defect of the product, not of the user's model.
                throw new IllegalStateException("built-in rule pack " + name + " is broken: " + pack.problems());
            }
            packs.add(pack);
        }
        return List.copyOf(packs);
    }

    private static String resource(String path) {
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
