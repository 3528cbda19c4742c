package org.sgls.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sgls.model.Component;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Electrolyzer;
import org.sgls.model.HydrogenTank;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.TimeAxis;

/**
 * The benchmarks' systems: seeded single-zone systems of a given size (units, PV, and optionally flexibility),
 * and where the bundled scenarios are.
 */
final class BenchSystems {
    private BenchSystems() {
    }

    /** The bundled scenarios' folder: {@code <sgls.home>/scenarios/bundled}, sgls.home defaulting to ".". */
    static Path bundledDir() {
        return Path.of(System.getProperty("sgls.home", ".")).resolve("scenarios").resolve("bundled");
    }

    static Scenario of(int units, int steps, boolean flexible, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Component> cs = new ArrayList<>();
        double capacity = 0;
        for (int i = 0; i < units; i++) {
            double pmax = 200 + rnd.nextDouble() * 400;
            capacity += pmax;
            cs.add(new ThermalUnit("u" + i, "main", Kind.COAL, pmax, i % 2 == 0 ? 0.30 : 0.35, null, pmax * 0.5,
                    pmax * 0.5, 4, 4, 30 * pmax, 900, 0.01 * pmax, 0.27 + 0.05 * rnd.nextDouble(), 0, 2.66, true, 10,
                    0.5 * pmax));
        }
        double[] load = new double[steps];
        double[] sun = new double[steps];
        for (int t = 0; t < steps; t++) {
            int h = t % 24;
            load[t] = capacity * (0.6 + 0.15 * Math.sin((h - 8) * Math.PI / 12) + 0.05 * rnd.nextDouble());
            sun[t] = Math.max(0, Math.sin((h - 6) * Math.PI / 12)) * (0.4 + 0.6 * rnd.nextDouble());
        }
        cs.add(new Load("load", "main", Profile.of("load", load), 20_000));
        cs.add(new VariableSource("pv", "main", Kind.PV, capacity * 0.4, Profile.of("sun", sun), 0));
        if (flexible) {
            cs.add(new Storage("bat", "main", "battery", capacity * 0.05, capacity * 0.05, capacity * 0.2, 0.95, 0.95, 0,
                    0, capacity * 0.1, 2));
            cs.add(new Electrolyzer("ely", "main", capacity * 0.05, 0.2, 55, 20,
                    new HydrogenTank(50_000, 25_000, capacity * 0.02 * 1000 / 55, 60)));
        }
        PowerSystem sys = new PowerSystem(new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1, steps),
                List.of(new Zone("main", capacity * 0.03, 0)), cs, List.of());
        return new Scenario("bench-" + units, "benchmark system", List.of(), "CNY", seed, sys, DispatchSettings.DEFAULT);
    }
}
