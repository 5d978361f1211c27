package org.itot.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.itot.model.ArchitectureModel;
import org.itot.model.resource.AtomicFileWriter;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;

/**
 * Writes a report folder: {@code index.html} and {@code report.pdf}. Everything is produced in memory first, then
 * written into a temporary sibling folder and moved into place, so the folder appears complete or not at all; a
 * folder that was there before is replaced only once the new one is complete.
 */
public final class ReportWriter {

    /** The files a report folder can hold. */
    public enum Format {
        HTML("html", "index.html"), PDF("pdf", "report.pdf");

        private final String id;
        private final String fileName;

        Format(String id, String fileName) {
            this.id = id;
            this.fileName = fileName;
        }

        public String id() {
            return id;
        }

        public String fileName() {
            return fileName;
        }
    }

    /**
     * @param toolVersion the version on the title page
     * @param date the report date (title page, PDF dates): the same date gives the same bytes
     * @param rules the rule configuration, as {@code itot validate} reads it
     */
    public record Options(String toolVersion, LocalDate date, List<ReportStandard> standards, Set<Format> formats,
            ModelFindings.Configuration rules) {

        public Options {
            standards = List.copyOf(standards);
            formats = Set.copyOf(formats);
        }
    }

    /** What was written: the files, the PDF's pages (0 without a PDF) and the document that was laid out. */
    public record Result(Path folder, List<Path> files, int pages, ReportDocument document) {
    }

    private ReportWriter() {
    }

    /**
     * Writes the report of {@code model}, read from {@code modelFile}, into {@code folder}.
     *
     * @throws IOException naming the file or folder that could not be read or written; nothing is then left behind
     *         and a folder that was there before is unchanged
     */
    public static Result write(ArchitectureModel model, Path modelFile, Path folder, Options options)
            throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("cannot write the report to " + folder + ": folder " + parent + " does not exist");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException("cannot write the report to " + folder + ": it is a file, not a folder");
        }
        ReportDocument document = document(model, modelFile, options);
        String html = options.formats().contains(Format.HTML) ? HtmlReport.toHtml(document) : null;
        PdfReport.Result pdf = options.formats().contains(Format.PDF)
                ? PdfReport.toPdf(document, options.date(), options.toolVersion()) : null;
        Path partial;
        try {
            partial = createSibling(target, ".partial-");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write the report to " + folder + ": no permission to write in " + parent,
                    e);
        } catch (IOException e) {
            throw new IOException("cannot write the report to " + folder + ": " + describe(e), e);
        }
        List<Path> files = new ArrayList<>();
        try {
            if (html != null) {
                AtomicFileWriter.write(partial.resolve(Format.HTML.fileName()), html.getBytes(StandardCharsets.UTF_8));
                files.add(target.resolve(Format.HTML.fileName()));
            }
            if (pdf != null) {
                AtomicFileWriter.write(partial.resolve(Format.PDF.fileName()), pdf.bytes());
                files.add(target.resolve(Format.PDF.fileName()));
            }
            replace(partial, target);
        } catch (IOException e) {
            deleteTree(partial);
            throw new IOException("cannot write the report to " + folder + ": " + describe(e) + "; nothing was written",
                    e);
        } catch (RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
        return new Result(target, files, pdf == null ? 0 : pdf.pages(), document);
    }

    /** The report's content without writing it (tests, the desktop's preview). */
    public static ReportDocument document(ArchitectureModel model, Path modelFile, Options options)
            throws IOException {
        String digest = digest(modelFile);
        ModelValidator validator = options.rules().validator();
        List<RuleDiagnostic> findings = ModelFindings.findings(ModelFindings.validate(model, validator));
        List<RuleDefinition> rules = validator.rules().stream().map(CompiledRule::definition).distinct().toList();
        return ReportContent.build(new ReportContent.Input(model, modelFile.getFileName().toString(), digest,
                findings, rules, options.toolVersion(), options.date().toString(), options.standards()));
    }

    /** Moves the complete folder into place; an old folder goes aside first and is deleted once the new one is in. */
    private static void replace(Path partial, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = createSibling(target, ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(partial, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target); // put the previous report back
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * A new hidden folder beside {@code target}, named after it. Not {@code Files.createTempDirectory}: that makes the
     * folder private (700), and the report folder it becomes must get the user's usual permissions (umask) like every
     * other file the tool writes.
     */
    private static Path createSibling(Path target, String kind) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + kind
                    + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static String digest(Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new IOException("cannot read the model file " + file + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() != null ? " (" + fs.getFile() + ")" : "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort: a leftover hidden .partial folder is harmless and named as such
        }
    }
}
