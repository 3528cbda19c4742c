package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgls.model.Load;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;

/**
 * Every folder under {@code scenarios/bundled/} holds a scenario that reads without a problem (CI runs each of them,
 * this catches a broken file before a run), documents itself, and is a sensible system: load to serve, firm capacity
 * for its peak, a year of steps.
 */
class AllBundledScenariosTest {
    static final Path BUNDLED = Path.of("..", "scenarios", "bundled");

    static List<String> bundled() throws IOException {
        try (Stream<Path> dirs = Files.list(BUNDLED)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFourNingxiaScenariosAreBundled() throws IOException {
        assertTrue(bundled().containsAll(NingxiaProfiles.SCENARIOS), bundled().toString());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void readsAndDocumentsItself(String name) {
        Scenario s = ScenarioReader.read(BUNDLED.resolve(name).resolve("scenario.json"));
        assertEquals(name, s.name(), "the scenario's name is its folder's");
        assertFalse(s.description().isBlank(), "description");
        assertFalse(s.sources().isEmpty(), "sources");
        assertTrue(s.system().axis().steps() >= 8760, "a year of hourly steps");
        assertFalse(s.system().all(Load.class).isEmpty(), "some load");
        assertFalse(s.system().all(ThermalUnit.class).isEmpty(), "some firm capacity");
    }
}
