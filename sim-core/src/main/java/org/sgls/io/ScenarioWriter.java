package org.sgls.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sgls.model.Scenario;

/** PLACEHOLDER (drop on merge): writes only the name, so that run folders can be tested before the merge. */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static void write(Scenario scenario, Path dir) throws IOException {
        Files.writeString(dir.resolve("scenario.json"), "{\"name\": \"" + scenario.name() + "\"}\n",
                StandardCharsets.UTF_8);
    }
}
