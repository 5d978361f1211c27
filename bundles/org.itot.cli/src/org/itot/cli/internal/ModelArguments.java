package org.itot.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;

/** The arguments of the report commands: MODEL.itot [--zone ID|NAME] [--format text|json]. */
record ModelArguments(Path file, ArchitectureModel model, Zone zone, boolean json) {

    static ModelArguments parse(List<String> args, boolean zoneAllowed) throws UsageException {
        Path file = null;
        String zoneName = null;
        String format = "text";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format")) {
                format = CommandArguments.value(args, ++i, arg);
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (zoneAllowed && arg.equals("--zone")) {
                zoneName = CommandArguments.value(args, ++i, arg);
            } else if (zoneAllowed && arg.startsWith("--zone=")) {
                zoneName = arg.substring("--zone=".length());
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else if (file != null) {
                throw new UsageException("one model at a time; got '" + file + "' and '" + arg + "'");
            } else {
                file = CommandArguments.existingFile(arg, "model");
            }
        }
        if (file == null) {
            throw new UsageException("no model given");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (known: text, json)");
        }
        ArchitectureModel model;
        try {
            model = ModelFiles.load(file);
        } catch (ModelLoadException e) {
            throw new UsageException(e.getMessage());
        }
        Zone zone = zoneName == null ? null : zone(model, zoneName, file);
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
