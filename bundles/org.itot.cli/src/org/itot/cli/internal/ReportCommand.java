package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.model.ArchitectureModel;
import org.itot.report.ReportStandard;
import org.itot.report.ReportWriter;
import org.itot.report.ReportWriter.Format;

/** {@code itot report}: the compliance evidence report of a model, as HTML and PDF in one folder. */
public final class ReportCommand implements CliCommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "Compliance evidence report (IEC 62443, NIST SP 800-82r3, NERC CIP-005) as HTML and PDF";
    }

    @Override
    public String usage() {
        return "Usage: itot report MODEL.itot -o DIR [--standard LIST] [--format html,pdf] [--date YYYY-MM-DD]\n"
                + "                   [--rules FILE.ocl]... [--force]\n"
                + "\n"
                + "Write the assessment report of the model into the folder DIR: DIR/index.html (one self-contained\n"
                + "file) and DIR/report.pdf. It holds the title page (model version, date, digest of the model file),\n"
                + "an executive summary, the diagrams, zones and conduits with SL-T/SL-C/SL-A and owners, the\n"
                + "IEC 62443-3-3 matrix per zone, the IEC 62443-3-2 zone and conduit requirements, findings and\n"
                + "accepted risks, attack paths, ATT&CK for ICS coverage, the registers in summary and every rule.\n"
                + "\n"
                + "Options:\n"
                + "  -o, --output DIR   the folder to write; it appears complete or not at all\n"
                + "  --standard LIST    comma-separated, from " + ReportStandard.knownIds() + "\n"
                + "                     (default iec62443-3-3,iec62443-3-2)\n"
                + "  --format LIST      html, pdf or both (default html,pdf)\n"
                + "  --date YYYY-MM-DD  the report date (default today, UTC); the same model and date give\n"
                + "                     byte-identical files\n"
                + "  --rules FILE.ocl   also run the rules of this pack (repeatable), as 'itot validate --rules'\n"
                + "  --force            replace DIR when it already holds files\n"
                + "\n"
                + "Exit status: 0 written, 1 the report could not be written, 2 bad input (unreadable model,\n"
                + "unknown standard or format, bad date, unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine line = CommandLine.parse(args, List.of(Option.value("--output").alias("-o"),
                Option.value("--standard"), Option.value("--format"), Option.value("--date"), Option.flag("--force"),
                Option.value("--rules").repeatable()));
        Path modelFile = CommandArguments.modelFile(CommandArguments.single(line, "model",
                "itot report MODEL.itot -o DIR"));
        if (!line.has("--output")) {
            throw new UsageException("no output folder; give -o DIR");
        }
        Path folder = CommandArguments.path(line.value("--output"));
        List<ReportStandard> standards = line.has("--standard") ? standards(line.value("--standard"))
                : ReportStandard.defaults();
        Set<Format> formats = line.has("--format") ? formats(line.value("--format")) : EnumSet.allOf(Format.class);
        LocalDate date = line.has("--date") ? date(line.value("--date")) : LocalDate.now(ZoneOffset.UTC);
        List<Path> packs = new ArrayList<>();
        for (String pack : line.values("--rules")) {
            packs.add(CommandArguments.existingFile(pack, "rule pack"));
        }
        checkFolder(folder, line.has("--force"));
        ArchitectureModel model = CommandArguments.load(modelFile, name(), err);
        ReportWriter.Result result;
        try {
            result = ReportWriter.write(model, modelFile, folder, new ReportWriter.Options(Cli.version(), date,
                    standards, formats, CommandArguments.rules(packs)));
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e); // names the folder or file and the cause
        }
        out.println("Wrote " + String.join(", ", result.files().stream().map(Path::toString).toList())
                + (result.pages() > 0 ? " (" + result.pages() + " pages)" : ""));
        return Cli.EXIT_OK;
    }

    /** A folder that holds files is replaced only with --force; a file in its place is never replaced. */
    private static void checkFolder(Path folder, boolean force) throws UsageException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException(folder + " is a file; -o names the folder the report goes into");
        }
        if (Files.isDirectory(target) && !force) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException(folder + " already holds files; add --force to replace the folder");
                }
            } catch (IOException e) {
                throw new UsageException("cannot read the folder " + folder + ": " + e.getMessage());
            }
        }
    }

    private static List<ReportStandard> standards(String text) throws UsageException {
        Set<ReportStandard> chosen = new LinkedHashSet<>();
        for (String id : text.split(",")) {
            String trimmed = id.trim();
            chosen.add(ReportStandard.byId(trimmed).orElseThrow(() -> new UsageException("unknown standard '"
                    + trimmed + "' (known: " + ReportStandard.knownIds() + ")")));
        }
        return List.copyOf(chosen);
    }

    private static Set<Format> formats(String text) throws UsageException {
        Set<Format> chosen = EnumSet.noneOf(Format.class);
        for (String id : text.split(",")) {
            String trimmed = id.trim();
            chosen.add(Stream.of(Format.values()).filter(f -> f.id().equals(trimmed)).findFirst()
                    .orElseThrow(() -> new UsageException("unknown format '" + trimmed + "' (known: html, pdf)")));
        }
        return chosen;
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--date takes a date as YYYY-MM-DD, not '" + text + "'");
        }
    }
}
