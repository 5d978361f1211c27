package org.itot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Kills a child that writes a file over and over (SIGKILL, at random moments) and checks the file
 * after every kill: it must always be a whole version, never older than the last one seen.
 */
public final class KillLoop {

    /** Reads the version number of a whole file, or throws when the file is not whole. */
    @FunctionalInterface
    public interface WholeFileCheck {
        long versionOf(Path file) throws Exception;
    }

    /** What a loop did: kills, kills that left a temporary file (they hit a write), last version seen. */
    public record Result(int kills, int killsDuringWrite, long lastVersion, long millis) {
    }

    /**
     * The usual time limit of a loop: a guard against a loop that never gets its kills, not a speed goal (what the
     * loops test is the count of kills and that every file is whole); generous, since a machine shared with other
     * builds once needed more than a minute for 20 kills.
     */
    public static final long HANG_GUARD_SECONDS = 300;

    private KillLoop() {
    }

    /**
     * @param child started anew for each kill; it prints one line per finished write
     * @throws AssertionError when the file is not whole, went back, or too few kills hit a write in the time
     */
    public static Result run(ProcessBuilder child, Path file, int minimumKills, int minimumDuringWrite,
            long budgetSeconds, WholeFileCheck check) throws Exception {
        Random random = new Random(62443);
        long start = System.nanoTime();
        long last = -1;
        int kills = 0;
        int duringWrite = 0;
        while (kills < minimumKills || duringWrite < minimumDuringWrite) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(budgetSeconds)) {
                throw new AssertionError("only " + kills + " kills (" + duringWrite + " during a write) in "
                        + budgetSeconds + " s");
            }
            Process process = child.start();
            try {
                awaitFirstWrite(process);
                Thread.sleep(random.nextInt(250));
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
            kills++;
            if (deleteTemporaryFiles(file.getParent()) > 0) {
                duringWrite++;
            }
            long version;
            try {
                version = check.versionOf(file);
            } catch (Exception e) {
                throw new AssertionError("after kill " + kills + " " + file + " is not a whole file: " + e, e);
            }
            if (version < last) {
                throw new AssertionError("after kill " + kills + " the version went back from " + last + " to " + version);
            }
            last = version;
        }
        return new Result(kills, duringWrite, last, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private static void awaitFirstWrite(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        // libraries may print first (Log4j without a provider says so on standard output)
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("wrote ")) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child did not write:\n" + seen);
    }

    /** Temporary files of atomic writes end in .tmp; one left behind means the kill hit a write. */
    private static int deleteTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> temporary = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            for (Path path : temporary) {
                Files.delete(path);
            }
            return temporary.size();
        }
    }
}
