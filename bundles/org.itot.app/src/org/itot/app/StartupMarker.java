package org.itot.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;

/**
 * Writes a file once the workbench window is up and usable, when {@code -Ditot.startupMarker=FILE}
 * asks for it. The launch scripts and the start-up benchmark wait for that file instead of guessing
 * with a sleep.
 */
final class StartupMarker {

    static final String PROPERTY = "itot.startupMarker";

    private StartupMarker() {
    }

    static void writeIfRequested() {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(target), Long.toString(System.currentTimeMillis()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            ILog.of(StartupMarker.class).warn("Could not write the start-up marker " + target, e);
        }
    }
}
