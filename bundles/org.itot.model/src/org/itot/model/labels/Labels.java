package org.itot.model.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The words people read for enumeration literals and features ("IT", "PLC", "Interactive session", "MFA"), where
 * files and ids keep the literals ("it", "plc", "interactiveSession", "mfa"). Defined once, in
 * {@code labels.properties} beside this class, for the desktop, the command line, the registers and the findings;
 * headless, so every core bundle can use it.
 */
public final class Labels {

    /** Words of feature names that are acronyms, and how they are written. */
    private static final Map<String, String> ACRONYMS = Map.ofEntries(Map.entry("id", "ID"), Map.entry("mfa", "MFA"),
            Map.entry("av", "AV"), Map.entry("sl", "SL"), Map.entry("vlan", "VLAN"), Map.entry("ip", "IP"),
            Map.entry("it", "IT"), Map.entry("ot", "OT"), Map.entry("stix", "STIX"), Map.entry("url", "URL"),
            Map.entry("fr1", "FR1"), Map.entry("fr2", "FR2"), Map.entry("fr3", "FR3"), Map.entry("fr4", "FR4"),
            Map.entry("fr5", "FR5"), Map.entry("fr6", "FR6"), Map.entry("fr7", "FR7"));

    private static final Properties LABELS = load();

    private Labels() {
    }

    /** The label of an enumeration value ("IT" for {@code Ownership.IT}); its literal if it has none. */
    public static String of(Enumerator value) {
        if (value == null) {
            return "";
        }
        if (value instanceof EEnumLiteral literal) {
            return of(literal);
        }
        String declaring = value.getClass().getSimpleName();
        String label = LABELS.getProperty(declaring + "." + value.getLiteral());
        return label != null ? label : value.getLiteral();
    }

    /** The label of an enumeration literal of the metamodel. */
    public static String of(EEnumLiteral literal) {
        String label = LABELS.getProperty(literal.getEEnum().getName() + "." + literal.getLiteral());
        return label != null ? label : literal.getLiteral();
    }

    /** True when {@code labels.properties} names the literal (a test checks every literal of the metamodel). */
    public static boolean defined(EEnumLiteral literal) {
        return LABELS.containsKey(literal.getEEnum().getName() + "." + literal.getLiteral());
    }

    /**
     * The label of a feature: from {@code labels.properties} where the name's words are not enough, otherwise those
     * words in sentence case with acronyms in capitals ("Remote access enabled", "MFA required").
     */
    public static String of(EStructuralFeature feature) {
        String label = LABELS.getProperty(feature.getEContainingClass().getName() + "." + feature.getName());
        return label != null ? label : words(feature.getName());
    }

    /**
     * The literal of an enumeration that a person typed: its label or its literal, in any case, with surrounding
     * blanks ignored ("IT", "it", " Interactive session ", "interactiveSession"); null when it is neither.
     */
    public static EEnumLiteral parse(EEnum eEnum, String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            if (literal.getLiteral().equalsIgnoreCase(wanted) || of(literal).equalsIgnoreCase(wanted)) {
                return literal;
            }
        }
        return null;
    }

    /** "remoteAccessEnabled" → "Remote access enabled", "mfaRequired" → "MFA required". */
    static String words(String camelCase) {
        StringBuilder text = new StringBuilder();
        for (String word : camelCase.split("(?<=[a-z0-9])(?=[A-Z])")) {
            String lower = word.toLowerCase(Locale.ROOT);
            String acronym = ACRONYMS.get(lower);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (acronym != null) {
                text.append(acronym);
            } else if (text.isEmpty()) {
                text.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
            } else {
                text.append(lower);
            }
        }
        return text.toString();
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from the org.itot.model bundle");
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels.properties", e);
        }
        return labels;
    }
}
