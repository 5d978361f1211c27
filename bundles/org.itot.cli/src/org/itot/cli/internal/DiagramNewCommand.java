package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.diagram.edit.DiagramCreation;
import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;

/**
 * {@code itot diagram new}: the desktop's New Diagram ({@link DiagramCreation}) on the command line: a diagram of the
 * chosen zones, laid out, added to the model and saved.
 */
public final class DiagramNewCommand implements CliCommand {

    private static final String NAME = "--name";
    private static final String ZONES = "--zones";
    private static final String WITH_FLOWS = "--with-flows";
    private static final List<Option> OPTIONS = List.of(Option.value(NAME), Option.value(ZONES),
            Option.flag(WITH_FLOWS));
    private static final String USAGE_LINE = "itot diagram new MODEL.itot --name NAME --zones all|ID,ID... [--with-flows]";

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "create a diagram of zones, laid out by Purdue level, and save the model";
    }

    @Override
    public String usage() {
        return "Usage: " + USAGE_LINE + "\n"
                + "\n"
                + "Add a diagram to the model, as the desktop's New Diagram does: the chosen zones with their assets\n"
                + "(a sub-zone inside its parent when both are chosen) and the conduits between them, laid out in\n"
                + "Purdue bands on a page within 4:1. The model is saved atomically, the previous version kept as\n"
                + "MODEL.itot.bak.\n"
                + "\n"
                + "Options:\n"
                + "  --name NAME     the new diagram's name (not one the model already has)\n"
                + "  --zones all     every zone and sub-zone of the model\n"
                + "  --zones ID,...  these zones, by id (or name), comma-separated\n"
                + "  --with-flows    draw the flows between the shown assets too, routed orthogonally; above "
                + DiagramCreation.MAX_DRAWN_FLOWS + "\n"
                + "                  flows they are summarised by the conduits between their zones\n"
                + "\n"
                + "Exit status: 0 created and saved, 1 the model could not be written, 2 bad input (unknown zone\n"
                + "ids are named, a name already taken, an unreadable model).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine line = CommandLine.parse(args, OPTIONS);
        Path file = CommandArguments.modelFile(CommandArguments.single(line, "model", USAGE_LINE));
        if (!line.has(NAME)) {
            throw new UsageException("no diagram name; give --name NAME");
        }
        if (!line.has(ZONES)) {
            throw new UsageException("no zones; give --zones all or --zones ID,ID...");
        }
        String name = line.value(NAME).strip();
        ArchitectureModel model = CommandArguments.load(file, "diagram new", err);
        if (model.getDiagrams().stream().anyMatch(diagram -> name.equals(diagram.getName()))) {
            throw new UsageException(file + " already has a diagram named '" + name + "'; choose another name, or "
                    + "arrange it with 'itot diagram layout " + file + " --diagram \"" + name + "\"'");
        }
        List<Zone> zones = zones(model, line.value(ZONES), file);
        EditingDomain domain = ModelEditing.domainFor(model);
        DiagramCreation.Plan plan = DiagramCreation.plan(domain, model, name, zones, line.has(WITH_FLOWS), null);
        domain.getCommandStack().execute(plan.command());
        CommandArguments.save(model, file, "save the diagram to", "command");
        out.println("Created diagram '" + name + "' (" + plan.diagram().getId() + ") in " + file + ": " + plan.zones()
                + " zones, " + plan.assets() + " assets, " + plan.conduits() + " conduits" + flows(plan, line.has(WITH_FLOWS))
                + "; page " + DiagramListCommand.pageSize(plan.diagram()));
        return Cli.EXIT_OK;
    }

    private static String flows(DiagramCreation.Plan plan, boolean asked) {
        if (!asked) {
            return "";
        }
        if (plan.flowsSummarised() > 0) {
            return ", " + plan.flowsSummarised() + " flows summarised by their conduits (more than "
                    + DiagramCreation.MAX_DRAWN_FLOWS + " to draw)";
        }
        return ", " + plan.flowsDrawn() + " flows";
    }

    /** "all", or ids (then names, ignoring case) separated by commas; every unknown one is named at once. */
    static List<Zone> zones(ArchitectureModel model, String text, Path file) throws UsageException {
        if (text.strip().equals("all")) {
            if (model.getAllZones().isEmpty()) {
                throw new UsageException(file + " has no zones; add zones first (or start from 'itot new')");
            }
            return List.copyOf(model.getAllZones());
        }
        Set<Zone> zones = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String wanted : text.split(",")) {
            String id = wanted.strip();
            if (id.isEmpty()) {
                continue;
            }
            Zone zone = model.getAllZones().stream().filter(z -> id.equals(z.getId())).findFirst()
                    .or(() -> model.getAllZones().stream().filter(z -> id.equalsIgnoreCase(z.getName())).findFirst())
                    .orElse(null);
            if (zone == null) {
                unknown.add(id);
            } else {
                zones.add(zone);
            }
        }
        if (!unknown.isEmpty()) {
            List<String> known = model.getAllZones().stream().map(Zone::getId).toList();
            throw new UsageException("no zone " + String.join(", ", unknown.stream().map(id -> "'" + id + "'").toList())
                    + " in " + file + " (zones: " + String.join(", ", known.subList(0, Math.min(20, known.size())))
                    + (known.size() > 20 ? ", ..." : "") + ")");
        }
        if (zones.isEmpty()) {
            throw new UsageException("--zones names no zone; give all or ID,ID...");
        }
        return new ArrayList<>(zones);
    }
}
