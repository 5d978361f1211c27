package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.rule;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Criticality;
import org.itot.model.Flow;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;

/** Live validation after any sequence of edits gives exactly what a full validation gives. */
class LiveValidationTest {

    private final ModelValidator validator = new ModelValidator(Catalogue.builtIn());

    @Test
    void randomEditSequencesMatchFullValidation() {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            ArchitectureModel model = plant(random);
            LiveValidation live = new LiveValidation(validator, model);
            assertSameFindings(validator.validate(model), live.update(), "initial, seed " + seed);
            for (int step = 0; step < 40; step++) {
                String edit = randomEdit(model, random);
                if (random.nextInt(3) == 0) {
                    continue; // several edits between updates, as when a command changes many things
                }
                assertSameFindings(validator.validate(model), live.update(), "seed " + seed + " step " + step + ": " + edit);
            }
            assertSameFindings(validator.validate(model), live.update(), "final, seed " + seed);
            live.dispose();
        }
    }

    /**
     * The deltas alone rebuild the findings: the initial result with each delta's removed findings taken out and its
     * added ones put in gives, after every random sequence, what a full validation gives; and each delta starts from
     * the result before it.
     */
    @Test
    void deltasAppliedToTheInitialResultGiveAFullValidation() {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            ArchitectureModel model = plant(random);
            LiveValidation live = new LiveValidation(validator, model);
            FindingsDelta first = live.updateDelta(() -> false);
            assertEquals(List.of(), first.removed(), "nothing to remove before the first result");
            Set<RuleDiagnostic> shown = identitySet(first.added());
            Diagnostic previous = first.result();
            for (int step = 0; step < 40; step++) {
                String edit = randomEdit(model, random);
                if (random.nextInt(3) == 0) {
                    continue;
                }
                FindingsDelta delta = live.updateDelta(() -> false);
                String when = "seed " + seed + " step " + step + ": " + edit;
                assertTrue(delta.follows(previous), "the delta starts from the last result, " + when);
                for (RuleDiagnostic gone : delta.removed()) {
                    assertTrue(shown.remove(gone), "removed a finding that was not shown, " + when);
                }
                for (RuleDiagnostic added : delta.added()) {
                    assertTrue(shown.add(added), "added a finding that was already shown, " + when);
                }
                assertEquals(sorted(validator.validate(model).getChildren()), sorted(shown), when);
                // and the result is exactly the findings shown, object for object
                assertEquals(identitySet(ModelFindings.findings(delta.result())), shown, when);
                previous = delta.result();
            }
            live.dispose();
        }
    }

    /** A register edit that changes no finding changes no finding object: nothing is redrawn for it. */
    @Test
    void anEditThatChangesNoFindingKeepsEveryFindingObject() {
        ArchitectureModel model = plant(new Random(7));
        LiveValidation live = new LiveValidation(validator, model);
        Diagnostic before = live.update();
        Asset some = model.getAllAssets().get(3);
        some.setDescription("described now"); // no rule reads descriptions
        FindingsDelta delta = live.updateDelta(() -> false);
        assertTrue(delta.isEmpty(), "removed " + delta.removed() + ", added " + delta.added());
        List<Diagnostic> now = delta.result().getChildren();
        assertEquals(before.getChildren().size(), now.size());
        for (int i = 0; i < now.size(); i++) {
            assertSame(before.getChildren().get(i), now.get(i), "finding " + i + " is a new object");
        }
        live.dispose();
    }

    /**
     * A register edit's delta names exactly the findings that appeared, went or read otherwise: the difference of the
     * full validations before and after the edit.
     */
    @Test
    void aDeltaNamesExactlyTheChangedFindings() {
        ArchitectureModel model = plant(new Random(7));
        LiveValidation live = new LiveValidation(validator, model);
        live.update();
        Random random = new Random(3);
        int changing = 0;
        for (int step = 0; step < 60; step++) {
            List<String> before = outcomes(ModelFindings.findings(validator.validate(model)));
            Asset asset = model.getAllAssets().get(random.nextInt(model.getAllAssets().size()));
            switch (random.nextInt(3)) {
            case 0 -> asset.setFirmware(random.nextBoolean() ? null : "V" + random.nextInt(9));
            case 1 -> asset.setDefaultCredentialsChanged(!asset.isDefaultCredentialsChanged());
            default -> asset.setCriticality(Criticality.get(random.nextInt(Criticality.VALUES.size())));
            }
            List<String> after = outcomes(ModelFindings.findings(validator.validate(model)));
            FindingsDelta delta = live.updateDelta(() -> false);
            assertEquals(minus(before, after), outcomes(delta.removed()), "removed, step " + step);
            assertEquals(minus(after, before), outcomes(delta.added()), "added, step " + step);
            changing += delta.isEmpty() ? 0 : 1;
        }
        assertTrue(changing > 0, "some register edits should change findings");
        live.dispose();
    }

    /** What a finding says, without its data (whose text follows the elements' current attributes). */
    private static List<String> outcomes(List<RuleDiagnostic> findings) {
        return findings.stream().map(finding -> finding.findingId() + "|" + finding.getSeverity() + "|"
                + finding.ruleSeverity() + "|" + finding.getMessage() + "|" + finding.waiverNote() + "|"
                + finding.undecidedCount()).sorted().toList();
    }

    /** The multiset difference of two sorted lists, sorted. */
    private static List<String> minus(List<String> from, List<String> taken) {
        List<String> rest = new java.util.ArrayList<>(from);
        taken.forEach(rest::remove);
        return rest;
    }

    @Test
    void registerEditsReevaluateOnlyTheNeighbourhood() {
        ArchitectureModel model = plant(new Random(7));
        LiveValidation live = new LiveValidation(validator, model);
        live.update();
        assertFalse(live.isStale());
        Asset some = model.getAllAssets().get(3);
        some.setFirmware("V9");
        assertTrue(live.isStale());
        int pending = live.pendingElements();
        assertTrue(pending > 0 && pending < 30, "a firmware edit should not re-check the whole model: " + pending);

        model.getConduits().get(0).getEnforcedBy().clear();
        assertEquals(-1, live.pendingElements(), "a conduit edit may change every route");
        assertSameFindings(validator.validate(model), live.update(), "after a conduit edit");
    }

    private static void assertSameFindings(Diagnostic full, Diagnostic live, String when) {
        assertEquals(signatures(full), signatures(live), when);
    }

    private static Set<RuleDiagnostic> identitySet(Collection<? extends Diagnostic> findings) {
        Set<RuleDiagnostic> set = Collections.newSetFromMap(new IdentityHashMap<>());
        findings.forEach(finding -> set.add((RuleDiagnostic) finding));
        return set;
    }

    private static List<String> sorted(Collection<? extends Diagnostic> findings) {
        return findings.stream().map(d -> ((RuleDiagnostic) d).signature()).sorted().toList();
    }


    private static List<String> signatures(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> ((RuleDiagnostic) d).signature()).toList();
    }

    /** A plant with a few levels, firewalls and flows, some of them already in breach of rules. */
    static ArchitectureModel plant(Random random) {
        ArchitectureModel model = model();
        Zone enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        Zone control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        Asset itFirewall = asset(idmz, "FW-IT", AssetType.FIREWALL);
        Asset otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        conduit(model, "C-1", enterprise, idmz, itFirewall);
        conduit(model, "C-2", idmz, operations, otFirewall);
        conduit(model, "C-3", operations, control, otFirewall);
        rule(itFirewall, 99, RuleAction.DENY);
        rule(otFirewall, 1, RuleAction.ALLOW);
        List<Zone> zones = model.getZones();
        AssetType[] types = { AssetType.ERP, AssetType.WORKSTATION, AssetType.HISTORIAN_MIRROR, AssetType.PLC,
                AssetType.HMI, AssetType.CONTROL_SERVER, AssetType.FIREWALL };
        for (int i = 0; i < 12; i++) {
            asset(zones.get(random.nextInt(zones.size())), "A-" + i, types[random.nextInt(types.length)]);
        }
        List<Asset> assets = model.getAllAssets();
        for (int i = 0; i < 10; i++) {
            flow(model, "F-" + i, assets.get(random.nextInt(assets.size())), assets.get(random.nextInt(assets.size())));
        }
        return model;
    }

    /** One random edit of the kinds an architect makes; returns what it did, for failure messages. */
    static String randomEdit(ArchitectureModel model, Random random) {
        List<Asset> assets = model.getAllAssets();
        List<Zone> zones = model.getZones();
        Asset asset = assets.get(random.nextInt(assets.size()));
        switch (random.nextInt(10)) {
        case 0 -> {
            asset.setFirmware(random.nextBoolean() ? null : "V" + random.nextInt(9));
            asset.setCriticality(Criticality.get(random.nextInt(Criticality.VALUES.size())));
            return "register data of " + asset.getId();
        }
        case 1 -> {
            asset.setType(AssetType.get(random.nextInt(AssetType.VALUES.size())));
            return "type of " + asset.getId();
        }
        case 2 -> {
            zones.get(random.nextInt(zones.size())).getAssets().add(asset);
            return "moved " + asset.getId();
        }
        case 3 -> {
            Asset other = assets.get(random.nextInt(assets.size()));
            flow(model, "F-N" + random.nextInt(1000), asset, other);
            return "new flow " + asset.getId() + " -> " + other.getId();
        }
        case 4 -> {
            if (!model.getFlows().isEmpty()) {
                Flow flow = model.getFlows().get(random.nextInt(model.getFlows().size()));
                EcoreUtil.delete(flow);
                return "deleted flow " + flow.getId();
            }
            return "nothing";
        }
        case 5 -> {
            Conduit conduit = model.getConduits().get(random.nextInt(model.getConduits().size()));
            if (random.nextBoolean()) {
                conduit.getEnforcedBy().clear();
            } else {
                conduit.getEnforcedBy().add(asset);
            }
            return "enforcement of " + conduit.getId();
        }
        case 6 -> {
            Zone zone = zones.get(random.nextInt(zones.size()));
            zone.setPurdueLevel(PurdueLevel.get(random.nextInt(PurdueLevel.VALUES.size())));
            return "level of " + zone.getId();
        }
        case 7 -> {
            if (asset.getType() == AssetType.FIREWALL) {
                RuleAction action = random.nextBoolean() ? RuleAction.ALLOW : RuleAction.DENY;
                rule(asset, random.nextInt(100), action);
                return "rule on " + asset.getId();
            }
            asset.setName("Renamed " + random.nextInt(100));
            return "renamed " + asset.getId();
        }
        case 8 -> {
            Zone first = zones.get(random.nextInt(zones.size()));
            Zone second = zones.get(random.nextInt(zones.size()));
            conduit(model, "C-N" + random.nextInt(1000), first, second);
            return "conduit " + first.getId() + " - " + second.getId();
        }
        default -> {
            asset.setDefaultCredentialsChanged(!asset.isDefaultCredentialsChanged());
            asset.setMfa(random.nextBoolean());
            return "flags of " + asset.getId();
        }
        }
    }
}
