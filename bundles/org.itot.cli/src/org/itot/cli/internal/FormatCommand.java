package org.itot.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;

/**
 * A command word followed by a format word, e.g. {@code itot export svg} or {@code itot import
 * excel}: each format is its own {@link CliCommand} whose name is the format, so exporters and
 * importers are added by listing them here rather than by growing one class.
 */
public final class FormatCommand implements CliCommand {

    private final String name;
    private final String summary;
    private final List<CliCommand> formats;
    /** What the second word is called in messages: "format", or "action" for {@code itot diagram new}. */
    private final String word;

    public FormatCommand(String name, String summary, List<CliCommand> formats) {
        this(name, summary, "format", formats);
    }

    public FormatCommand(String name, String summary, String word, List<CliCommand> formats) {
        this.name = name;
        this.summary = summary;
        this.word = word;
        this.formats = List.copyOf(formats);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary + " (" + formatNames() + ")";
    }

    @Override
    public String usage() {
        int width = formats.stream().mapToInt(f -> f.name().length()).max().orElse(0);
        String list = formats.stream().map(f -> String.format("  %-" + width + "s  %s", f.name(), f.summary()))
                .collect(Collectors.joining("\n"));
        String details = formats.stream().map(CliCommand::usage).collect(Collectors.joining("\n"));
        return "Usage: itot " + name + " " + word.toUpperCase(Locale.ROOT) + " [options]\n\n" + summary + ". "
                + Character.toUpperCase(word.charAt(0)) + word.substring(1) + "s:\n" + list + "\n\n" + details;
    }

    public Optional<CliCommand> format(String formatName) {
        return formats.stream().filter(f -> f.name().equals(formatName)).findFirst();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err)
            throws UsageException, CommandFailedException {
        if (args.isEmpty()) {
            throw new UsageException("say which " + word + ": " + formatNames() + "; see 'itot help " + name + "'");
        }
        CliCommand format = format(args.get(0)).orElseThrow(() -> new UsageException(
                "unknown " + word + " '" + args.get(0) + "' (known: " + formatNames() + ")"));
        return format.run(args.subList(1, args.size()), out, err);
    }

    private String formatNames() {
        return formats.stream().map(CliCommand::name).collect(Collectors.joining(", "));
    }
}
