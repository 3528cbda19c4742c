package org.sgls.sim;

import java.util.SplittableRandom;
import org.sgls.model.HydrogenTank;
import org.sgls.model.Kind;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.timeseries.Profile;

/** Seeded random systems with every kind present, for invariant (property) tests. */
public final class RandomSystems {
    private RandomSystems() {
    }

    public static Scenario generate(long seed, int steps) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return generate(rnd, steps, 1 + rnd.nextInt(2), 2 + rnd.nextInt(8));
    }

    /** A system of {@code units} committable units in {@code zones} zones (1 or 2). */
    public static Scenario generate(long seed, int steps, int zones, int units) {
        return generate(new SplittableRandom(seed), steps, zones, units);
    }

    private static Scenario generate(SplittableRandom rnd, int steps, int zones, int units) {
        TestSystems b = new TestSystems(steps);
        for (int z = 0; z < zones; z++) {
            b.zone("z" + z, rnd.nextDouble() * 100);
        }
        double peakMw = (500 + rnd.nextDouble() * 1500) * Math.max(1, units / 6.0);
        double[] load = new double[steps];
        double[] sun = new double[steps];
        for (int t = 0; t < steps; t++) {
            int h = t % 24;
            load[t] = peakMw * (0.7 + 0.2 * Math.sin((h - 8) * Math.PI / 12) + 0.1 * rnd.nextDouble());
            sun[t] = Math.max(0, Math.sin((h - 6) * Math.PI / 12)) * (0.3 + 0.7 * rnd.nextDouble());
        }
        String z0 = "z0";
        String zl = "z" + (zones - 1);
        b.load("load", zl, Profile.of("load", load));
        b.pv("pv", z0, peakMw * rnd.nextDouble() * 1.5, Profile.of("sun", sun));
        double capacity = 0;
        for (int i = 0; i < units; i++) {
            double pmax = 100 + rnd.nextDouble() * 500;
            capacity += pmax;
            double ramp0 = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : pmax * (0.3 + rnd.nextDouble()); double ramp = Boolean.getBoolean("noramps") ? Double.POSITIVE_INFINITY : ramp0;
            boolean on = rnd.nextBoolean();
            double minFrac = rnd.nextBoolean() ? 0.30 : 0.35;
            int minUp = 1 + rnd.nextInt(8);
            int minDown = 1 + rnd.nextInt(8);
            b.unit(new ThermalUnit("c" + i, "z" + rnd.nextInt(zones), i % 4 == 3 ? Kind.GAS : Kind.COAL, pmax, minFrac, null,
                    ramp, ramp, minUp, minDown, rnd.nextDouble() * 50 * pmax, 900, 0.01 * pmax * rnd.nextDouble(),
                    0.27 + 0.05 * rnd.nextDouble(), 5, 2.66, on, 1 + rnd.nextInt(10), on ? minFrac * pmax : 0));
        }
        if (capacity < peakMw * 1.1) {
            b.coal("peaker", zl, peakMw * 1.1 - capacity + 50, 0.3, 400, 100, 1000, 1, 1, false);
        }
        b.storage("bat", z0, 50 + rnd.nextDouble() * 200, 400 + rnd.nextDouble() * 400, 0.9 + 0.08 * rnd.nextDouble(), 100, 1);
        b.electrolyzer("ely", z0, 50 + rnd.nextDouble() * 200, 0.2, 55, 10 + rnd.nextDouble() * 20,
                rnd.nextBoolean() ? new HydrogenTank(20_000, 10_000, 500 + rnd.nextDouble() * 1000, 50) : null);
        b.exchange("exp", z0, Kind.EXPORT, 100 + rnd.nextDouble() * 300, 200 + rnd.nextDouble() * 100);
        b.exchange("imp", zl, Kind.IMPORT, 100, 600);
        if (zones > 1) {
            b.line("tie", z0, zl, 100 + rnd.nextDouble() * 600);
        }
        return b.scenario();
    }
}
