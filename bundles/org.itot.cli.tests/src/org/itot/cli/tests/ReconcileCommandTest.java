package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.testing.Captures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code itot reconcile} end to end: reports in every format, exit statuses, bad input, --adopt. */
class ReconcileCommandTest {

    private static final String ZEEK_HEADER = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n"
            + "#unset_field\t-\n#path\tconn\n#open\t2024-03-01-10-00-00\n#fields\tts\tuid\tid.orig_h\tid.orig_p"
            + "\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig"
            + "\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes"
            + "\ttunnel_parents\n#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount"
            + "\tstring\tbool\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]\n";

    @TempDir
    Path folder;

    @Test
    void jsonReportHasValidatesShapeWithEvidenceAndTheInputs() throws IOException {
        Path model = purdue();
        Path log = capture(model);
        CliRun run = itot("reconcile", model.toString(), "--traffic", log.toString(), "--format", "json");
        assertEquals(Cli.EXIT_FAILURE, run.status(), "an undocumented session across zones is an error: " + run.err());
        JsonNode report = ReportContracts.assertMatchesSchema(run.out(), "validate");
        JsonNode session = null;
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asText().equals("ASB-01")) {
                session = finding;
            }
        }
        assertTrue(session != null, run.out());
        assertEquals("error", session.get("severity").asText());
        assertEquals(log.toString(), session.get("evidence").get("file").asText());
        assertEquals(9, session.get("evidence").get("line").asInt());
        assertEquals("2024-03-01T10:00:00Z", session.get("evidence").get("firstSeen").asText());
        assertEquals(1, report.get("inputs").get(0).get("unreadable").asInt());
        assertTrue(run.err().contains("1 unreadable line skipped (line 11: "), run.err());
    }

    @Test
    void textSarifAndJunitAndTheFailLevel() throws IOException {
        Path model = purdue();
        Path log = capture(model);
        CliRun text = itot("reconcile", model.toString(), "--traffic", log.toString());
        assertTrue(text.out().startsWith("capture window 2024-03-01T10:00:00Z to "), text.out());
        assertTrue(text.out().contains(" error ASB-01 "), text.out());
        assertTrue(text.out().contains(" warning ASB-02 Host "), text.out());
        ReportContracts.assertValidSarif(itot("reconcile", model.toString(), "--traffic", log.toString(), "--format",
                "sarif").out());
        CliRun junit = itot("reconcile", model.toString(), "--traffic", log.toString(), "--format", "junit");
        assertTrue(junit.out().contains("ASB-01"), junit.out());

        Path quiet = Files.writeString(folder.resolve("quiet.log"), ZEEK_HEADER
                + line(1709287200, "203.0.113.99", "203.0.113.98", 443));
        CliRun onlyWarnings = itot("reconcile", model.toString(), "--traffic", quiet.toString());
        assertEquals(Cli.EXIT_OK, onlyWarnings.status(), onlyWarnings.out() + onlyWarnings.err());
        assertEquals(Cli.EXIT_FAILURE, itot("reconcile", model.toString(), "--traffic", quiet.toString(),
                "--fail-on", "warning").status());
    }

    @Test
    void badInputIsExit2WithFileAndLineAndChangesNothing() throws IOException {
        Path model = purdue();
        byte[] before = Files.readAllBytes(model);
        Path log = capture(model);
        CliRun strict = itot("reconcile", model.toString(), "--traffic", log.toString(), "--strict", "--adopt");
        assertEquals(Cli.EXIT_USAGE, strict.status());
        assertTrue(strict.err().startsWith("itot reconcile: " + log + ":11: "), strict.err());
        assertTrue(strict.err().contains("nothing was changed"), strict.err());

        Path binary = Files.write(folder.resolve("capture.bin"), new byte[] { 1, 0, 2, 0, 3 });
        CliRun wrong = itot("reconcile", model.toString(), "--traffic", binary.toString(), "--adopt");
        assertEquals(Cli.EXIT_USAGE, wrong.status());
        assertTrue(wrong.err().contains("binary"), wrong.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the model is unchanged");

        assertEquals(Cli.EXIT_USAGE, itot("reconcile", model.toString()).status(), "no --traffic");
    }

    @Test
    void adoptAddsTheHostAndTheSessionsAndSavesTheModel() throws IOException, Exception {
        Path model = purdue();
        Path log = capture(model);
        CliRun run = itot("reconcile", model.toString(), "--traffic", log.toString(), "--adopt");
        assertTrue(run.err().contains("adopted 1 host(s) and 2 session(s)"), run.err());
        ArchitectureModel saved = ModelFiles.load(model);
        assertTrue(saved.getAllAssets().stream().anyMatch(a -> a.getName().equals("Discovered 10.30.1.177")));
        assertTrue(Files.exists(ModelFiles.backupOf(model)), "the previous version is kept");
        CliRun again = itot("reconcile", model.toString(), "--traffic", log.toString());
        assertEquals(Cli.EXIT_OK, again.status(), "everything seen is documented now: " + again.out());
    }

    @Test
    void aDeviceConfigurationIsComparedWithTheDevicesRuleSetInTheModel() throws IOException {
        Path model = purdue();
        Path open = Files.writeString(folder.resolve("fw.rules"), "# Generated by iptables-save v1.8.9\n*filter\n"
                + ":INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                + "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\nCOMMIT\n");
        CliRun run = itot("reconcile", model.toString(), "--config", "SUP-FW-CTL=" + open, "--format", "json");
        assertEquals(Cli.EXIT_FAILURE, run.status(), run.err());
        JsonNode report = ReportContracts.assertMatchesSchema(run.out(), "validate");
        JsonNode permits = null;
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asText().equals("ASB-04")) {
                permits = finding;
            }
        }
        assertTrue(permits != null, run.out());
        assertTrue(permits.get("message").asText().contains("its default policy (permit)"), run.out());
        assertEquals(open.toString(), permits.get("evidence").get("file").asText());

        CliRun unknown = itot("reconcile", model.toString(), "--config", "FW-NOWHERE=" + open);
        assertEquals(Cli.EXIT_USAGE, unknown.status());
        assertTrue(unknown.err().contains("'FW-NOWHERE' is no asset of the model"), unknown.err());
        assertTrue(unknown.err().contains("SUP-FW-CTL"), "names the enforcement devices: " + unknown.err());
        CliRun forced = itot("reconcile", model.toString(), "--config", "SUP-FW-CTL=" + open, "--config-format",
                "junos");
        assertEquals(Cli.EXIT_USAGE, forced.status());
    }

    @Test
    void aPcapCaptureIsReadIntoSessionsAndTheFindingsCiteItsPackets() throws Exception {
        Path model = purdue();
        ArchitectureModel loaded = ModelFiles.load(model);
        String workstation = address(loaded, "ENT-WS-01");
        String plc = address(loaded, "CTL-PLC-01");
        Path capture = Files.write(folder.resolve("plant.pcap"), Captures.pcap(true, false, Captures.ETHERNET, List.of(
                new Captures.Packet(Captures.seconds(1709287200.5), Captures.ethernet(Captures.ipv4("10.30.1.178",
                        "10.30.1.1", 17, Captures.udp(40000, 53, new byte[20])))),
                new Captures.Packet(Captures.seconds(1709287201), Captures.ethernet(Captures.ipv4(workstation, plc,
                        6, Captures.tcp(50000, 44818, Captures.SYN, new byte[0])))),
                new Captures.Packet(Captures.seconds(1709287201.25), Captures.ethernet(Captures.ipv4(plc,
                        workstation, 6, Captures.tcp(44818, 50000, Captures.SYN | Captures.ACK, new byte[0])))))));
        CliRun run = itot("reconcile", model.toString(), "--traffic", capture.toString(), "--format", "json");
        assertEquals(Cli.EXIT_FAILURE, run.status(), run.err());
        assertTrue(run.err().contains("itot reconcile: " + capture + ": pcap capture, 3 packets, 3 IP packets"),
                run.err());
        JsonNode report = ReportContracts.assertMatchesSchema(run.out(), "validate");
        JsonNode session = finding(report, "ASB-01", "tcp/44818");
        assertEquals(2, session.get("evidence").get("line").asInt(), "the connection's first packet");
        assertEquals(1, session.get("evidence").get("count").asInt());
        assertEquals("2024-03-01T10:00:01Z", session.get("evidence").get("firstSeen").asText());
        assertEquals("2024-03-01T10:00:01.250Z", session.get("evidence").get("lastSeen").asText());
        assertEquals(3, report.get("inputs").get(0).get("packets").asInt());

        Path cut = Files.write(folder.resolve("cut.pcap"), Captures.cut(Files.readAllBytes(capture), 10));
        CliRun strict = itot("reconcile", model.toString(), "--traffic", cut.toString(), "--strict");
        assertEquals(Cli.EXIT_USAGE, strict.status());
        assertTrue(strict.err().startsWith("itot reconcile: " + cut + ": packet 3: "), strict.err());
    }

    @Test
    void formatXlsxWritesTheRegisterWithAReconciliationSheetLinkedToTheElements() throws Exception {
        Path model = purdue();
        Path log = capture(model);
        Path workbook = folder.resolve("reconciled.xlsx");
        CliRun run = itot("reconcile", model.toString(), "--traffic", log.toString(), "--format", "xlsx",
                "--output", workbook.toString());
        assertEquals(Cli.EXIT_FAILURE, run.status(), "exit status as for the other formats: " + run.err());
        assertTrue(run.err().contains("sheet Reconciliation"), run.err());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = book.getSheet("Reconciliation");
            assertTrue(sheet != null, "the sheet is there");
            assertTrue(book.getSheet("Assets") != null && book.getSheet("Findings") != null, "the whole register");
            Row header = sheet.getRow(0);
            assertEquals("Finding id", header.getCell(0).getStringCellValue());
            Row session = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(1).getStringCellValue().equals("ASB-01") && row.getCell(3) != null
                        && row.getCell(3).getStringCellValue().equals("ENT-WS-01")) {
                    session = row;
                }
            }
            assertTrue(session != null, "the ASB-01 row of the workstation");
            assertTrue(session.getCell(3).getHyperlink() != null
                    && session.getCell(3).getHyperlink().getAddress().startsWith("'Assets'!"),
                    "linked to the asset's row");
            assertEquals(log.toString(), session.getCell(6).getStringCellValue());
            assertEquals(9, (int) session.getCell(7).getNumericCellValue());
            assertEquals("2024-03-01T10:00:00Z", session.getCell(8).getStringCellValue());
            assertEquals(1, (int) session.getCell(10).getNumericCellValue());
        }
        CliRun noOutput = itot("reconcile", model.toString(), "--traffic", log.toString(), "--format", "xlsx");
        assertEquals(Cli.EXIT_USAGE, noOutput.status());
        assertTrue(noOutput.err().contains("--output FILE.xlsx"), noOutput.err());
    }

    @Test
    void drawingWritesTheDiagramWithTheUndocumentedSessionsDashedAndALegendInEveryFormat() throws Exception {
        Path model = purdue();
        Path log = capture(model);
        Path svg = folder.resolve("sessions.svg");
        CliRun run = itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing", svg.toString());
        assertEquals(Cli.EXIT_FAILURE, run.status(), "the exit status is the findings', as without --drawing: "
                + run.err());
        assertTrue(run.out().contains(" error ASB-01 "), "the report is still written: " + run.out());
        assertTrue(run.err().contains("itot reconcile: wrote " + svg + " (diagram '"), run.err());
        assertTrue(run.err().contains("2 undocumented session(s) drawn dashed)"), run.err());
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile());
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("Dashed: undocumented session seen in the traffic, no flow in the model documents "
                + "it (2 drawn)"), text);
        assertTrue(text.contains("tcp/502"), "the workstation's Modbus session is labelled: " + text);
        org.w3c.dom.NodeList polylines = document.getElementsByTagName("polyline");
        int dashed = 0;
        for (int i = 0; i < polylines.getLength(); i++) {
            org.w3c.dom.Element line = (org.w3c.dom.Element) polylines.item(i);
            if (line.getAttribute("stroke").equals("#7b2cbf") && !line.getAttribute("stroke-dasharray").isEmpty()) {
                dashed++;
            }
        }
        assertEquals(3, dashed, "two sessions and the legend's sample");

        String diagram = ModelFiles.load(model).getDiagrams().get(0).getName();
        Path drawio = folder.resolve("sessions.drawio");
        CliRun named = itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing",
                drawio.toString(), "--diagram", diagram);
        assertEquals(Cli.EXIT_FAILURE, named.status(), named.err());
        String xml = Files.readString(drawio);
        assertTrue(xml.contains("itotType=\"Overlay\""), xml);
        assertTrue(xml.contains("dashed=1;fixDash=1;dashPattern=7 4;"), "dashed edges");

        Path png = folder.resolve("sessions.png");
        assertEquals(Cli.EXIT_FAILURE, itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing",
                png.toString()).status());
        assertTrue(javax.imageio.ImageIO.read(png.toFile()).getHeight() > 0, "a PNG image");
        Path pdf = folder.resolve("sessions.pdf");
        assertEquals(Cli.EXIT_FAILURE, itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing",
                pdf.toString()).status());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"), "a PDF");
    }

    @Test
    void badDrawingOptionsAreExit2WithAClearMessageAndWriteNothing() throws IOException {
        Path model = purdue();
        byte[] before = Files.readAllBytes(model);
        Path log = capture(model);
        CliRun extension = itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing",
                folder.resolve("sessions.txt").toString());
        assertEquals(Cli.EXIT_USAGE, extension.status());
        assertTrue(extension.err().contains("--drawing FILE must end in .svg, .png, .pdf, .drawio"), extension.err());

        CliRun noDrawing = itot("reconcile", model.toString(), "--traffic", log.toString(), "--diagram", "Overview");
        assertEquals(Cli.EXIT_USAGE, noDrawing.status());
        assertTrue(noDrawing.err().contains("--diagram chooses the diagram of --drawing FILE"), noDrawing.err());

        Path svg = folder.resolve("sessions.svg");
        CliRun unknown = itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing", svg.toString(),
                "--diagram", "No such diagram");
        assertEquals(Cli.EXIT_USAGE, unknown.status());
        assertTrue(unknown.err().contains("no diagram named 'No such diagram' (known: '"), unknown.err());
        assertTrue(!Files.exists(svg), "nothing written");

        Path rules = Files.writeString(folder.resolve("fw.rules"), "*filter\n:FORWARD DROP [0:0]\nCOMMIT\n");
        CliRun noTraffic = itot("reconcile", model.toString(), "--config", "SUP-FW-CTL=" + rules, "--drawing",
                svg.toString());
        assertEquals(Cli.EXIT_USAGE, noTraffic.status());
        assertTrue(noTraffic.err().contains("give --traffic FILE too"), noTraffic.err());

        Files.writeString(svg, "kept");
        CliRun exists = itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing", svg.toString());
        assertEquals(Cli.EXIT_USAGE, exists.status());
        assertTrue(exists.err().contains("already exists; add --force"), exists.err());
        assertEquals("kept", Files.readString(svg));
        assertEquals(Cli.EXIT_FAILURE, itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing",
                svg.toString(), "--force").status());
        assertTrue(Files.readString(svg).startsWith("<?xml"), "replaced with --force");

        CliRun intoModel = itot("reconcile", model.toString(), "--traffic", log.toString(), "--drawing",
                model.resolveSibling("purdue.svg").toString(), "--output", model.resolveSibling("purdue.svg")
                        .toString());
        assertEquals(Cli.EXIT_USAGE, intoModel.status());
        assertTrue(intoModel.err().contains("name the same file"), intoModel.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the model is unchanged");
    }

    /** The finding of the rule whose message holds the text, in a JSON report. */
    private static JsonNode finding(JsonNode report, String rule, String text) {
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asText().equals(rule) && finding.get("message").asText().contains(text)) {
                return finding;
            }
        }
        throw new AssertionError(rule + " with '" + text + "' missing in " + report);
    }

    private Path purdue() throws IOException {
        Path file = folder.resolve("purdue.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        return file;
    }

    /**
     * The workstation talking Modbus to a PLC, an unknown host in the operations subnet talking to the historian,
     * and one damaged line.
     */
    private Path capture(Path modelFile) throws IOException {
        ArchitectureModel model;
        try {
            model = ModelFiles.load(modelFile);
        } catch (Exception e) {
            throw new IOException(e);
        }
        String workstation = address(model, "ENT-WS-01");
        String plc = address(model, "CTL-PLC-01");
        String historian = address(model, "OPS-HIST");
        return Files.writeString(folder.resolve("conn.log"), ZEEK_HEADER + line(1709287200, workstation, plc, 502)
                + line(1709287260, "10.30.1.177", historian, 443) + "1709287300.0\tCx\tnot-an-address\n");
    }

    private static String address(ArchitectureModel model, String id) {
        Asset asset = model.getAllAssets().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
        return asset.getInterfaces().get(0).getAddresses().get(0);
    }

    private static String line(long ts, String origin, String responder, int port) {
        return String.format(Locale.ROOT, "%d.000000\tC%x\t%s\t50000\t%s\t%d\ttcp\t-\t1.000000\t10\t10\tSF\tT\tT\t0"
                + "\tShADadFf\t4\t200\t4\t200\t-\n", ts, ts, origin, responder, port);
    }
}
