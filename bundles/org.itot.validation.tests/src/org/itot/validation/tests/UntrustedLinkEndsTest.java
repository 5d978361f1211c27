package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.networkInterface;
import static org.itot.validation.tests.TestModels.subZone;
import static org.itot.validation.tests.TestModels.validatorFor;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 2, BND-07: each end of an untrusted link needs its own barrier. IEC 62443-3-3 SR 5.1 and
 * IEC 62443-3-2 ZCR 3.x give every zone boundary its own boundary protection; a WAN between two sites is
 * a network neither site controls, so a firewall at one site leaves the other open to whoever is on the
 * link. Which end a device guards is read from the sites of the zones (inherited from parent zones), or,
 * where no site is recorded, from the device's own zone and its zone/sub-zone chain.
 */
class UntrustedLinkEndsTest {

    private final ModelValidator validator = validatorFor("BND-07");

    private ArchitectureModel model;
    private Zone north;
    private Zone south;
    private Conduit wan;

    /** Two plant sites joined over a carrier WAN, unencrypted: only enforcement can protect the ends. */
    @BeforeEach
    void twoSites() {
        model = model();
        north = zone(model, "Z-NORTH", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        south = zone(model, "Z-SOUTH", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        wan = conduit(model, "C-WAN", north, south);
        wan.setMedium(ConduitMedium.WAN);
    }

    @Test
    void oneFirewallWithALegAtEachSiteGuardsOnlyItsOwnSite() {
        Asset firewall = asset(north, "FW-NORTH", AssetType.FIREWALL);
        networkInterface(firewall, north);
        networkInterface(firewall, south);
        wan.getEnforcedBy().add(firewall);
        assertEquals(List.of(south), List.copyOf(wan.getEndsWithoutEnforcementPoint()));
        assertEquals(Set.of("BND-07@C-WAN"), ids());
        assertTrue(findings().get(0).getMessage().endsWith("has no enforcement point of its own at Z-SOUTH."),
                findings().get(0).getMessage());

        wan.getEnforcedBy().add(asset(south, "FW-SOUTH", AssetType.FIREWALL));
        assertEquals(Set.of(), ids());
    }

    @Test
    void sitesDecideWhichEndADeviceGuards() {
        north.setSite("North plant");
        south.setSite("South plant");
        Zone northEdge = zone(model, "Z-NORTH-EDGE", ZoneKind.WAN, PurdueLevel.EXTERNAL);
        northEdge.setSite("north plant ");
        Zone southEdge = zone(model, "Z-SOUTH-EDGE", ZoneKind.WAN, PurdueLevel.EXTERNAL);
        southEdge.setSite("South plant");
        Asset northFirewall = asset(northEdge, "FW-N", AssetType.FIREWALL);
        wan.getEnforcedBy().add(northFirewall);
        assertEquals(Set.of("BND-07@C-WAN"), ids(), "the edge zone's firewall guards its site's end only");
        assertTrue(northFirewall.protectsEnd(north) && !northFirewall.protectsEnd(south));

        wan.getEnforcedBy().add(asset(southEdge, "FW-S", AssetType.FIREWALL));
        assertEquals(Set.of(), ids(), "a firewall at each site, though in neither end zone");
    }

    @Test
    void aSubZoneInheritsItsParentsSite() {
        north.setSite("North plant");
        south.setSite("South plant");
        Zone northCell = subZone(north, "Z-NORTH-CELL", ZoneKind.BASIC_CONTROL);
        assertEquals("North plant", northCell.getEffectiveSite());
        Asset cellFirewall = asset(northCell, "FW-CELL", AssetType.FIREWALL);
        Asset southFirewall = asset(south, "FW-SOUTH", AssetType.FIREWALL);
        wan.getEnforcedBy().add(cellFirewall);
        wan.getEnforcedBy().add(southFirewall);
        assertEquals(Set.of(), ids());

        northCell.setSite("South plant");
        assertEquals(Set.of("BND-07@C-WAN"), ids(), "a sub-zone at another site guards that site");
    }

    @Test
    void withoutSitesTheZoneChainDecides() {
        Zone northCell = subZone(north, "Z-NORTH-CELL", ZoneKind.BASIC_CONTROL);
        Zone elsewhere = zone(model, "Z-HQ", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        Asset cellFirewall = asset(northCell, "FW-CELL", AssetType.FIREWALL);
        Asset remoteFirewall = asset(elsewhere, "FW-HQ", AssetType.FIREWALL);
        networkInterface(remoteFirewall, south);
        wan.getEnforcedBy().add(cellFirewall);
        wan.getEnforcedBy().add(remoteFirewall);
        assertTrue(cellFirewall.protectsEnd(north), "a firewall in a sub-zone of the end guards it");
        assertFalse(remoteFirewall.protectsEnd(south), "an interface in the end zone is no barrier of its own there");
        assertEquals(Set.of("BND-07@C-WAN"), ids());
    }

    @Test
    void switchesAndRoutersAreNoEnforcementPoint() {
        wan.getEnforcedBy().add(asset(north, "SW", AssetType.SWITCH));
        wan.getEnforcedBy().add(asset(south, "FW-SOUTH", AssetType.FIREWALL));
        assertEquals(List.of(north), List.copyOf(wan.getEndsWithoutEnforcementPoint()));
        Asset router = asset(north, "R", AssetType.ROUTER);
        router.getAdditionalRoles().add(AssetType.FIREWALL);
        wan.getEnforcedBy().add(router);
        assertEquals(Set.of(), ids(), "a router that is also the site's firewall (additional role) guards the end");
    }

    @Test
    void encryptedAndAuthenticatedLinksAndTrustedMediaAreNotJudged() {
        wan.setEncrypted(true);
        wan.setAuthenticated(true);
        assertEquals(Set.of(), ids());
        wan.setEncrypted(false);
        wan.setMedium(ConduitMedium.LAN);
        assertEquals(Set.of(), ids());
    }

    private List<RuleDiagnostic> findings() {
        return validator.validate(model).getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    private Set<String> ids() {
        return findings().stream().map(RuleDiagnostic::findingId).collect(Collectors.toCollection(TreeSet::new));
    }
}
