package org.itot.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.itot.attack.ThreatReports;
import org.itot.attack.coverage.AttackCoverage;
import org.itot.attack.coverage.CoverageReport;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;

/**
 * {@code itot coverage}: which ATT&CK for ICS techniques target the model's assets, which mitigations
 * the model shows in place, and which techniques are left unmitigated, per zone and overall.
 */
public final class CoverageCommand implements CliCommand {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public String summary() {
        return "ATT&CK for ICS coverage: mitigations in place and unmitigated techniques per zone";
    }

    @Override
    public String usage() {
        return "Usage: itot coverage MODEL.itot [--zone ID|NAME] [--format text|json]\n"
                + "\n"
                + "For the whole model and each zone: the ATT&CK for ICS techniques that target its asset types,\n"
                + "the mitigations the model shows in place (segmentation, filtering, allowlists, MFA, monitoring,\n"
                + "audit ... by the criteria in the README's Threat view section) and the techniques left\n"
                + "unmitigated. Uses the model's own ATT&CK data (itot import attack) or, when it has none, the\n"
                + "ATT&CK for ICS release built into ITOT Architect; the report's first line says which.\n"
                + "\n"
                + "Options:\n"
                + "  --zone ID|NAME   only this zone\n"
                + "  --format FORMAT  text (default) or json\n"
                + "\n"
                + "Exit status: 0 reported, 2 bad input (unknown zone, unreadable model).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        ModelArguments parsed = ModelArguments.parse(args, true, name(), err);
        ArchitectureModel model = parsed.model();
        Zone zone = parsed.zone();
        CoverageReport report = AttackCoverage.of(model);
        out.print(parsed.json() ? ThreatReports.coverageJson(report, zone) : ThreatReports.coverageText(report, zone));
        return Cli.EXIT_OK;
    }

}
