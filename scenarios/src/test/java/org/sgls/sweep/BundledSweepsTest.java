package org.sgls.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled sweep reads, its paths lead somewhere, and each of its values makes a valid scenario. */
class BundledSweepsTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    static List<Path> sweeps() throws IOException {
        try (Stream<Path> files = Files.list(HOME.resolve("scenarios").resolve("sweeps"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("sweeps")
    void readsAndEveryValueMakesAValidScenario(Path file) {
        SweepSpec spec = SweepReader.read(file, (text, sweep) ->
                HOME.resolve("scenarios").resolve("bundled").resolve(text).resolve("scenario.json"));
        assertEquals(file.getFileName().toString(), spec.name() + ".json", "file named after the sweep");
        assertTrue(spec.isSearch() || spec.rows().size() >= 4, "a sweep worth the name");
        new Variants(spec).check();
    }
}
