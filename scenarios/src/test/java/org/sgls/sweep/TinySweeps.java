package org.sgls.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sgls.sim.RunOptions;

/**
 * Sweeps of {@code sweep/tiny.json}, a system checked by hand: 150 MW of PV for two hours then two dark hours,
 * 100 MW of load, imports at 80 per MWh, a battery of P MW and 2 h with efficiency 1 starting empty. The battery
 * stores min(P, 50) MW in each sunny hour and gives it back at night, so
 * curtailment = (100 - 2 min(P, 50)) / 300 of the 300 MWh available, and the year's cost (imports) is
 * 80 x (200 - 2 min(P, 50)).
 */
final class TinySweeps {
    private TinySweeps() {
    }

    static double curtailment(double pMw) {
        return (100 - 2 * Math.min(pMw, 50)) / 300;
    }

    static double importCost(double pMw) {
        return 80 * (200 - 2 * Math.min(pMw, 50));
    }

    /** Copies the tiny scenario into {@code dir} and writes a sweep file beside it with the given body. */
    static Path write(Path dir, String name, String body) throws IOException {
        try (InputStream in = TinySweeps.class.getResourceAsStream("/sweep/tiny.json")) {
            Files.write(dir.resolve("tiny.json"), in.readAllBytes());
        }
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{\"schema_version\": 1, \"name\": \"" + name + "\", \"base\": \"tiny.json\",\n"
                + body + "}\n", StandardCharsets.UTF_8);
        return file;
    }

    static SweepSpec read(Path file) {
        return SweepReader.read(file, (text, sweep) -> {
            Path p = sweep.toAbsolutePath().getParent().resolve(text);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no scenario '" + text + "'");
            }
            return p;
        });
    }

    static Sweep.Options options(Path out) {
        return new Sweep.Options(out, false, false, RunOptions.DEFAULT_STEP_TIME_LIMIT, Sweep.Listener.NONE);
    }

    static final Duration LIMIT = RunOptions.DEFAULT_STEP_TIME_LIMIT;

    /** Battery power at six values, with an annual cost so system_cost trades off against curtailment. */
    static final String GRID = """
            "grid": [{"path": "components[id=battery].pmax_mw", "name": "battery_mw",
                      "values": [10, 20, 30, 40, 60, 5]}],
            "annual_costs": [{"component": "battery", "per_mw": 87600, "per_mwh": 0}]
            """;
}
