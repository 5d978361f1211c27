package org.itot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Criticality;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.NodeView;
import org.itot.model.Ownership;
import org.itot.model.ProtocolCategory;
import org.itot.model.Role;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.library.ProtocolLibrary;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.TemplateInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Purdue reference template is complete, segmented as the error-level rules demand, and drawable. */
class PurdueTemplateTest {

    private final ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
    private final Map<String, Asset> assets = model.getAllAssets().stream()
            .collect(Collectors.toMap(Asset::getId, Function.identity()));

    @TempDir
    Path folder;

    @Test
    void hasTheReferenceStructure() {
        assertEquals(List.of("Z-INTERNET", "Z-CLOUD", "Z-ENT", "Z-IDMZ", "Z-OPS", "Z-SUP", "Z-CTL", "Z-PRC"),
                model.getZones().stream().map(Zone::getId).toList());
        assertEquals(7, model.getConduits().size());
        assertEquals(46, model.getAllAssets().size());
        assertEquals(6, count(AssetType.FIREWALL));
        assertEquals(3, count(AssetType.PLC));
        assertEquals(3, model.getRoles().size());
        assertEquals(1, model.getDiagrams().size());
        assertEquals(ProtocolLibrary.builtIn().size(), model.getProtocols().size());
        assertTrue(model.getFlows().size() >= 100, "flows: " + model.getFlows().size());
        assertEquals(ModelTemplates.FORMAT_VERSION, model.getFormatVersion());
    }

    @Test
    void everyZoneIsFullyCharacterised() {
        for (Zone zone : model.getAllZones()) {
            assertNotNull(zone.getKind(), zone.getId());
            assertNotNull(zone.getPurdueLevel(), zone.getId());
            assertNotEquals(Ownership.UNASSIGNED, zone.getOwner(), zone.getId());
            assertFalse(zone.getAccountableOrganisation() == null || zone.getAccountableOrganisation().isBlank(),
                    zone.getId());
            assertNotNull(zone.getSlTarget(), zone.getId());
            assertEquals(!(zone.getKind() == ZoneKind.INTERNET || zone.getKind() == ZoneKind.CLOUD), zone.isTrusted(),
                    zone.getId());
        }
        Zone idmz = zoneById("Z-IDMZ");
        assertTrue(idmz.isIdmz());
        assertEquals(Ownership.JOINT, idmz.getOwner());
    }

    @Test
    void conduitsJoinAdjacentLayersThroughFirewallsAndAreMonitored() {
        assertEquals(List.of(), ArchitectureChecks.conduitProblems(model));
        // The iDMZ sits between two different firewalls.
        Asset itSide = conduit("C-ENT-IDMZ").getEnforcedBy().get(0);
        Asset otSide = conduit("C-IDMZ-OPS").getEnforcedBy().get(0);
        assertNotSame(itSide, otSide);
        assertNotEquals(itSide.getVendor(), otSide.getVendor());
        assertEquals(zoneById("Z-IDMZ"), itSide.getZone());
        assertEquals(zoneById("Z-IDMZ"), otSide.getZone());
    }

    @Test
    void flowsKeepItAndOtApartAndIndustrialProtocolsInside() {
        assertEquals(List.of(), ArchitectureChecks.flowProblems(model));
        assertTrue(model.getFlows().stream()
                .anyMatch(f -> f.getProtocol().getCategory() == ProtocolCategory.INDUSTRIAL));
    }

    @Test
    void everyFirewallAllowsExactlyItsFlowsAndDeniesTheRest() {
        assertEquals(List.of(), ArchitectureChecks.ruleSetProblems(model));
        assertEquals(List.of(), ArchitectureChecks.unpermittedFlows(model));
        // Rules name the assets themselves in the reference template.
        for (Asset firewall : assetsOfType(AssetType.FIREWALL)) {
            firewall.getFirewallRules().stream().filter(r -> r.getSource() != null)
                    .forEach(r -> assertTrue(r.getSource() instanceof Asset && r.getDestination() instanceof Asset,
                            r.getId()));
        }
        // Every allow rule cites exactly the flows that pass the firewall with that service.
        Asset otFirewall = assets.get("DMZ-FW-OT");
        Set<Flow> passing = new HashSet<>();
        for (Flow flow : model.getFlows()) {
            List<Conduit> path = flow.isCrossZone()
                    ? ArchitectureChecks.path(model, flow.getSourceZone(), flow.getTargetZone()) : List.of();
            if (path.stream().anyMatch(c -> c.getEnforcedBy().contains(otFirewall))) {
                passing.add(flow);
            }
        }
        Set<Flow> cited = new HashSet<>();
        otFirewall.getFirewallRules().forEach(r -> cited.addAll(r.getJustifiedBy()));
        assertEquals(passing, cited);
        assertFalse(passing.isEmpty());
    }

    @Test
    void itToOtExchangesTerminateOnIdmzBrokers() {
        assertFlow("ENT-ERP", "DMZ-HIST", "P-HTTPS");
        assertFlow("OPS-HIST", "DMZ-HIST", "P-HTTPS");
        assertFlow("DMZ-RAGW", "DMZ-JUMP", "P-RDP");
        assertFlow("DMZ-JUMP", "SUP-EWS", "P-RDP");
        assertFlow("DMZ-WSUS", "ENT-WSUS", "P-WSUS-TLS");
        assertFlow("OPS-WSUS", "DMZ-WSUS", "P-WSUS-TLS");
        assertFlow("OPS-SIEM", "DMZ-LOG", "P-SYSLOG-TLS");
        assertFlow("DMZ-LOG", "ENT-SIEM", "P-SYSLOG-TLS");
        assertFlow("SUP-EWS", "CTL-PLC-01", "P-CIP-SECURITY");
        assertFlow("SUP-HMI-01", "SUP-SCADA", "P-OPC-UA");
        assertFlow("SUP-HMI-01", "OPS-DC", "P-NTP");
    }

    @Test
    void remoteAccessIsBrokeredWithMfaAndApproval() {
        for (Flow flow : model.getFlows()) {
            AssetType target = flow.getTarget().getType();
            if (flow.isRemoteAccess() || target == AssetType.REMOTE_ACCESS_GATEWAY || target == AssetType.JUMP_HOST) {
                assertTrue(flow.isMfa() && flow.isApprovalRequired(), flow.getId());
                assertNotNull(flow.getRole(), flow.getId());
            }
            if (flow.isCrossZone() && flow.getProtocol().getCategory() == ProtocolCategory.REMOTE_ADMIN) {
                assertTrue(flow.getSource().getType() == AssetType.JUMP_HOST
                        || flow.getTarget().getType() == AssetType.JUMP_HOST, flow.getId() + " bypasses the jump host");
            }
            assertFalse(flow.getSourceZone().getKind() == ZoneKind.INTERNET && flow.getTargetZone().isIndustrialSide(),
                    flow.getId());
        }
        Asset jump = assets.get("DMZ-JUMP");
        assertEquals(Set.of(zoneById("Z-IDMZ")), Set.copyOf(jump.getInterfaceZones()));
    }

    @Test
    void assetsAreRegisteredHardenedPatchedAndLogged() {
        Zone idmz = zoneById("Z-IDMZ");
        for (Asset asset : model.getAllAssets()) {
            Zone zone = asset.getZone();
            assertTrue(asset.isDefaultCredentialsChanged() && !asset.isHardcodedCredentials(), asset.getId());
            assertTrue(asset.getSlCapability().covers(zone.getSlTarget()), asset.getId() + " SL-C below zone SL-T");
            if (!asset.isEnforcementDevice()) {
                assertTrue(asset.getInterfaceZones().size() <= 1, asset.getId() + " is dual-homed");
            }
            if (zone.getLevelRank() <= 35) {
                assertNotNull(asset.getVendor(), asset.getId());
                assertNotNull(asset.getProductModel(), asset.getId());
                assertNotNull(asset.getFirmware(), asset.getId());
                assertNotNull(asset.getLocation(), asset.getId());
                assertNotEquals(Criticality.UNSPECIFIED, asset.getCriticality(), asset.getId());
            }
            if (zone.isIndustrialSide()) {
                assertEquals(AssetType.PATCH_SERVER, asset.getPatchSource().getType(), asset.getId());
                assertEquals(AssetType.AV_SERVER, asset.getAvSource().getType(), asset.getId());
                // OT hosts are served from level 3; the level 3 servers themselves from the iDMZ relays.
                assertTrue(servedFromLevel3OrFed(asset, asset.getPatchSource(), idmz)
                        && servedFromLevel3OrFed(asset, asset.getAvSource(), idmz), asset.getId());
            }
            Set<AssetType> mustLog = Set.of(AssetType.FIREWALL, AssetType.JUMP_HOST, AssetType.REMOTE_ACCESS_GATEWAY,
                    AssetType.DOMAIN_CONTROLLER, AssetType.CONTROL_SERVER, AssetType.ENGINEERING_WORKSTATION);
            if (mustLog.contains(asset.getType())) {
                assertFalse(asset.getLogsTo().isEmpty(), asset.getId() + " logs nowhere");
                for (Asset siem : asset.getLogsTo()) {
                    assertEquals(AssetType.SIEM, siem.getType());
                    assertTrue(model.getFlows().stream().anyMatch(f -> f.getSource() == asset && f.getTarget() == siem),
                            asset.getId() + " has no log flow to " + siem.getId());
                }
            }
        }
        assertEquals(idmz, assets.get("DMZ-WSUS").getZone());
    }

    @Test
    void noZoneMixesBusinessAndControlAssets() {
        for (Zone zone : model.getAllZones()) {
            boolean business = zone.getAssets().stream().anyMatch(Asset::isBusinessAsset);
            boolean iacs = zone.getAssets().stream().anyMatch(Asset::isIacsAsset);
            assertFalse(business && iacs, zone.getId());
        }
    }

    @Test
    void rolesAreScopedToZones() {
        Map<String, Role> roles = model.getRoles().stream().collect(Collectors.toMap(Role::getId, Function.identity()));
        assertFalse(roles.get("R-OPERATOR").isPrivileged());
        assertTrue(roles.get("R-ENGINEER").isPrivileged() && roles.get("R-ENGINEER").isMfaRequired());
        assertTrue(roles.get("R-ADMIN").isPrivileged() && roles.get("R-ADMIN").isMfaRequired());
        for (Role role : model.getRoles()) {
            assertFalse(role.isShared(), role.getId());
            role.getPermissions().forEach(p -> {
                assertFalse(p.getScope().isEmpty(), role.getId() + " has an unscoped permission");
                assertTrue(p.getScope().stream().allMatch(s -> s instanceof Zone zone && !zone.isEnterpriseSide()),
                        role.getId() + " reaches the enterprise side");
            });
        }
    }

    @Test
    void idsAreUnique() {
        assertEquals(List.of(), ArchitectureChecks.duplicateOrMissingIds(model));
    }

    @Test
    void diagramShowsEveryZoneAndAssetWithoutOverlaps() {
        Diagram diagram = model.getDiagrams().get(0);
        List<NodeView> zoneViews = diagram.getNodes();
        assertEquals(model.getZones(), zoneViews.stream().map(NodeView::getElement).sorted(
                (a, b) -> model.getZones().indexOf(a) - model.getZones().indexOf(b)).toList());
        assertNoOverlaps(zoneViews);
        for (NodeView zoneView : zoneViews) {
            Zone zone = (Zone) zoneView.getElement();
            assertTrue(EcoreUtil.isAncestor(model, zone));
            assertEquals(zone.getAssets(), zoneView.getChildren().stream().map(NodeView::getElement).toList());
            assertNoOverlaps(zoneView.getChildren());
            assertTrue(zoneView.getX() >= 0 && zoneView.getX() + zoneView.getWidth() <= 1200, zone.getId());
            for (NodeView child : zoneView.getChildren()) {
                assertTrue(child.getX() >= 0 && child.getY() >= 0
                        && child.getX() + child.getWidth() <= zoneView.getWidth()
                        && child.getY() + child.getHeight() <= zoneView.getHeight(), child.getElement() + " outside");
            }
        }
        // Stacked from outside the plant down to level 0.
        for (NodeView upper : zoneViews) {
            for (NodeView lower : zoneViews) {
                Zone upperZone = (Zone) upper.getElement();
                Zone lowerZone = (Zone) lower.getElement();
                if (upperZone.getLevelRank() > lowerZone.getLevelRank()) {
                    assertTrue(upper.getY() + upper.getHeight() <= lower.getY(),
                            upperZone.getId() + " is not above " + lowerZone.getId());
                }
            }
        }
        assertEquals(model.getConduits(), diagram.getEdges().stream().map(EdgeView::getElement).toList());
        for (EdgeView edge : diagram.getEdges()) {
            Conduit conduit = (Conduit) edge.getElement();
            assertTrue(conduit.joins((Zone) edge.getSource().getElement(), (Zone) edge.getTarget().getElement()));
        }
    }

    @Test
    void savesAndLoadsBackEqual() throws IOException {
        URI uri = URI.createFileURI(folder.resolve("purdue.itot").toString());
        Resource out = new ResourceSetImpl().createResource(uri);
        out.getContents().add(model);
        out.save(null);
        Resource in = new ResourceSetImpl().getResource(uri, true);
        assertTrue(EcoreUtil.equals(model, in.getContents().get(0)), "loaded template differs from the saved one");
    }

    @Test
    void eachCallCreatesAnIndependentModel() {
        ArchitectureModel other = ModelTemplates.create(ModelTemplates.PURDUE);
        assertNotSame(model, other);
        assertTrue(EcoreUtil.equals(model, other));
        other.getZones().get(0).setName("changed");
        assertEquals("Internet", model.getZones().get(0).getName());
    }

    @Test
    void templatesAreListedAndUnknownOnesNamed() {
        assertEquals(List.of("purdue", "blank"), ModelTemplates.list().stream().map(TemplateInfo::id).toList());
        ModelTemplates.list().forEach(t -> assertFalse(t.name().isBlank() || t.description().isBlank(), t.id()));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModelTemplates.create("x"));
        assertEquals("unknown template 'x' (known: purdue, blank)", error.getMessage());
    }

    @Test
    void blankHasTheLibraryAndAnEmptyDiagram() {
        ArchitectureModel blank = ModelTemplates.create(ModelTemplates.BLANK);
        assertFalse(blank.getName().isBlank());
        assertEquals(ModelTemplates.FORMAT_VERSION, blank.getFormatVersion());
        assertEquals(ProtocolLibrary.builtIn().size(), blank.getProtocols().size());
        assertTrue(blank.getZones().isEmpty() && blank.getConduits().isEmpty() && blank.getFlows().isEmpty());
        assertEquals(1, blank.getDiagrams().size());
        assertTrue(blank.getDiagrams().get(0).getNodes().isEmpty() && blank.getDiagrams().get(0).getEdges().isEmpty());
        assertEquals(List.of(), ArchitectureChecks.duplicateOrMissingIds(blank));
    }

    private void assertFlow(String source, String target, String protocolId) {
        assertTrue(model.getFlows().stream().anyMatch(f -> f.getSource() == assets.get(source)
                && f.getTarget() == assets.get(target) && f.getProtocol().getId().equals(protocolId)),
                "no " + protocolId + " flow from " + source + " to " + target);
    }

    private static void assertNoOverlaps(List<NodeView> views) {
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            for (int j = i + 1; j < views.size(); j++) {
                NodeView a = views.get(i);
                NodeView c = views.get(j);
                if (a.getX() < c.getX() + c.getWidth() && c.getX() < a.getX() + a.getWidth()
                        && a.getY() < c.getY() + c.getHeight() && c.getY() < a.getY() + a.getHeight()) {
                    overlaps.add(a.getElement() + " / " + c.getElement());
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    private long count(AssetType type) {
        return assetsOfType(type).size();
    }

    private List<Asset> assetsOfType(AssetType type) {
        return model.getAllAssets().stream().filter(a -> a.getType() == type).toList();
    }

    private Zone zoneById(String id) {
        return model.getAllZones().stream().filter(z -> id.equals(z.getId())).findFirst().orElseThrow();
    }

    private Conduit conduit(String id) {
        return model.getConduits().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static boolean servedFromLevel3OrFed(Asset asset, Asset source, Zone idmz) {
        boolean isServer = asset.getType() == source.getType();
        return isServer ? source.getZone() == idmz : source.getZone().getLevelRank() == 30;
    }
}
