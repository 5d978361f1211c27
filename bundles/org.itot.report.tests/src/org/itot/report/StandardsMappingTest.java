package org.itot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePack;
import org.junit.jupiter.api.Test;

/** The standards mappings against the standards' structure and the rule catalogue. */
class StandardsMappingTest {

    /** IEC 62443-3-3: SRs per foundational requirement (FR1 IAC 13, UC 12, SI 9, DC 3, RDF 4, TRE 2, RA 8). */
    private static final int[] SRS_PER_FR = { 0, 13, 12, 9, 3, 4, 2, 8 };

    @Test
    void all51SystemRequirementsArePresentInOrderWithEnhancementsBelongingToThem() {
        List<Requirement> mapping = StandardsMapping.of(ReportStandard.IEC_62443_3_3);
        List<String> expected = new ArrayList<>();
        for (int fr = 1; fr <= 7; fr++) {
            for (int sr = 1; sr <= SRS_PER_FR[fr]; sr++) {
                expected.add("SR " + fr + "." + sr);
            }
        }
        List<String> systemRequirements = mapping.stream().filter(r -> !r.isEnhancement()).map(Requirement::item)
                .toList();
        assertEquals(51, expected.size());
        assertEquals(expected, systemRequirements);
        String current = null;
        for (Requirement requirement : mapping) {
            assertTrue(requirement.securityLevel() >= 1 && requirement.securityLevel() <= 4, requirement.item());
            assertTrue(!requirement.title().isBlank(), requirement.item());
            if (!requirement.isEnhancement()) {
                current = requirement.item();
            } else {
                assertEquals(current, requirement.baseItem(), "an enhancement follows its SR: " + requirement.item());
                assertTrue(requirement.item().matches("SR \\d\\.\\d+ RE\\d"), requirement.item());
            }
        }
    }

    @Test
    void zoneAndConduitRequirementsOneToSevenArePresent() {
        List<String> items = StandardsMapping.of(ReportStandard.IEC_62443_3_2).stream().map(Requirement::item)
                .filter(item -> item.matches("ZCR \\d")).toList();
        assertEquals(List.of("ZCR 1", "ZCR 2", "ZCR 3", "ZCR 4", "ZCR 5", "ZCR 6", "ZCR 7"), items);
    }

    @Test
    void everyRuleAMappingCitesIsInTheCatalogue() {
        Set<String> catalogue = Catalogue.builtInRuleIds();
        for (ReportStandard standard : ReportStandard.values()) {
            List<Requirement> mapping = StandardsMapping.of(standard);
            assertTrue(!mapping.isEmpty(), standard.id());
            for (Requirement requirement : mapping) {
                for (String rule : requirement.rules()) {
                    assertTrue(catalogue.contains(rule), standard.id() + " " + requirement.item() + " cites " + rule
                            + ", which the catalogue does not have");
                }
            }
        }
    }

    /** A rule that cites an SR in its metadata evidences that SR in the mapping, so the two never drift apart. */
    @Test
    void everyRuleCitingAnSrIsMappedToIt() {
        Pattern citation = Pattern.compile("IEC 62443-3-3 (SR \\d\\.\\d+)");
        Map<String, List<String>> rulesBySr = new LinkedHashMap<>();
        for (Requirement requirement : StandardsMapping.of(ReportStandard.IEC_62443_3_3)) {
            rulesBySr.computeIfAbsent(requirement.baseItem(), k -> new ArrayList<>()).addAll(requirement.rules());
        }
        int citations = 0;
        for (RulePack pack : Catalogue.builtIn()) {
            for (RuleDefinition rule : pack.definitions()) {
                for (String standard : rule.standards()) {
                    Matcher matcher = citation.matcher(standard);
                    if (matcher.find()) {
                        citations++;
                        String sr = matcher.group(1);
                        assertTrue(rulesBySr.getOrDefault(sr, List.of()).contains(rule.id()),
                                rule.id() + " cites " + sr + " but the mapping does not list it there");
                    }
                }
            }
        }
        assertTrue(citations > 20, "the catalogue cites SRs: " + citations);
    }

    /**
     * Where a rule's metadata names the SL an enhancement applies from ({@code SR 4.1 RE2 (SL4)}), the mapping gives
     * the same level: the matrix and the rule's Help must not tell an auditor two different things.
     */
    @Test
    void aRulesCitedSecurityLevelAgreesWithTheMapping() {
        Pattern citation = Pattern.compile("IEC 62443-3-3 (SR \\d\\.\\d+ RE\\d+) \\(SL ?(\\d)\\)");
        Map<String, Integer> levelByItem = new LinkedHashMap<>();
        for (Requirement requirement : StandardsMapping.of(ReportStandard.IEC_62443_3_3)) {
            levelByItem.put(requirement.item(), requirement.securityLevel());
        }
        int citations = 0;
        for (RulePack pack : Catalogue.builtIn()) {
            for (RuleDefinition rule : pack.definitions()) {
                for (String standard : rule.standards()) {
                    Matcher matcher = citation.matcher(standard);
                    if (matcher.find()) {
                        citations++;
                        assertEquals(levelByItem.get(matcher.group(1)), Integer.valueOf(matcher.group(2)),
                                rule.id() + " cites " + standard + "; the mapping's level differs");
                    }
                }
            }
        }
        assertTrue(citations >= 4, "the catalogue names the SL of enhancements it cites: " + citations);
    }
}
