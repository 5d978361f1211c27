package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.itot.attack.AttackImport;
import org.itot.attack.AttackImportException;
import org.itot.attack.StixLimits;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;

/**
 * {@code itot import attack}: replaces a model's ATT&CK for ICS reference data with a STIX bundle's,
 * all or nothing; the model file is rewritten atomically, the previous version kept as .bak.
 */
public final class AttackImportCommand implements CliCommand {

    @Override
    public String name() {
        return "attack";
    }

    @Override
    public String summary() {
        return "MITRE ATT&CK for ICS STIX bundle: techniques, tactics, mitigations, assets";
    }

    @Override
    public String usage() {
        return "Usage: itot import attack BUNDLE.json --into MODEL.itot [--attack-version V] [--dry-run]\n"
                + "\n"
                + "Read MITRE's ATT&CK for ICS STIX 2.0/2.1 bundle (ics-attack.json) into a model's reference\n"
                + "data: techniques, tactics (in matrix order), mitigations, assets and their relations. Revoked\n"
                + "objects point to their replacements and deprecated ones are flagged, so reports show current\n"
                + "ids; assets that cite an ATT&CK asset keep citing it. The previous ATT&CK data is replaced.\n"
                + "A broken, truncated or non-ICS file is reported with line and column and nothing is imported.\n"
                + "\n"
                + "Options:\n"
                + "  --into MODEL.itot    the model to update; saved atomically, the previous version kept as\n"
                + "                       MODEL.itot.bak\n"
                + "  --attack-version V   the ATT&CK release to record when the bundle does not name it (a plain\n"
                + "                       ics-attack.json has no collection object), e.g. 18.1\n"
                + "  --dry-run            show what would be imported without writing the model\n"
                + "\n"
                + "Exit status: 0 imported, 1 the model could not be written, 2 bad input (unreadable or invalid\n"
                + "bundle or model, unknown option).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        ImportArguments arguments = ImportArguments.parse(args, "bundle",
                "itot import attack BUNDLE.json --into MODEL.itot", "--attack-version");
        Path bundle = arguments.source();
        Path modelFile = arguments.modelFile();
        ArchitectureModel model = arguments.loadModel("import " + name(), err);
        AttackImport plan;
        try {
            plan = AttackImport.prepare(model, bundle, StixLimits.DEFAULT, arguments.option());
        } catch (AttackImportException e) {
            err.println("itot import attack: " + e.getMessage());
            err.println("itot import attack: nothing was imported; " + modelFile + " is unchanged");
            return Cli.EXIT_USAGE;
        }
        if (arguments.dryRun()) {
            out.print(plan.summary().describe());
            out.println("Dry run: nothing was written to " + modelFile);
            return Cli.EXIT_OK;
        }
        AttackImport.Summary summary = plan.execute();
        CommandArguments.saveImport(model, modelFile);
        out.print(summary.describe());
        out.println("Imported ATT&CK for ICS into " + modelFile + " (previous version in "
                + ModelFiles.backupOf(modelFile).getFileName() + ")");
        return Cli.EXIT_OK;
    }
}
