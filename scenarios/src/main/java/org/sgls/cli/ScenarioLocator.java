package org.sgls.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the {@code sgls run} argument into a {@code scenario.json}: a bundled scenario's name
 * ({@code <sgls.home>/scenarios/bundled/<name>/scenario.json}), a JSON file, or a folder holding
 * {@code scenario.json}. A bundled name wins over a same-named folder in the current directory (a previous
 * run's output folder holds a scenario.json too); write {@code ./name} for the folder.
 */
final class ScenarioLocator {
    private static final String NAME = "[A-Za-z0-9_-]+";

    private ScenarioLocator() {
    }

    static Path bundledDir(Path home) {
        return home.resolve("scenarios").resolve("bundled");
    }

    static Path locate(String argument, Path home) {
        if (argument.matches(NAME)) {
            Path bundled = bundledDir(home).resolve(argument).resolve("scenario.json");
            if (Files.isRegularFile(bundled)) {
                return bundled;
            }
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UserError("'" + argument + "' is neither a scenario name nor a valid path");
        }
        if (Files.isDirectory(path)) {
            Path json = path.resolve("scenario.json");
            if (!Files.isRegularFile(json)) {
                throw new UserError("folder " + path.toAbsolutePath().normalize() + " holds no scenario.json");
            }
            return json;
        }
        if (Files.isRegularFile(path)) {
            return path;
        }
        if (argument.matches(NAME)) {
            List<String> names = bundledNames(home);
            throw new UserError("no scenario named '" + argument + "' (looked for "
                    + bundledDir(home).resolve(argument).resolve("scenario.json") + " and ./" + argument + ")\n"
                    + (names.isEmpty() ? "no bundled scenarios found under " + bundledDir(home)
                            : "bundled scenarios: " + String.join(", ", names)));
        }
        throw new UserError("no such file or folder: " + path.toAbsolutePath().normalize());
    }

    static List<String> bundledNames(Path home) {
        try (Stream<Path> dirs = Files.list(bundledDir(home))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("scenario.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
