package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;

/** The arguments of the report commands: MODEL.itot [--zone ID|NAME] [--format text|json]. */
record ModelArguments(Path file, ArchitectureModel model, Zone zone, boolean json) {

    private static final List<String> FORMATS = List.of("text", "json");

    /** @param command the command's name, for load warnings and the usage line */
    static ModelArguments parse(List<String> args, boolean zoneAllowed, String command, PrintStream err)
            throws UsageException {
        List<Option> options = new ArrayList<>(List.of(Option.value("--format")));
        if (zoneAllowed) {
            options.add(Option.value("--zone"));
        }
        CommandLine line = CommandLine.parse(args, options);
        Path file = CommandArguments.modelFile(CommandArguments.single(line, "model",
                "itot " + command + " MODEL.itot [options]"));
        String format = line.has("--format") ? CommandArguments.format(line.value("--format"), FORMATS) : "text";
        ArchitectureModel model = CommandArguments.load(file, command, err);
        Zone zone = line.has("--zone") ? zone(model, line.value("--zone"), file) : null;
        return new ModelArguments(file, model, zone, format.equals("json"));
    }

    /** By id first, then by name ignoring case. */
    private static Zone zone(ArchitectureModel model, String wanted, Path file) throws UsageException {
        for (Zone zone : model.getAllZones()) {
            if (wanted.equals(zone.getId())) {
                return zone;
            }
        }
        for (Zone zone : model.getAllZones()) {
            if (zone.getName() != null && zone.getName().equalsIgnoreCase(wanted)) {
                return zone;
            }
        }
        throw new UsageException("no zone '" + wanted + "' in " + file + " (zones: " + String.join(", ",
                model.getAllZones().stream().map(Zone::getId).limit(20).toList()) + ")");
    }
}
