package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgls.model.Scenario;
import org.sgls.sim.Invariants;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;

/**
 * Property tests over seeded random scenario files (JUnit parameterized tests and {@link java.util.SplittableRandom},
 * no property-testing library): every valid file reads, runs and obeys the physics; every invalid one (a valid one
 * with one mistake put in) is refused with a {@link ScenarioException} whose every line names the file and where
 * in it the problem is, and one of them the place of the mistake; never with any other exception.
 */
class ScenarioPropertyTest {
    /** What a planner should never have to read: Java and library internals. */
    private static final Pattern INTERNALS = Pattern.compile("Exception|org\\.sgls|com\\.fasterxml|REDACTED|"
            + "StreamReadFeature|\\bnull\\b|NaN is out of range");
    @TempDir
    Path dir;

    static LongStream validSeeds() {
        return LongStream.rangeClosed(1, 60);
    }

    static LongStream invalidSeeds() {
        return LongStream.rangeClosed(1, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("validSeeds")
    void aValidScenarioReadsRunsAndObeysThePhysics(long seed) {
        String text = RandomScenarioJson.text(RandomScenarioJson.generate(seed));
        Scenario scenario = ScenarioReader.read(Fixtures.write(dir, "valid.json", text));
        RunResult run = Simulation.run(scenario, RunOptions.DEFAULT);
        Invariants.assertPhysical(run);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("invalidSeeds")
    void anInvalidScenarioIsRefusedWithItsFileAndPath(long seed) {
        ScenarioMutations.Mutant mutant = ScenarioMutations.mutate(seed);
        Path file = Fixtures.write(dir, "invalid.json", mutant.text());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file),
                mutant.description());
        assertFalse(e.getMessage().isBlank(), mutant.description());
        // file: where: what (rule), where being a JSON path, or a line and column for a syntax error
        Pattern line = Pattern.compile(Pattern.quote(file.toString())
                + ": (\\$[^ ]*|line \\d+, column \\d+): .+ \\(.+\\)");
        for (String problem : e.problems()) {
            assertTrue(line.matcher(problem).matches(), mutant.description() + " gave: " + problem);
            assertFalse(INTERNALS.matcher(problem).find(), mutant.description() + " leaks internals: " + problem);
        }
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(mutant.expected())),
                mutant.description() + ": no problem names " + mutant.expected() + " in\n" + e.getMessage());
    }
}
