package org.itot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.AssetType;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.template.SyntheticPlant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated plants: exact size, Purdue structure, the same checks as the template, deterministic, fast. */
class SyntheticPlantTest {

    @ParameterizedTest(name = "{0} assets")
    @ValueSource(ints = { SyntheticPlant.MINIMUM_ASSETS, 41, 99, 500, 2600, 3750 })
    void hasExactlyTheRequestedAssets(int assets) {
        ArchitectureModel plant = SyntheticPlant.generate(assets, 1);
        assertEquals(assets, plant.getAllAssets().size());
        // About four flows per asset once cells dominate; tiny plants are mostly infrastructure.
        double flowsPerAsset = plant.getFlows().size() / (double) assets;
        double least = assets >= 500 ? 3.5 : 2.5;
        assertTrue(flowsPerAsset >= least && flowsPerAsset <= 4.5, "flows per asset: " + flowsPerAsset);
    }

    @Test
    void passesTheStructuralChecks() {
        ArchitectureModel plant = SyntheticPlant.generate(3800, 7);
        assertEquals(List.of(), ArchitectureChecks.duplicateOrMissingIds(plant));
        assertEquals(List.of(), ArchitectureChecks.conduitProblems(plant));
        assertEquals(List.of(), ArchitectureChecks.flowProblems(plant));
        assertEquals(List.of(), ArchitectureChecks.ruleSetProblems(plant));
        assertEquals(List.of(), ArchitectureChecks.unpermittedFlows(plant));
        // Two sites, each with its own iDMZ and several cells.
        assertEquals(2, count(plant, PurdueLevel.LEVEL_35));
        assertEquals(2, count(plant, PurdueLevel.LEVEL_3));
        assertTrue(count(plant, PurdueLevel.LEVEL_1) >= 10, "cells: " + count(plant, PurdueLevel.LEVEL_1));
        for (Zone zone : plant.getAllZones()) {
            assertTrue(zone.getSlTarget() != null && zone.getOwner() != null
                    && zone.getAccountableOrganisation() != null, zone.getId());
        }
        long devices = plant.getAllAssets().stream().filter(a -> a.getZone().getPurdueLevel() == PurdueLevel.LEVEL_0)
                .count();
        assertTrue(devices > plant.getAllAssets().size() / 2, "level 0 holds most assets: " + devices);
        assertTrue(plant.getAllAssets().stream().anyMatch(a -> a.getType() == AssetType.HMI));
    }

    @Test
    void sameSeedGivesTheSameModel() {
        assertTrue(EcoreUtil.equals(SyntheticPlant.generate(2000, 42), SyntheticPlant.generate(2000, 42)));
        assertFalse(EcoreUtil.equals(SyntheticPlant.generate(2000, 42), SyntheticPlant.generate(2000, 43)));
    }

    @Test
    void tenThousandAssetsTakeSeconds() {
        SyntheticPlant.generate(1000, 1); // warm up class loading and the protocol library
        long start = System.nanoTime();
        ArchitectureModel plant = SyntheticPlant.generate(10_000, 1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(10_000, plant.getAllAssets().size());
        assertTrue(plant.getFlows().size() >= 35_000 && plant.getFlows().size() <= 45_000,
                "flows: " + plant.getFlows().size());
        assertTrue(millis < 10_000, "generating 10,000 assets took " + millis + " ms");
    }

    @Test
    void refusesPlantsSmallerThanTheMinimum() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS - 1, 1));
        assertEquals("a synthetic plant needs at least 40 assets, not 39", error.getMessage());
    }

    private static long count(ArchitectureModel plant, PurdueLevel level) {
        return plant.getAllZones().stream().filter(z -> z.getPurdueLevel() == level).count();
    }
}
