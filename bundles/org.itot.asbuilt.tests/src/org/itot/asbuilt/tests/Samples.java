package org.itot.asbuilt.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itot.asbuilt.AddressBook;
import org.itot.asbuilt.net.Ip;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;

/**
 * Realistic traffic samples the tests write: Zeek's conn.log with the header Zeek's ASCII writer emits, Zeek JSON,
 * Suricata EVE flow and netflow events with Suricata's field names, and a flow CSV.
 */
final class Samples {

    static final String ZEEK_FIELDS = "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice"
            + "\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory"
            + "\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents";
    static final String ZEEK_TYPES = "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount"
            + "\tcount\tstring\tbool\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]";

    private Samples() {
    }

    static String zeekHeader() {
        return "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
                + "#open\t2024-03-01-10-00-00\n" + ZEEK_FIELDS + "\n" + ZEEK_TYPES + "\n";
    }

    /** One conn.log line; ts in epoch seconds. */
    static String zeekLine(double ts, String origin, int originPort, String responder, int port, String proto,
            String service, String duration) {
        return String.format(java.util.Locale.ROOT, "%.6f\tC%08x\t%s\t%d\t%s\t%d\t%s\t%s\t%s\t120\t96\tSF\tT\tT\t0"
                + "\tShADadFf\t8\t456\t6\t352\t-\n", ts, (int) (ts * 7), origin, originPort, responder, port, proto,
                service, duration);
    }

    static String zeekJson(String ts, String origin, int originPort, String responder, int port, String proto) {
        return "{\"ts\":" + ts + ",\"uid\":\"CHhAvVGS1DHFjwGM9\",\"id.orig_h\":\"" + origin + "\",\"id.orig_p\":"
                + originPort + ",\"id.resp_h\":\"" + responder + "\",\"id.resp_p\":" + port + ",\"proto\":\"" + proto
                + "\",\"service\":\"modbus\",\"duration\":0.5,\"orig_bytes\":120,\"resp_bytes\":96,"
                + "\"conn_state\":\"SF\",\"local_orig\":true,\"local_resp\":true,\"missed_bytes\":0,"
                + "\"history\":\"ShADadFf\",\"orig_pkts\":8,\"orig_ip_bytes\":456,\"resp_pkts\":6,"
                + "\"resp_ip_bytes\":352}\n";
    }

    static String eveFlow(String start, String end, String source, int sourcePort, String destination, int port,
            String proto, int vlan) {
        return "{\"timestamp\":\"" + end + "\",\"flow_id\":1234567890123456,\"in_iface\":\"eth1\","
                + "\"event_type\":\"flow\"," + (vlan > 0 ? "\"vlan\":[" + vlan + "]," : "") + "\"src_ip\":\""
                + source + "\",\"src_port\":" + sourcePort + ",\"dest_ip\":\"" + destination + "\",\"dest_port\":"
                + port + ",\"proto\":\"" + proto + "\",\"app_proto\":\"failed\",\"flow\":{\"pkts_toserver\":8,"
                + "\"pkts_toclient\":6,\"bytes_toserver\":456,\"bytes_toclient\":352,\"start\":\"" + start
                + "\",\"end\":\"" + end + "\",\"age\":1,\"state\":\"closed\",\"reason\":\"timeout\","
                + "\"alerted\":false},\"tcp\":{\"tcp_flags\":\"1b\",\"syn\":true,\"fin\":true,\"psh\":true,"
                + "\"ack\":true,\"state\":\"closed\"}}\n";
    }

    static String eveNetflow(long flowId, String start, String source, int sourcePort, String destination, int port,
            String proto) {
        return "{\"timestamp\":\"" + start + "\",\"flow_id\":" + flowId + ",\"in_iface\":\"eth1\","
                + "\"event_type\":\"netflow\",\"src_ip\":\"" + source + "\",\"src_port\":" + sourcePort
                + ",\"dest_ip\":\"" + destination + "\",\"dest_port\":" + port + ",\"proto\":\"" + proto
                + "\",\"netflow\":{\"pkts\":4,\"bytes\":240,\"start\":\"" + start + "\",\"end\":\"" + start
                + "\",\"age\":0,\"min_ttl\":64,\"max_ttl\":64}}\n";
    }

    static String eveAlert(String source, String destination) {
        return "{\"timestamp\":\"2024-03-01T10:05:00.000000+0000\",\"flow_id\":99,\"event_type\":\"alert\","
                + "\"src_ip\":\"" + source + "\",\"src_port\":1,\"dest_ip\":\"" + destination + "\",\"dest_port\":2,"
                + "\"proto\":\"TCP\",\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":2000001,"
                + "\"rev\":1,\"signature\":\"ET SCAN\",\"category\":\"Attempted Information Leak\",\"severity\":2}}\n";
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The first interface address of a template asset, so the tests follow the template's address plan. */
    static String address(ArchitectureModel model, String assetId) {
        Asset asset = model.getAllAssets().stream().filter(a -> assetId.equals(a.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no asset " + assetId));
        List<Ip> addresses = AddressBook.addresses(asset);
        if (addresses.isEmpty()) {
            throw new AssertionError(assetId + " has no address");
        }
        return addresses.get(0).toString();
    }

    static Asset asset(ArchitectureModel model, String assetId) {
        return model.getAllAssets().stream().filter(a -> assetId.equals(a.getId())).findFirst().orElseThrow();
    }
}
