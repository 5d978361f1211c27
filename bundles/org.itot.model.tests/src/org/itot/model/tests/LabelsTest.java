package org.itot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.itot.model.AssetType;
import org.itot.model.FlowOperation;
import org.itot.model.ItotPackage;
import org.itot.model.Ownership;
import org.itot.model.ZoneKind;
import org.itot.model.labels.Labels;
import org.junit.jupiter.api.Test;

/** Every enumeration literal and feature of the metamodel has words people can read; literals stay in files. */
class LabelsTest {

    /** camelCase inside a word, as in "interactiveSession" or "externalEntity". */
    private static final Pattern CAMEL = Pattern.compile("[a-z][A-Z]");
    /** Acronyms that must not be written as words ("Mfa", "Av source", "Sl target", "Id"). */
    private static final Pattern LOWER_ACRONYM = Pattern.compile("\\b(Mfa|mfa|Av|av|Sl|sl|Id|id|Vlan|vlan|Stix|stix|"
            + "Plc|plc|It|Ot|ot|Fr[1-7]|fr[1-7])\\b");

    @Test
    void everyEnumerationLiteralHasALabelThatIsNotTheRawLiteral() {
        List<String> problems = new ArrayList<>();
        int literals = 0;
        for (EClassifier classifier : ItotPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EEnum eEnum)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                literals++;
                String label = Labels.of(literal);
                String where = eEnum.getName() + "." + literal.getLiteral() + " = '" + label + "'";
                if (!Labels.defined(literal)) {
                    problems.add(where + ": not in labels.properties");
                }
                if (label.equals(literal.getLiteral()) || CAMEL.matcher(label).find() || LOWER_ACRONYM.matcher(label)
                        .find() || !Character.isUpperCase(label.charAt(0))) {
                    problems.add(where + ": reads as the raw literal, not as words");
                }
                if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                    problems.add(where + ": two literals of " + eEnum.getName() + " share the label");
                }
                EEnumLiteral parsed = Labels.parse(eEnum, label);
                if (parsed != literal) {
                    problems.add(where + ": the label reads back as " + parsed);
                }
            }
        }
        assertTrue(literals > 100, "the metamodel's literals: " + literals);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFeatureHasALabelInWords() {
        List<String> problems = new ArrayList<>();
        for (EClassifier classifier : ItotPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    String label = Labels.of(feature);
                    if (CAMEL.matcher(label).find() || LOWER_ACRONYM.matcher(label).find()
                            || !Character.isUpperCase(label.charAt(0))) {
                        problems.add(eClass.getName() + "." + feature.getName() + " = '" + label + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theLabelsOfTheIssue() {
        assertEquals("IT", Labels.of(Ownership.IT));
        assertEquals("OT", Labels.of(Ownership.OT));
        assertEquals("Joint (IT and OT)", Labels.of(Ownership.JOINT));
        assertEquals("PLC", Labels.of(AssetType.PLC));
        assertEquals("External entity", Labels.of(AssetType.EXTERNAL_ENTITY));
        assertEquals("Interactive session", Labels.of(FlowOperation.INTERACTIVE_SESSION));
        assertEquals("Internet", Labels.of(ZoneKind.INTERNET));
        assertEquals("MFA", Labels.of(ItotPackage.Literals.ASSET__MFA));
        assertEquals("MFA required", Labels.of(ItotPackage.Literals.ROLE__MFA_REQUIRED));
        assertEquals("Anti-malware (AV) source", Labels.of(ItotPackage.Literals.ASSET__AV_SOURCE));
        assertEquals("Remote access enabled", Labels.of(ItotPackage.Literals.ASSET__REMOTE_ACCESS_ENABLED));
        assertEquals("ID", Labels.of(ItotPackage.Literals.MODEL_ELEMENT__ID));
        assertEquals("", Labels.of((org.eclipse.emf.common.util.Enumerator) null));
    }

    @Test
    void parseAcceptsLabelAndLiteralInAnyCase() {
        EEnum ownership = ItotPackage.Literals.OWNERSHIP;
        assertSame(ownership.getEEnumLiteralByLiteral("it"), Labels.parse(ownership, "IT"));
        assertSame(ownership.getEEnumLiteralByLiteral("it"), Labels.parse(ownership, "it"));
        assertSame(ownership.getEEnumLiteralByLiteral("joint"), Labels.parse(ownership, " joint (it and ot) "));
        EEnum operations = ItotPackage.Literals.FLOW_OPERATION;
        EEnumLiteral session = operations.getEEnumLiteralByLiteral("interactiveSession");
        assertSame(session, Labels.parse(operations, "interactivesession"));
        assertSame(session, Labels.parse(operations, "Interactive Session"));
        assertNull(Labels.parse(ownership, "IT department"));
        assertNull(Labels.parse(ownership, null));
    }
}
