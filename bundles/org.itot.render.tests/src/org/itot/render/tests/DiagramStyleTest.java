package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.PurdueLevel;
import org.itot.model.ZoneKind;
import org.itot.render.Canvas;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.Rgb;
import org.itot.render.TextMetrics;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.render.style.DiagramStyle;
import org.itot.render.style.DiagramStyle.Mapping;
import org.itot.render.style.Icons;
import org.itot.render.style.ZoneStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The diagram description: complete for every enum value, conditional edge styles, and no AWT in the core. */
class DiagramStyleTest {

    private final ItotFactory factory = ItotFactory.eINSTANCE;

    @Test
    void everyZoneKindAssetTypeAndLevelHasAStyle() {
        for (ZoneKind kind : ZoneKind.values()) {
            assertNotNull(DiagramStyle.zone(kind), kind.getName());
            assertFalse(DiagramStyle.zoneKindLabel(kind).isBlank());
        }
        for (AssetType type : AssetType.values()) {
            assertFalse(DiagramStyle.asset(type).label().equals(type.getLiteral()), "no entry for " + type);
        }
        for (PurdueLevel level : PurdueLevel.values()) {
            assertNotNull(DiagramStyle.band(level));
        }
        ZoneStyle idmz = DiagramStyle.zone(ZoneKind.IDMZ);
        ZoneStyle enterprise = DiagramStyle.zone(ZoneKind.ENTERPRISE);
        assertFalse(idmz.fill().equals(enterprise.fill()));
    }

    @Test
    void mappingNamesContainersNodesAndEdges() {
        assertEquals(Mapping.CONTAINER, DiagramStyle.mapping(factory.createZone()));
        assertEquals(Mapping.NODE, DiagramStyle.mapping(factory.createAsset()));
        assertEquals(Mapping.EDGE, DiagramStyle.mapping(factory.createConduit()));
        assertEquals(Mapping.EDGE, DiagramStyle.mapping(factory.createFlow()));
        assertEquals(Mapping.NONE, DiagramStyle.mapping(factory.createProtocol()));
    }

    @ParameterizedTest
    @EnumSource(ConduitMedium.class)
    void conduitsOverUntrustedMediaAreDashed(ConduitMedium medium) {
        Conduit conduit = factory.createConduit();
        conduit.setMedium(medium);
        boolean untrusted = List.of(ConduitMedium.WAN, ConduitMedium.INTERNET, ConduitMedium.CELLULAR,
                ConduitMedium.RADIO, ConduitMedium.SATELLITE).contains(medium);
        assertEquals(untrusted, DiagramStyle.edge(conduit).dashed(), medium.getName());
        assertFalse(DiagramStyle.edge(conduit).arrow());
    }

    @Test
    void flowsHaveArrowsAndAreDashedWhenAnEndIsWireless() {
        Flow flow = factory.createFlow();
        Asset source = factory.createAsset();
        Asset target = factory.createAsset();
        flow.setSource(source);
        flow.setTarget(target);
        assertTrue(DiagramStyle.edge(flow).arrow());
        assertFalse(DiagramStyle.edge(flow).dashed());
        target.setWireless(true);
        assertTrue(DiagramStyle.edge(flow).dashed());
        assertTrue(DiagramStyle.edge(flow).width() < DiagramStyle.edge(factory.createConduit()).width());
    }

    @Test
    void findingColoursFollowSeverity() {
        assertEquals(DiagramStyle.ERROR, DiagramStyle.findingColour(org.eclipse.emf.common.util.Diagnostic.ERROR));
        assertEquals(DiagramStyle.WARNING, DiagramStyle.findingColour(org.eclipse.emf.common.util.Diagnostic.WARNING));
        assertEquals(null, DiagramStyle.findingColour(org.eclipse.emf.common.util.Diagnostic.INFO));
    }

    @Test
    void everyIconDrawsSomethingInsideItsBox() {
        for (var shape : org.itot.render.style.IconShape.values()) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 40,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            Canvas canvas = new Java2dCanvas(image.createGraphics());
            canvas.setFill(Rgb.of(0xffffff));
            canvas.fillRect(0, 0, 40, 40);
            Icons.paint(canvas, shape, 8, 8, 24, Rgb.of(0x000000));
            int inked = 0;
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 40; x++) {
                    boolean ink = (image.getRGB(x, y) & 0xffffff) != 0xffffff;
                    assertFalse(ink && (x < 6 || y < 6 || x > 33 || y > 33), shape + " draws outside its box");
                    inked += ink ? 1 : 0;
                }
            }
            assertTrue(inked > 40, shape + " draws almost nothing");
        }
    }

    /**
     * Only org.itot.render.java2d may use java.awt, so the painter can serve the SWT back-end.
     * Checked on the compiled classes: a class that refers to java.awt names it in its constant pool.
     */
    @Test
    void thePainterCoreDoesNotReferToAwt() throws IOException {
        List<Class<?>> core = List.of(Canvas.class, Rgb.class, TextMetrics.class, DiagramPainter.class,
                Bounds.class, DiagramStyle.class, DiagramStyle.AssetLook.class, Mapping.class,
                Icons.class, ZoneStyle.class, org.itot.render.style.EdgeStyle.class, org.itot.render.style.Band.class,
                org.itot.render.style.IconShape.class);
        for (Class<?> type : core) {
            assertFalse(classFileText(type).contains("java/awt"), type.getName() + " refers to java.awt");
        }
        assertTrue(classFileText(Java2dCanvas.class).contains("java/awt"), "the check must be able to fail");
    }

    private static String classFileText(Class<?> type) throws IOException {
        String name = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(name)) {
            assertNotNull(in, "class file of " + type.getName());
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
