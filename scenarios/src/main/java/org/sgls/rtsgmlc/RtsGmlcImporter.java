package org.sgls.rtsgmlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sgls.io.ScenarioWriter;

/**
 * {@code sgls import rts-gmlc <data> --out <dir>}: reads RTS-GMLC's {@code RTS_Data} folder and writes an SGLS
 * scenario folder ({@code scenario.json} + {@code profiles.csv}) that {@code sgls run} takes, with the data's
 * notice beside it. The folder appears whole or not at all: it is written under a hidden temporary name and
 * renamed when complete.
 */
public final class RtsGmlcImporter {
    /** RTS-GMLC's data-use notice, which must travel with every copy of the data (and of data made from it). */
    static final String NOTICE_FILE = "RTS-GMLC-NOTICE.md";

    private RtsGmlcImporter() {
    }

    /**
     * Imports {@code dataDir} into the new folder {@code outDir} and returns the import's report, one line each.
     *
     * @param days    import only the first {@code days} days (29 February not counted); 0 for the whole year
     * @param replace replace {@code outDir} if it holds a scenario (never another folder)
     * @throws ImportException when the data cannot be read or {@code outDir} may not be written
     */
    public static List<String> run(Path dataDir, Path outDir, int days, boolean replace) {
        if (days < 0) {
            throw new ImportException("--days must be >= 1 (0 or absent: the whole year), got " + days);
        }
        Path data = dataDir.toAbsolutePath().normalize();
        Path target = outDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            throw new ImportException(data + ": no such folder (give RTS-GMLC's RTS_Data folder)");
        }
        checkTarget(target, replace);
        RtsScenario.Imported imported = RtsScenario.build(RtsData.read(data), days == 0 ? Integer.MAX_VALUE : days);
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.getParent());
            delete(tmp);
            ScenarioWriter.write(imported.scenario(), tmp);
            Path notice = notice(data);
            if (notice != null) {
                Files.write(tmp.resolve(NOTICE_FILE), Files.readAllBytes(notice)); // not its read-only mode
            }
            if (Files.exists(target)) {
                delete(target); // checked above: a scenario folder, and replace was asked for
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ImportException("cannot write " + target + ": " + e.getMessage());
        } finally {
            try {
                delete(tmp);
            } catch (IOException e) {
                // best effort: a hidden temporary folder never looks like a scenario
            }
        }
        return imported.report().text();
    }

    private static void checkTarget(Path target, boolean replace) {
        if (!Files.exists(target)) {
            return;
        }
        boolean scenario = Files.isRegularFile(target.resolve(ScenarioWriter.SCENARIO_FILE));
        if (!replace) {
            throw new ImportException(target + ": already exists (use --force to replace it)");
        }
        if (!Files.isDirectory(target) || !(scenario || isEmpty(target))) {
            throw new ImportException(target + ": is not a scenario folder (no " + ScenarioWriter.SCENARIO_FILE
                    + "); refusing to replace it");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The data's notice: a copy beside the data ({@code UPSTREAM_README.md}), or the README of the RTS-GMLC
     * repository that holds {@code RTS_Data}; null if neither is there.
     */
    static Path notice(Path data) throws IOException {
        Path copy = data.resolve("UPSTREAM_README.md");
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        Path repository = data.resolveSibling("README.md");
        if (Files.isRegularFile(repository) && Files.readString(repository).contains("RTS-GMLC")) {
            return repository;
        }
        return null;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
