package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profiles.csv of each Ningxia scenario is exactly what {@link NingxiaProfiles} makes. To regenerate them after
 * changing a seed or the generator:
 * {@code mvn -pl sim-core -am test -Dtest=NingxiaScenariosTest -Dsurefire.failIfNoSpecifiedTests=false -Dsgls.regenerate=true}.
 */
class NingxiaScenariosTest {
    static final Path BUNDLED = Path.of("..", "scenarios", "bundled");

    static Iterable<String> scenarios() {
        return NingxiaProfiles.SCENARIOS;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void profilesFileIsWhatTheGeneratorMakes(String scenario) throws IOException {
        StringWriter csv = new StringWriter();
        ProfilesCsv.write(csv, NingxiaProfiles.axis(scenario), NingxiaProfiles.profiles(scenario));
        Path file = BUNDLED.resolve(scenario).resolve("profiles.csv");
        if (Boolean.getBoolean("sgls.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(csv.toString(), Files.readString(file), scenario + "/profiles.csv is stale: regenerate it (see class doc)");
    }
}
