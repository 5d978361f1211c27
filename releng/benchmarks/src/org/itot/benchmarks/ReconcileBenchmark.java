package org.itot.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.itot.asbuilt.AddressBook;
import org.itot.asbuilt.Reconcile;
import org.itot.asbuilt.net.Ip;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.PortRange;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;

/**
 * {@code itot reconcile}'s traffic side on a synthetic plant: a Zeek conn.log of the given size is generated at run
 * time (mostly the plant's documented flows, some undocumented sessions and unknown hosts), then read line by line
 * as the baseline and reconciled; the ratio of the two and the peak heap show that reading streams in bounded memory.
 */
public final class ReconcileBenchmark {

    public static void main(String[] args) throws Exception {
        ItotModelSetup.init();
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        Path log = Files.createTempFile("itot-bench-conn", ".log");
        try {
            long lines = generate(model, log, megabytes * 1024 * 1024);
            long size = Files.size(log);
            HeapPeaks.reset();
            long start = System.nanoTime();
            long counted = 0;
            try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
                while (reader.readLine() != null) {
                    counted++;
                }
            }
            double baseline = Stats.millisSince(start);
            long baselinePeak = HeapPeaks.peak();
            HeapPeaks.reset();
            start = System.nanoTime();
            Reconcile.Result result = Reconcile.traffic(model, List.of(log), false, null);
            double reconcile = Stats.millisSince(start);
            long peak = HeapPeaks.peak();
            System.out.printf(Locale.ROOT, "| reconcile a %,d MB Zeek conn.log (%,d lines, %,d sessions kept, %,d "
                    + "findings) against %,d assets | %s (%.0f MB/s) | reading it line by line (%,d lines): %s | %s "
                    + "| peak heap %,d MB (baseline read %,d MB), -Xmx %d MB |%n", size >> 20, lines,
                    result.sessions().size(), result.findings().size(), assets, Stats.ms(reconcile),
                    size / 1048576.0 / (reconcile / 1000), counted, Stats.ms(baseline),
                    Stats.ratio(reconcile, baseline), peak >> 20, baselinePeak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * Documented flows (90 %), 2,000 undocumented sessions between known assets (9 %), 200 unknown hosts talking to
     * known ones (1 %).
     */
    private static long generate(ArchitectureModel model, Path log, long bytes) throws IOException {
        List<String[]> documented = new ArrayList<>();
        for (Flow flow : model.getFlows()) {
            List<Ip> from = flow.getSource() == null ? List.of() : AddressBook.addresses(flow.getSource());
            List<Ip> to = flow.getTarget() == null ? List.of() : AddressBook.addresses(flow.getTarget());
            List<PortRange> ports = !flow.getPorts().isEmpty() ? flow.getPorts()
                    : flow.getProtocol() == null ? List.of() : flow.getProtocol().getDefaultPorts();
            if (!from.isEmpty() && !to.isEmpty() && !ports.isEmpty()) {
                String transport = ports.get(0).getTransport().getLiteral().equals("udp") ? "udp" : "tcp";
                documented.add(new String[] { from.get(0).toString(), to.get(0).toString(),
                        String.valueOf(ports.get(0).getFrom()), transport });
            }
        }
        List<String> hosts = new ArrayList<>();
        for (Asset asset : model.getAllAssets()) {
            AddressBook.addresses(asset).stream().findFirst().ifPresent(ip -> hosts.add(ip.toString()));
        }
        Random random = new Random(7);
        // A capture repeats itself: 2,000 undocumented sessions between known hosts recur through the log.
        List<String[]> undocumented = new ArrayList<>();
        for (int i = 0; i < 2000 && hosts.size() > 1; i++) {
            undocumented.add(new String[] { hosts.get(random.nextInt(hosts.size())),
                    hosts.get(random.nextInt(hosts.size())), String.valueOf(1 + random.nextInt(1024)), "tcp" });
        }
        long written = 0;
        long lines = 0;
        double ts = 1709287200.0;
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String header = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
                    + "#open\t2024-03-01-10-00-00\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto"
                    + "\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes"
                    + "\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents\n#types\ttime"
                    + "\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount"
                    + "\tstring\tcount\tcount\tcount\tcount\tset[string]\n";
            out.write(header);
            written += header.length();
            StringBuilder line = new StringBuilder(256);
            while (written < bytes) {
                String[] session;
                int pick = random.nextInt(100);
                if (pick < 90 || hosts.size() < 2) {
                    session = documented.get(random.nextInt(documented.size()));
                } else if (pick < 99) {
                    session = undocumented.get(random.nextInt(undocumented.size()));
                } else {
                    session = new String[] { "10.250." + random.nextInt(4) + "." + (1 + random.nextInt(50)),
                            hosts.get(random.nextInt(hosts.size())), "445", "tcp" };
                }
                ts += random.nextDouble() * 0.01;
                line.setLength(0);
                line.append(String.format(Locale.ROOT, "%.6f", ts)).append("\tC").append(Long.toHexString(lines))
                        .append('\t').append(session[0]).append('\t').append(49152 + random.nextInt(16000)).append('\t')
                        .append(session[1]).append('\t').append(session[2]).append('\t').append(session[3])
                        .append("\t-\t0.012345\t120\t96\tSF\tT\tT\t0\tShADadFf\t8\t456\t6\t352\t-\n");
                out.append(line);
                written += line.length();
                lines++;
            }
        }
        return lines;
    }
}
