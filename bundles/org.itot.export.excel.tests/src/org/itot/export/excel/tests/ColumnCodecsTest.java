package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.excel.ColumnCodecs;
import org.itot.export.excel.RegisterLayout;
import org.itot.model.Asset;
import org.itot.model.ConduitMedium;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.PortRange;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Transport;
import org.itot.model.query.PortRanges;
import org.itot.model.query.SecurityLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every column kind's codec: what the exporter encodes decodes to the same model value, what people type decodes
 * too, and hostile cells are refused with a message instead of misread.
 */
class ColumnCodecsTest {

    @ParameterizedTest
    @ValueSource(strings = { "plain", "=HYPERLINK(\"http://x\")", "+1", "-2.10", "@SUM(A1)", "'quoted", "''", "\ttab",
            "line one\nline two", "Grüße 制御 🔥", " spaced ", "a\u0000b" })
    void textRoundTrips(String modelText) {
        String cell = ColumnCodecs.encodeText(modelText);
        assertFalse(cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("-") || cell.startsWith("@"),
                "formula trigger left in " + cell);
        assertEquals(modelText, ColumnCodecs.decodeText(cell));
    }

    @Test
    void lineBreaksAreOneLineFeedOnBothSides() {
        String windows = "first\r\nsecond\rthird\n";
        assertEquals("first\nsecond\nthird\n", ColumnCodecs.encodeText(windows));
        assertEquals("first\nsecond\nthird\n", ColumnCodecs.decodeText(windows));
        assertTrue(ColumnCodecs.sameText(windows, ColumnCodecs.decodeText(ColumnCodecs.encodeText(windows))));
        assertFalse(ColumnCodecs.sameText("first\nsecond", "first second"));
        assertTrue(ColumnCodecs.sameText(null, ""));
        assertNull(ColumnCodecs.decodeText(""));
    }

    @Test
    void longTextIsCutAndRecognisedUnedited() {
        String longText = "x".repeat(40_000);
        String cell = ColumnCodecs.encodeText(longText);
        assertTrue(cell.length() <= 32_767);
        assertTrue(ColumnCodecs.isUneditedCut(longText, ColumnCodecs.decodeText(cell)));
        assertFalse(ColumnCodecs.isUneditedCut(longText, ColumnCodecs.decodeText(cell) + "edited"));
    }

    @Test
    void yesNo() {
        assertTrue(ColumnCodecs.decodeYesNo(ColumnCodecs.encodeYesNo(true)));
        assertFalse(ColumnCodecs.decodeYesNo(ColumnCodecs.encodeYesNo(false)));
        assertTrue(ColumnCodecs.decodeYesNo(" YES "));
        assertTrue(ColumnCodecs.decodeYesNo("TRUE"));
        assertFalse(ColumnCodecs.decodeYesNo(""));
        assertFalse(ColumnCodecs.decodeYesNo(null));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ColumnCodecs.decodeYesNo("maybe"));
        assertTrue(wrong.getMessage().contains("'maybe' is not yes or no"), wrong.getMessage());
    }

    @Test
    void enumerationsByLabelOrLiteral() {
        for (ConduitMedium medium : ConduitMedium.VALUES) {
            assertEquals(medium, ColumnCodecs.decodeEnumeration(RegisterLayout.MEDIA,
                    ItotPackage.Literals.CONDUIT_MEDIUM, ColumnCodecs.encodeEnumeration(medium)));
            assertEquals(medium, ColumnCodecs.decodeEnumeration(RegisterLayout.MEDIA,
                    ItotPackage.Literals.CONDUIT_MEDIUM, medium.getLiteral().toUpperCase()));
        }
        assertEquals(RuleAction.DENY, ColumnCodecs.decodeEnumeration(RegisterLayout.RULE_ACTIONS,
                ItotPackage.Literals.RULE_ACTION, "deny"));
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodeEnumeration(RegisterLayout.MEDIA,
                ItotPackage.Literals.CONDUIT_MEDIUM, "carrier pigeon"));
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodeEnumeration(RegisterLayout.MEDIA,
                ItotPackage.Literals.CONDUIT_MEDIUM, " "));
    }

    @Test
    void purdueLevelsAsNumbersAndExternal() {
        for (PurdueLevel level : PurdueLevel.VALUES) {
            Object cell = ColumnCodecs.encodePurdueLevel(level);
            String typed = cell instanceof Number number ? ColumnCodecs.numberText(number.doubleValue())
                    : (String) cell;
            assertEquals(level, ColumnCodecs.decodePurdueLevel(typed), typed);
        }
        assertEquals(3.5, ColumnCodecs.encodePurdueLevel(PurdueLevel.LEVEL_35));
        assertEquals(2L, ColumnCodecs.encodePurdueLevel(PurdueLevel.LEVEL_2));
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodePurdueLevel("6"));
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodePurdueLevel("3.7"));
    }

    @Test
    void securityLevelsUniformAndVector() {
        SecurityLevelVector uniform = SecurityLevels.uniform(3);
        assertEquals(3L, ColumnCodecs.encodeSecurityLevel(uniform));
        assertTrue(EcoreUtil.equals(uniform, ColumnCodecs.decodeSecurityLevel("3")));
        assertTrue(EcoreUtil.equals(uniform, ColumnCodecs.decodeSecurityLevel(SecurityLevels.format(uniform))));
        SecurityLevelVector vector = SecurityLevels.uniform(2);
        vector.setFr1(3);
        vector.setFr4(1);
        Object cell = ColumnCodecs.encodeSecurityLevel(vector);
        assertEquals("FR1-FR7 3,2,2,1,2,2,2", cell);
        assertTrue(EcoreUtil.equals(vector, ColumnCodecs.decodeSecurityLevel((String) cell)));
        assertTrue(EcoreUtil.equals(vector, ColumnCodecs.decodeSecurityLevel(" fr1-fr7 3, 2,2,1,2,2,2 ")));
        assertTrue(EcoreUtil.equals(vector, ColumnCodecs.decodeSecurityLevel("3,2,2,1,2,2,2")));
        assertNull(ColumnCodecs.encodeSecurityLevel(null));
        assertNull(ColumnCodecs.decodeSecurityLevel(""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "5", "SL 9", "-1", "FR1-FR7 3,2,2,1", "FR1-FR7 3,2,2,1,2,2,5", "3,2,2,1,2,2,2,2", "high",
            "99999999999999999999", "FR1-FR7 3;2;2;1;2;2;2", "=1+1" })
    void hostileSecurityLevelsAreRefused(String cell) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ColumnCodecs.decodeSecurityLevel(cell));
        assertTrue(refused.getMessage().contains("is not a security level"), refused.getMessage());
    }

    @Test
    void portsRoundTrip() {
        List<PortRange> ports = List.of(PortRanges.tcp(502), PortRanges.of(Transport.UDP, 20000, 20010),
                PortRanges.of(Transport.ANY, 123, 123));
        String cell = ColumnCodecs.encodePorts(ports);
        assertEquals("502/tcp, 20000-20010/udp, 123", cell);
        assertEquals(cell, ColumnCodecs.encodePorts(ColumnCodecs.decodePorts(cell)));
        assertEquals(cell, ColumnCodecs.encodePorts(ColumnCodecs.decodePorts("502/TCP;20000-20010/udp 123")));
        assertEquals(List.of(), ColumnCodecs.decodePorts(""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "70000", "502/sctp", "20010-20000", "http", "502/tcp, x", "1-2-3" })
    void hostilePortsAreRefused(String cell) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ColumnCodecs.decodePorts(cell));
        assertTrue(refused.getMessage().contains("is not a port range"), refused.getMessage());
    }

    @Test
    void listsAndReferences() {
        List<String> addresses = List.of("10.0.0.1", "fe80::1", "plc-01.local");
        assertEquals(addresses, ColumnCodecs.decodeList(ColumnCodecs.encodeList(addresses)));
        assertEquals(addresses, ColumnCodecs.decodeList(" 10.0.0.1;fe80::1\nplc-01.local ,"));
        Asset a = ItotFactory.eINSTANCE.createAsset();
        a.setId("A-1");
        Asset b = ItotFactory.eINSTANCE.createAsset();
        b.setId("B-2");
        assertEquals(List.of("A-1", "B-2"), ColumnCodecs.decodeReferences(ColumnCodecs.encodeReferences(List.of(a, b))));
        assertEquals(List.of(), ColumnCodecs.decodeReferences(null));
    }

    @Test
    void scopesAndServicesOfFirewallRules() {
        Asset plc = ItotFactory.eINSTANCE.createAsset();
        plc.setId("PLC-1");
        assertEquals("PLC-1", ColumnCodecs.decodeScope(ColumnCodecs.encodeScope(plc)));
        assertNull(ColumnCodecs.decodeScope(ColumnCodecs.encodeScope(null)));
        assertNull(ColumnCodecs.decodeScope(" ANY "));

        org.itot.model.Protocol modbus = ItotFactory.eINSTANCE.createProtocol();
        modbus.setId("modbus");
        List<PortRange> ports = List.of(PortRanges.tcp(502), PortRanges.tcp(503));
        String cell = ColumnCodecs.encodeService(modbus, ports);
        assertEquals("modbus 502/tcp, 503/tcp", cell);
        ColumnCodecs.Service service = ColumnCodecs.decodeService(cell);
        assertEquals("modbus", service.protocol());
        assertEquals(ColumnCodecs.encodePorts(ports), ColumnCodecs.encodePorts(service.ports()));
        assertEquals("any", ColumnCodecs.encodeService(null, List.of()));
        assertTrue(ColumnCodecs.decodeService("any").isAny());
        assertTrue(ColumnCodecs.decodeService("").isAny());
        assertEquals("502/tcp", ColumnCodecs.encodeService(null, List.of(PortRanges.tcp(502))));
        assertNull(ColumnCodecs.decodeService("502/tcp").protocol());
        assertEquals("modbus", ColumnCodecs.encodeService(modbus, List.of()));
        assertEquals("modbus", ColumnCodecs.decodeService("modbus").protocol());
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodeService("modbus 99999/tcp"));
    }

    @Test
    void integers() {
        assertEquals(20, ColumnCodecs.decodeInteger(ColumnCodecs.numberText(20.0)));
        assertEquals("3.5", ColumnCodecs.numberText(3.5));
        assertEquals("100000000000", ColumnCodecs.numberText(1e11));
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodeInteger("ten"));
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodeInteger("2.5"));
        assertThrows(IllegalArgumentException.class, () -> ColumnCodecs.decodeInteger("99999999999"));
    }
}
