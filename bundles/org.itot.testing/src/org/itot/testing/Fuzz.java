package org.itot.testing;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Seeded property runs for the fuzz tests of several bundles (plain JUnit 5: jqwik does not run inside
 * Tycho's OSGi test runtime without repackaging). Run i uses seed {@code start + i}; a failing run names
 * its seed and the property that replays it. {@value #BUDGET_PROPERTY} sets the seconds per property.
 */
public final class Fuzz {

    /** Seconds each property runs for; CI uses each test's small default. */
    public static final String BUDGET_PROPERTY = "itot.fuzz.budget";
    /** Replays exactly one run: the seed a failure printed. */
    public static final String SEED_PROPERTY = "itot.fuzz.seed";
    /** First seed of a budgeted series (default 1), to explore other inputs than CI does. */
    public static final String START_PROPERTY = "itot.fuzz.start";

    /** One run of a property on the inputs a seeded random gives. */
    @FunctionalInterface
    public interface Property {
        void check(Random random) throws Exception;
    }

    private Fuzz() {
    }

    /**
     * Runs the property on seed after seed until the budget is spent and at least {@code minimumRuns}
     * ran (or only the seed of {@value #SEED_PROPERTY}).
     *
     * @return the number of runs, all passed
     * @throws AssertionError naming the failing seed, with the failure as its cause
     */
    public static long run(String name, double defaultSeconds, int minimumRuns, Property property) {
        String replay = setting(SEED_PROPERTY);
        if (replay != null) {
            long seed = Long.parseLong(replay);
            runOnce(name, seed, property);
            System.out.printf("fuzz %s: replayed seed %d%n", name, seed);
            return 1;
        }
        String budgetSetting = setting(BUDGET_PROPERTY);
        double seconds = budgetSetting == null ? defaultSeconds : Double.parseDouble(budgetSetting);
        String startSetting = setting(START_PROPERTY);
        long start = startSetting == null ? 1 : Long.parseLong(startSetting);
        long began = System.nanoTime();
        long deadline = began + (long) (seconds * TimeUnit.SECONDS.toNanos(1));
        long runs = 0;
        while (runs < minimumRuns || System.nanoTime() < deadline) {
            runOnce(name, start + runs, property);
            runs++;
        }
        System.out.printf("fuzz %s: %d runs (seeds %d..%d) in %d ms%n", name, runs, start, start + runs - 1,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        return runs;
    }

    private static void runOnce(String name, long seed, Property property) {
        try {
            property.check(new Random(seed));
        } catch (Exception | AssertionError | StackOverflowError e) {
            throw new AssertionError("fuzz " + name + " failed with seed " + seed + "; replay it with -D" + SEED_PROPERTY
                    + "=" + seed + " (" + e + ")", e);
        }
    }

    private static String setting(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
