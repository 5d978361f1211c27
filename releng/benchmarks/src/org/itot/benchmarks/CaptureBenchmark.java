package org.itot.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.itot.asbuilt.AddressBook;
import org.itot.asbuilt.Reconcile;
import org.itot.asbuilt.net.Ip;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficReader;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.PortRange;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.testing.Captures;

/**
 * {@code itot reconcile --traffic CAPTURE.pcap} on a synthetic plant: a pcap of the given size is generated at run
 * time (connections of ten packets each, 2,000 open at a time and interleaved: 90 % on the plant's documented flows,
 * 9 % undocumented sessions between its hosts, 1 % unknown hosts), then read in 64 KiB blocks as the baseline and
 * reconciled; the ratio and the peak heap show that captures are read streaming in bounded memory.
 */
public final class CaptureBenchmark {

    private static final int PACKETS_PER_CONNECTION = 10;
    private static final int OPEN_CONNECTIONS = 2000;

    public static void main(String[] args) throws Exception {
        ItotModelSetup.init();
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 256;
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        Path capture = Files.createTempFile("itot-bench-capture", ".pcap");
        try {
            long packets = generate(model, capture, megabytes * 1024 * 1024);
            long size = Files.size(capture);
            HeapPeaks.reset();
            long start = System.nanoTime();
            long read = 0;
            try (InputStream in = Files.newInputStream(capture)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    read += n;
                }
            }
            double baseline = Stats.millisSince(start);
            HeapPeaks.reset();
            start = System.nanoTime();
            new TrafficReader(false).read(capture, new Sessions(), null);
            double reading = Stats.millisSince(start);
            HeapPeaks.reset();
            start = System.nanoTime();
            Reconcile.Result result = Reconcile.traffic(model, List.of(capture), false, null);
            double reconcile = Stats.millisSince(start);
            long peak = HeapPeaks.peak();
            System.out.printf(Locale.ROOT, "| reconcile a %,d MB pcap (%,d packets, %,d connections, %,d sessions "
                    + "kept, %,d findings) against %,d assets | %s (%.0f MB/s, %,.0f packets/s) | reading its %,d "
                    + "bytes in 64 KiB blocks: %s | %s | peak heap %,d MB, -Xmx %d MB |%n", size >> 20, packets,
                    packets / PACKETS_PER_CONNECTION, result.sessions().size(), result.findings().size(), assets,
                    Stats.ms(reconcile), size / 1048576.0 / (reconcile / 1000), packets / (reconcile / 1000), read,
                    Stats.ms(baseline), Stats.ratio(reconcile, baseline), peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "of which reading the capture into sessions (TrafficReader alone): %s "
                    + "(%,.0f packets/s), ratio to the block read %s%n", Stats.ms(reading),
                    packets / (reading / 1000), Stats.ratio(reading, baseline));
        } finally {
            Files.deleteIfExists(capture);
        }
    }

    /** One open connection: its ends, service and how many of its packets were written. */
    private record Connection(String client, int clientPort, String server, int port, int transport, int[] sent) {
    }

    private static long generate(ArchitectureModel model, Path capture, long bytes) throws IOException {
        List<Object[]> documented = new ArrayList<>();
        for (Flow flow : model.getFlows()) {
            List<Ip> from = flow.getSource() == null ? List.of() : AddressBook.addresses(flow.getSource());
            List<Ip> to = flow.getTarget() == null ? List.of() : AddressBook.addresses(flow.getTarget());
            List<PortRange> ports = !flow.getPorts().isEmpty() ? flow.getPorts()
                    : flow.getProtocol() == null ? List.of() : flow.getProtocol().getDefaultPorts();
            if (!from.isEmpty() && !to.isEmpty() && !ports.isEmpty() && !from.get(0).v6() && !to.get(0).v6()) {
                int transport = ports.get(0).getTransport().getLiteral().equals("udp") ? 17 : 6;
                documented.add(new Object[] { from.get(0).toString(), to.get(0).toString(), ports.get(0).getFrom(),
                    transport });
            }
        }
        List<String> hosts = new ArrayList<>();
        for (Asset asset : model.getAllAssets()) {
            AddressBook.addresses(asset).stream().filter(ip -> !ip.v6()).findFirst()
                    .ifPresent(ip -> hosts.add(ip.toString()));
        }
        Random random = new Random(7);
        List<Object[]> undocumented = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            undocumented.add(new Object[] { hosts.get(random.nextInt(hosts.size())),
                hosts.get(random.nextInt(hosts.size())), 1 + random.nextInt(1024), 6 });
        }
        Connection[] open = new Connection[OPEN_CONNECTIONS];
        long written = 24;
        long packets = 0;
        long nanos = 1_709_287_200_000_000_000L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(capture), 1 << 20)) {
            out.write(Captures.pcap(true, false, Captures.ETHERNET, List.of()));
            while (written < bytes) {
                int slot = random.nextInt(OPEN_CONNECTIONS);
                Connection connection = open[slot];
                if (connection == null || connection.sent()[0] == PACKETS_PER_CONNECTION) {
                    Object[] session;
                    int pick = random.nextInt(100);
                    if (pick < 90) {
                        session = documented.get(random.nextInt(documented.size()));
                    } else if (pick < 99) {
                        session = undocumented.get(random.nextInt(undocumented.size()));
                    } else {
                        session = new Object[] { "10.250." + random.nextInt(4) + "." + (1 + random.nextInt(50)),
                            hosts.get(random.nextInt(hosts.size())), 445, 6 };
                    }
                    connection = new Connection((String) session[0], 49152 + random.nextInt(16000),
                            (String) session[1], (Integer) session[2], (Integer) session[3], new int[1]);
                    open[slot] = connection;
                }
                int sequence = connection.sent()[0]++;
                boolean fromClient = sequence != 1 && (sequence % 2 == 0 || sequence == 0);
                byte[] payload = new byte[sequence < 3 ? 0 : 20 + random.nextInt(200)];
                byte[] segment = connection.transport() == 17
                        ? Captures.udp(fromClient ? connection.clientPort() : connection.port(),
                                fromClient ? connection.port() : connection.clientPort(), payload)
                        : Captures.tcp(fromClient ? connection.clientPort() : connection.port(),
                                fromClient ? connection.port() : connection.clientPort(),
                                sequence == 0 ? Captures.SYN : sequence == 1 ? Captures.SYN | Captures.ACK
                                        : Captures.ACK, payload);
                byte[] frame = Captures.ethernet(Captures.ipv4(fromClient ? connection.client() : connection.server(),
                        fromClient ? connection.server() : connection.client(), connection.transport(), segment));
                nanos += random.nextInt(2_000_000);
                byte[] record = Captures.pcap(true, false, Captures.ETHERNET, List.of(new Captures.Packet(nanos,
                        frame)));
                out.write(record, 24, record.length - 24);
                written += record.length - 24;
                packets++;
            }
        }
        return packets;
    }
}
