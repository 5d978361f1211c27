package org.itot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.library.ProtocolLibrary;
import org.itot.model.query.PortRanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in protocol library: the protocols the rules need, with their ports and security properties. */
class ProtocolLibraryTest {

    private final List<Protocol> library = ProtocolLibrary.builtIn();

    @Test
    void hasAtLeastFortyProtocolsWithUniqueIdsAndNames() {
        assertTrue(library.size() >= 40, "only " + library.size() + " protocols");
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Protocol protocol : library) {
            assertTrue(ids.add(protocol.getId()), "duplicate id " + protocol.getId());
            assertTrue(names.add(protocol.getName().toLowerCase(Locale.ROOT)), "duplicate name " + protocol.getName());
            assertTrue(protocol.getId().startsWith("P-"), protocol.getId());
            assertFalse(protocol.getDescription() == null || protocol.getDescription().isBlank(), protocol.getId());
        }
        assertFalse(names.contains("any"), "'any' is not a protocol");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "P-MODBUS-TCP; Modbus/TCP; industrial; 502/tcp",
        "P-ENIP; EtherNet/IP (CIP); industrial; 44818/tcp 44818/udp 2222/udp",
        "P-S7COMM; S7comm; industrial; 102/tcp",
        "P-DNP3; DNP3; industrial; 20000/tcp 20000/udp",
        "P-IEC104; IEC 60870-5-104; industrial; 2404/tcp",
        "P-IEC61850-MMS; IEC 61850 MMS; industrial; 102/tcp",
        "P-IEC61850-GOOSE; IEC 61850 GOOSE; industrial; ''",
        "P-IEC61850-SV; IEC 61850 Sampled Values; industrial; ''",
        "P-PROFINET; PROFINET; industrial; 34962-34964/udp",
        "P-OPC-DA; OPC DA (DCOM); industrial; 135/tcp",
        "P-OPC-UA; OPC UA; industrial; 4840/tcp",
        "P-BACNET; BACnet/IP; industrial; 47808/udp",
        "P-RDP; RDP; remoteAdmin; 3389/tcp",
        "P-SSH; SSH; remoteAdmin; 22/tcp",
        "P-VNC; VNC; remoteAdmin; 5900/tcp",
        "P-TELNET; Telnet; remoteAdmin; 23/tcp",
        "P-HTTP; HTTP; web; 80/tcp",
        "P-HTTPS; HTTPS; web; 443/tcp",
        "P-SMB; SMB; fileTransfer; 445/tcp",
        "P-FTP; FTP; fileTransfer; 21/tcp",
        "P-SFTP; SFTP; fileTransfer; 22/tcp",
        "P-TFTP; TFTP; fileTransfer; 69/udp",
        "P-LDAP; LDAP; directory; 389/tcp 389/udp",
        "P-LDAPS; LDAPS; directory; 636/tcp",
        "P-KERBEROS; Kerberos; directory; 88/tcp 88/udp",
        "P-SYSLOG; Syslog; logging; 514/udp",
        "P-SYSLOG-TLS; Syslog over TLS; logging; 6514/tcp",
        "P-SNMP; SNMPv1/v2c; management; 161/udp 162/udp",
        "P-SNMPV3; SNMPv3; management; 161/udp 162/udp",
        "P-WSUS; WSUS (HTTP); management; 8530/tcp",
        "P-WSUS-TLS; WSUS (HTTPS); management; 8531/tcp",
        "P-NTP; NTP; time; 123/udp",
        "P-PTP; PTP (IEEE 1588); time; 319-320/udp",
        "P-DNS; DNS; other; 53/udp 53/tcp",
        "P-SMTP; SMTP; messaging; 25/tcp",
        "P-MQTT; MQTT; messaging; 1883/tcp",
        "P-MQTT-TLS; MQTT over TLS; messaging; 8883/tcp",
        "P-AMQP; AMQP; messaging; 5672/tcp",
        "P-MSSQL; Microsoft SQL Server; database; 1433/tcp",
        "P-DNP3-SAV5; DNP3 Secure Authentication v5; industrial; 20000/tcp",
        "P-CIP-SECURITY; CIP Security; industrial; 2221/tcp 2221/udp",
        "P-IPSEC; IPsec/IKE; other; 500/udp 4500/udp",
        "P-OPENVPN; OpenVPN; other; 1194/udp",
    })
    void hasTheProtocol(String id, String name, String category, String ports) {
        Protocol protocol = ProtocolLibrary.require(library, id);
        assertEquals(name, protocol.getName());
        assertEquals(ProtocolCategory.get(category), protocol.getCategory());
        String actual = protocol.getDefaultPorts().stream().map(PortRanges::format).collect(Collectors.joining(" "));
        assertEquals(ports, actual);
    }

    @ParameterizedTest(name = "{0} secures {1}")
    @CsvSource({ "P-HTTPS, P-HTTP", "P-LDAPS, P-LDAP", "P-SYSLOG-TLS, P-SYSLOG", "P-SNMPV3, P-SNMP",
            "P-WSUS-TLS, P-WSUS", "P-MQTT-TLS, P-MQTT", "P-SFTP, P-FTP", "P-SSH, P-TELNET", "P-DNP3-SAV5, P-DNP3",
            "P-CIP-SECURITY, P-ENIP", "P-OPC-UA, P-OPC-DA" })
    void secureVariantsAuthenticateAndProtectIntegrity(String secureId, String insecureId) {
        Protocol secure = ProtocolLibrary.require(library, secureId);
        Protocol insecure = ProtocolLibrary.require(library, insecureId);
        assertSame(insecure, secure.getSecureVariantOf());
        assertTrue(secure.isAuthenticates() && secure.isIntegrityProtected(), secureId);
        assertFalse(insecure.isAuthenticates() && insecure.isIntegrityProtected() && !insecure.isCleartext(),
                insecureId + " is not weaker than " + secureId);
    }

    @Test
    void theInsecureProtocolsTheRulesNameAreMarkedSo() {
        for (String id : List.of("P-MODBUS-TCP", "P-DNP3", "P-S7COMM", "P-ENIP", "P-BACNET", "P-OPC-DA", "P-TELNET",
                "P-FTP", "P-TFTP", "P-HTTP", "P-SNMP", "P-VNC")) {
            Protocol protocol = ProtocolLibrary.require(library, id);
            assertTrue(protocol.isCleartext() || !protocol.isAuthenticates(), id);
        }
        for (String id : List.of("P-HTTPS", "P-SSH", "P-RDP", "P-SYSLOG-TLS", "P-LDAPS", "P-OPC-UA",
                "P-CIP-SECURITY")) {
            assertFalse(ProtocolLibrary.require(library, id).isCleartext(), id);
        }
    }

    @Test
    void everyCallGivesFreshCopies() {
        List<Protocol> other = ProtocolLibrary.builtIn();
        assertEquals(library.size(), other.size());
        for (int i = 0; i < library.size(); i++) {
            assertNotSame(library.get(i), other.get(i));
            assertTrue(EcoreUtil.equals(library.get(i), other.get(i)), library.get(i).getId());
        }
        // References stay within one copy, so a model holds a self-contained library.
        Protocol https = ProtocolLibrary.require(other, "P-HTTPS");
        assertSame(ProtocolLibrary.require(other, "P-HTTP"), https.getSecureVariantOf());
        https.setName("changed");
        assertEquals("HTTPS", ProtocolLibrary.require(library, "P-HTTPS").getName());
    }

    @Test
    void findsByIdAndByNameIgnoringCase() {
        assertEquals("P-MODBUS-TCP", ProtocolLibrary.findByName(library, "modbus/tcp").orElseThrow().getId());
        assertEquals("Modbus/TCP", ProtocolLibrary.findById(library, "P-MODBUS-TCP").orElseThrow().getName());
        assertTrue(ProtocolLibrary.findById(library, "p-modbus-tcp").isEmpty(), "ids are exact");
        assertTrue(ProtocolLibrary.findByName(library, "Any").isEmpty());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ProtocolLibrary.require(library, "P-NONE"));
        assertEquals("no protocol with id 'P-NONE' in the library", error.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "P-X | X | industrial | 502/tcp | yes | no | no | -; test line 2: expected 9 columns separated by '|', found 8",
        "P-X | X | fieldbus | 502/tcp | yes | no | no | - | d; test line 2: unknown category 'fieldbus'",
        "P-X | X | industrial | 502 | yes | no | no | - | d; test line 2: port '502' needs a transport, e.g. 502/tcp",
        "P-X | X | industrial | 70000/tcp | yes | no | no | - | d; test line 2: '70000/tcp' is not a port",
        "P-X | X | industrial | 502/sctp | yes | no | no | - | d; test line 2: unknown transport in '502/sctp'",
        "P-X | X | industrial | 502/tcp | true | no | no | - | d; test line 2: column 'cleartext' must be yes or no",
        "P-X | X | industrial | 502/tcp | yes | no | no | P-Y | d; test line 2: 'P-Y' in column 'secure variant of'",
        " | X | industrial | 502/tcp | yes | no | no | - | d; test line 2: column 'id' is empty",
    })
    void badLibraryLinesAreReportedWithTheirLine(String line, String expectedStart) {
        String text = "# header\n" + line + "\n";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ProtocolLibrary.parse(new StringReader(text), "test"));
        assertTrue(error.getMessage().startsWith(expectedStart), error.getMessage());
    }

    @Test
    void duplicateIdsAndNamesAreRefused() {
        String row = " | industrial | 502/tcp | yes | no | no | - | d\n";
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                () -> ProtocolLibrary.parse(new StringReader("P-A | A" + row + "P-A | B" + row), "test"));
        assertEquals("test line 2: duplicate id P-A", id.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> ProtocolLibrary.parse(new StringReader("P-A | A" + row + "P-B | a" + row), "test"));
        assertEquals("test line 2: name 'a' is already used by P-A", name.getMessage());
    }
}
