package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.model.Scenario;
import org.sgls.sim.RandomSystems;
import org.sgls.sim.RunOptions;
import org.sgls.sim.Simulation;

/**
 * Runs are deterministic: the same scenario run twice gives byte-identical {@code hourly.csv},
 * {@code components.csv} and {@code scenario.json}, and the same {@code summary.json} apart from the timings
 * ({@code wall_seconds}, {@code phase_seconds}).
 */
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void fourWeeksOfTheBundledScenarioTwice() throws IOException {
        Path folder = slice(BundledScenarioTest.FOLDER, 24 * 28, tmp.resolve("four-weeks"));
        assertSameRuns(ScenarioReader.read(folder.resolve("scenario.json")), ScenarioReader.read(folder.resolve("scenario.json")));
    }

    @Test
    void aRandomSystemWithEveryKindTwice() throws IOException {
        assertSameRuns(RandomSystems.generate(11, 24 * 5), RandomSystems.generate(11, 24 * 5));
    }

    /** Two scenarios read or built separately (no shared objects), run and written separately. */
    private void assertSameRuns(Scenario first, Scenario second) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new RunWriter().write(Simulation.run(first, RunOptions.DEFAULT), a, RunWriter.Existing.REFUSE);
        new RunWriter().write(Simulation.run(second, RunOptions.DEFAULT), b, RunWriter.Existing.REFUSE);
        for (String file : new String[] {"hourly.csv", "components.csv", "scenario.json"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        String summaryA = Files.readString(a.resolve("summary.json"));
        String summaryB = Files.readString(b.resolve("summary.json"));
        assertFalse(withoutTimings(summaryA).contains("seconds"), "the timings are removed, nothing else");
        assertNotEquals(summaryA, withoutTimings(summaryA));
        assertEquals(withoutTimings(summaryA), withoutTimings(summaryB));
    }

    /** summary.json without {@code wall_seconds} and {@code phase_seconds}, byte for byte otherwise. */
    private static String withoutTimings(String summary) {
        return summary.replaceAll("(?m)^  \"wall_seconds\": [^\\n]*\\n", "")
                .replaceAll("(?s)  \"phase_seconds\": \\{.*?\\n  \\}", "");
    }

    /** The first {@code steps} hours of a bundled scenario that states {@code "steps": 8760}, as a folder. */
    static Path slice(Path bundled, int steps, Path dir) throws IOException {
        Files.createDirectories(dir);
        String json = Files.readString(bundled.resolve("scenario.json"));
        String sliced = json.replace("\"steps\": 8760,", "\"steps\": " + steps + ",");
        assertNotEquals(json, sliced, "the bundled scenario no longer states \"steps\": 8760");
        Files.writeString(dir.resolve("scenario.json"), sliced);
        try (Stream<String> lines = Files.lines(bundled.resolve("profiles.csv"))) {
            Files.write(dir.resolve("profiles.csv"), lines.limit(steps + 1L).toList());
        }
        return dir;
    }
}
