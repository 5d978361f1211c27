package org.itot.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.itot.attack.ThreatReports;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;
import org.itot.model.query.SecurityLevelGaps;
import org.itot.model.query.SecurityLevelGaps.Gap;

/** {@code itot levels}: the IEC 62443 gap table, SL-T vs achievable vs SL-A per zone and FR. */
public final class LevelsCommand implements CliCommand {

    @Override
    public String name() {
        return "levels";
    }

    @Override
    public String summary() {
        return "Security-level gaps: SL-T vs achievable vs assessed SL-A per zone and FR";
    }

    @Override
    public String usage() {
        return "Usage: itot levels MODEL.itot [--zone ID|NAME] [--format text|json]\n"
                + "\n"
                + "Per zone and foundational requirement FR1-FR7: the target SL-T, the achievable SL\n"
                + "(IEC 62443-3-3: max of the lowest SL-C of the zone's assets and the highest SL-C of its\n"
                + "compensating countermeasures; an asset whose SL-C is not recorded is not assessed, not 0)\n"
                + "and the SL-A an assessment\n"
                + "recorded, with the gaps and the assets below target. Rule SL-03 reports the same design gaps.\n"
                + "\n"
                + "Options:\n"
                + "  --zone ID|NAME   only this zone\n"
                + "  --format FORMAT  text (default) or json\n"
                + "\n"
                + "Exit status: 0 reported (gaps or not), 2 bad input (unknown zone, unreadable model).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        ModelArguments parsed = ModelArguments.parse(args, true, name(), err);
        List<Gap> gaps = parsed.zone() == null ? SecurityLevelGaps.of(parsed.model())
                : SecurityLevelGaps.of(parsed.zone());
        out.print(parsed.json() ? ThreatReports.levelsJson(gaps) : ThreatReports.levelsText(gaps));
        return Cli.EXIT_OK;
    }
}
