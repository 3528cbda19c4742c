package org.sgls.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.sgls.model.Load;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Small scenario texts for the reader tests, and a way to collect what the reader says about them. */
final class Fixtures {
    private Fixtures() {
    }

    /** A valid one-zone, four-step scenario; {@code components} replace its components when given. */
    static String tiny(String... components) {
        String list = components.length > 0 ? String.join(",\n    ", components) : String.join(",\n    ",
                LOAD, PV, COAL, BATTERY);
        return """
                {
                  "schema_version": 1,
                  "name": "tiny",
                  "start": "2030-01-01T00:00",
                  "profiles": {"demand": [100, 120, 110, 90], "sun": [0, 0.5, 0.8, 0]},
                  "components": [
                    %s
                  ]
                }
                """.formatted(list);
    }

    /** The same in two zones, north and south, with a line between them. */
    static String twoZones(String... components) {
        return """
                {
                  "schema_version": 1,
                  "name": "two",
                  "start": "2030-01-01T00:00",
                  "profiles": {"demand": [100, 120, 110, 90], "sun": [0, 0.5, 0.8, 0]},
                  "zones": [{"id": "north"}, {"id": "south", "reserve_mw": 10}],
                  "lines": [{"id": "ns", "from": "north", "to": "south", "capacity_mw": 100}],
                  "components": [
                    %s
                  ]
                }
                """.formatted(String.join(",\n    ", components));
    }

    static final String LOAD = """
            {"id": "load", "kind": "load", "profile": "demand"}""";
    static final String PV = """
            {"id": "pv", "kind": "pv", "capacity_mw": 50, "profile": "sun"}""";
    static final String COAL = """
            {"id": "coal", "kind": "coal", "template": "new", "pmax_mw": 300, "fuel_price_per_tce": 900, \
            "fuel_tce_per_h": 7, "fuel_tce_per_mwh": 0.27}""";
    static final String BATTERY = """
            {"id": "bat", "kind": "storage", "technology": "battery", "pmax_mw": 20, "energy_mwh": 80, \
            "round_trip_efficiency": 0.9}""";

    /** The highest total demand of {@code loads} in any step, MW. */
    static double peakLoadMw(List<Load> loads) {
        double peak = 0;
        for (int t = 0; t < loads.get(0).demandMw().length(); t++) {
            double sum = 0;
            for (Load l : loads) {
                sum += l.demandMw().at(t);
            }
            peak = Math.max(peak, sum);
        }
        return peak;
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the reader reports for {@code file}, each without the "file: " prefix of its own file. */
    static List<String> problems(Path file) {
        Executable read = () -> ScenarioReader.read(file);
        ScenarioException e = assertThrows(ScenarioException.class, read);
        String prefix = file + ": ";
        return e.problems().stream().map(p -> p.startsWith(prefix) ? p.substring(prefix.length()) : p).toList();
    }
}
