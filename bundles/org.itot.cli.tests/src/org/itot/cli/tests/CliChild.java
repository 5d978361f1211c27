package org.itot.cli.tests;

import org.itot.cli.CliApplication;
import org.itot.model.resource.ItotModelSetup;

/**
 * Main class of child JVMs that run a command the way the start script does (its Log4j settings, the process's
 * own standard streams), outside OSGi: for what in-process runs cannot see, such as what libraries print.
 */
public final class CliChild {

    private CliChild() {
    }

    public static void main(String[] args) {
        ItotModelSetup.init();
        System.exit(CliApplication.run(args, System.out, System.err));
    }
}
