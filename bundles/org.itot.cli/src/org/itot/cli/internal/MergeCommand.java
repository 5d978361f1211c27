package org.itot.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.merge.MergeInputException;
import org.itot.merge.MergeResult;
import org.itot.merge.MergeText;
import org.itot.merge.ModelMerge;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.AtomicFileWriter;
import org.itot.model.resource.JsonText;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * {@code itot merge}: the three-way merge of two revisions of one model against their common ancestor, also Git's
 * merge driver for {@code *.itot} files ({@code itot merge %O %A %B -o %A}, see {@code itot git-setup}).
 */
public final class MergeCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("text", "json");
    /** How far into a file the binary check looks, as Git does to tell binary from text. */
    private static final int BINARY_CHECK_BYTES = 8000;

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "Three-way merge of two revisions of a model by element id (also Git's merge driver)";
    }

    @Override
    public String usage() {
        return "Usage: itot merge BASE.itot OURS.itot THEIRS.itot -o OUT.itot [--format text|json]\n"
                + "                  [--fail-on error|warning|info] [--rules FILE.ocl]... [--force]\n"
                + "\n"
                + "Merge THEIRS into OURS, both changed from BASE, their common ancestor. Elements are matched by\n"
                + "id and merged feature by feature: changes on one side are taken, different changes of one\n"
                + "feature on both sides are conflicts and keep ours; moves between zones, additions, deletions\n"
                + "and rule-set order merge too. A deleted element the other side still refers to is kept (a\n"
                + "conflict), so the result always loads. When both sides changed a diagram's views, theirs are\n"
                + "taken whole (a note says so). The merged model is validated and the findings it has that\n"
                + "neither OURS nor THEIRS had are listed.\n"
                + "\n"
                + "As Git's merge driver (set up by 'itot git-setup'): itot merge %O %A %B -o %A\n"
                + "\n"
                + "Options:\n"
                + "  -o, --output FILE  where the merged model goes: OURS itself (as Git's driver does) or another\n"
                + "                     file; never BASE or THEIRS; an existing other file only with --force\n"
                + "  --format FORMAT    text (default) or json: the conflicts, notes and introduced findings\n"
                + "  --fail-on LEVEL    error, warning or info: also exit 1 when the merge introduces a finding at\n"
                + "                     or above LEVEL (one neither side had), so CI can refuse such a merge\n"
                + "  --rules FILE.ocl   also run the rules of this pack when validating (repeatable)\n"
                + "\n"
                + "Exit status: 0 merged cleanly, 1 conflicts (the output holds ours for each) or findings at the\n"
                + "--fail-on level introduced, 2 bad input (unreadable, binary or newer-format file, files of\n"
                + "different models); on 2 nothing is written.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine line = CommandLine.parse(args, List.of(Option.value("--output").alias("-o"),
                Option.value("--format"), Option.value("--fail-on"), Option.value("--rules").repeatable(),
                Option.flag("--force")));
        String format = line.has("--format") ? CommandArguments.format(line.value("--format"), FORMATS) : "text";
        Integer failOn = line.has("--fail-on") ? ValidateCommand.failLevel(line.value("--fail-on")) : null;
        List<Path> packs = new ArrayList<>();
        for (String pack : line.values("--rules")) {
            packs.add(CommandArguments.existingFile(pack, "rule pack"));
        }
        List<String> given = line.positionals();
        if (given.size() != 3) {
            throw new UsageException("three models needed, got " + given.size() + "; usage: itot merge BASE.itot "
                    + "OURS.itot THEIRS.itot -o OUT.itot");
        }
        if (!line.has("--output")) {
            throw new UsageException("no output given; add -o OUT.itot (as Git's driver: -o %A, over OURS)");
        }
        List<String> roles = List.of("BASE", "OURS", "THEIRS");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = CommandArguments.existingFile(given.get(i), roles.get(i) + " model");
            refuseBinary(file, roles.get(i));
            files.add(file);
        }
        Path output = CommandArguments.path(line.value("--output"));
        checkOutput(output, files, line.has("--force"));
        ModelFindings.Configuration rules = CommandArguments.rules(packs);
        List<ArchitectureModel> models = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try {
                models.add(CommandArguments.load(files.get(i), name(), err));
            } catch (UsageException e) {
                throw new UsageException(roles.get(i) + " " + e.getMessage());
            }
        }
        MergeResult result;
        try {
            result = ModelMerge.merge(models.get(0), models.get(1), models.get(2));
        } catch (MergeInputException e) {
            throw new UsageException("cannot merge " + files.get(0) + ", " + files.get(1) + " and " + files.get(2)
                    + ": " + e.getMessage());
        }
        List<RuleDiagnostic> introduced = introduced(result.merged(), models.get(1), models.get(2), rules);
        write(result.merged(), output);
        boolean refused = failOn != null && introduced.stream().anyMatch(f -> f.getSeverity() >= failOn);
        out.print("json".equals(format) ? json(files, output, result, introduced)
                : text(files, output, result, introduced));
        return result.clean() && !refused ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
    }

    /** A model file is XML text; a NUL byte near the start means an image, archive or other binary. */
    private static void refuseBinary(Path file, String role) throws UsageException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(BINARY_CHECK_BYTES);
            for (byte b : start) {
                if (b == 0) {
                    throw new UsageException(role + " " + file + " is a binary file, not a model (model files are "
                            + "XML text); check the file names, or for Git that *.itot files are not marked binary");
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + role + " " + file + ": " + e.getMessage());
        }
    }

    private static void checkOutput(Path output, List<Path> files, boolean force) throws UsageException {
        if (CommandArguments.sameFile(output, files.get(0)) || CommandArguments.sameFile(output, files.get(2))) {
            throw new UsageException(output + " is BASE or THEIRS; the merged model goes over OURS or into another "
                    + "file");
        }
        if (CommandArguments.sameFile(output, files.get(1))) {
            return; // Git's driver: the result replaces our side
        }
        CommandArguments.checkOutput(output, force, List.of());
    }

    /** Findings of the merged model that neither side had (accepted ones left out): what the merge introduced. */
    private static List<RuleDiagnostic> introduced(ArchitectureModel merged, ArchitectureModel ours,
            ArchitectureModel theirs, ModelFindings.Configuration rules) {
        Set<String> before = new HashSet<>();
        Stream.of(ours, theirs).flatMap(model -> ModelFindings.findings(model, rules).stream())
                .forEach(finding -> before.add(finding.findingId()));
        return ModelFindings.findings(merged, rules).stream()
                .filter(finding -> !finding.isAccepted() && !finding.isCompleteness()
                        && !before.contains(finding.findingId()))
                .sorted(Comparator.comparingInt(RuleDiagnostic::getSeverity).reversed()).toList();
    }

    /**
     * Serialised and read back in a scratch folder first, so only a model that loads reaches the output, and then
     * written atomically (no backup beside it: as Git's driver the output is Git's own temporary file).
     */
    private static void write(ArchitectureModel merged, Path output) throws CommandFailedException {
        try (ScratchFolder scratch = ScratchFolder.create("itot-merge")) {
            Path file = scratch.resolve("merged.itot");
            ModelFiles.save(merged, file);
            ModelFiles.load(file);
            AtomicFileWriter.write(output, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CommandFailedException("cannot write the merged model to " + output + ": " + e.getMessage(), e);
        } catch (ModelLoadException e) {
            throw new CommandFailedException("the merged model does not load again (" + e.getMessage() + "); nothing "
                    + "was written to " + output + "; please report it", e);
        }
    }

    private static String severity(RuleDiagnostic finding) {
        return switch (finding.getSeverity()) {
        case Diagnostic.ERROR -> "error";
        case Diagnostic.WARNING -> "warning";
        default -> "info";
        };
    }

    private static String text(List<Path> files, Path output, MergeResult result, List<RuleDiagnostic> introduced) {
        StringBuilder text = new StringBuilder(MergeText.toText(result));
        if (!introduced.isEmpty()) {
            text.append("Findings the merge introduced (").append(introduced.size()).append("):\n");
            introduced.forEach(finding -> text.append("  ").append(severity(finding)).append(' ')
                    .append(finding.ruleId()).append(": ").append(finding.getMessage()).append('\n'));
        }
        text.append(result.clean() ? "Merged cleanly: " : "Merged with " + result.conflicts().size()
                + " conflict(s), ours kept in each: ").append(result.theirsApplied()).append(" change(s) of ")
                .append(files.get(2)).append(" applied to ").append(files.get(1)).append(", written to ")
                .append(output).append('\n');
        return text.toString();
    }

    private static String json(List<Path> files, Path output, MergeResult result, List<RuleDiagnostic> introduced) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("formatVersion", MergeText.FORMAT_VERSION);
        json.put("base", files.get(0).toString());
        json.put("ours", files.get(1).toString());
        json.put("theirs", files.get(2).toString());
        json.put("output", output.toString());
        json.putAll(MergeText.toJson(result));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (RuleDiagnostic finding : introduced) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("findingId", finding.findingId());
            entry.put("ruleId", finding.ruleId());
            entry.put("severity", severity(finding));
            entry.put("message", finding.getMessage());
            findings.add(entry);
        }
        json.put("findingsIntroduced", findings);
        return JsonText.write(json);
    }
}
