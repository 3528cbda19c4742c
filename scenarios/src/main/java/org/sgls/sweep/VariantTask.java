package org.sgls.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgls.io.RunWriter;
import org.sgls.io.ScenarioReader;
import org.sgls.metrics.Summary;
import org.sgls.model.Scenario;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;
import org.sgls.sim.StepListener;
import org.sgls.sweep.SweepSpec.AnnualCost;

/**
 * One variant's year: read its scenario with the normal reader, simulate, and compute its sweep.csv cells. The
 * same object runs in-process (the local runner) and on a cluster member (serialized as is), so both compute
 * every row by the same code from the same bytes.
 *
 * <p>A task for a member carries the files the scenario names ({@code files}, references rewritten to plain
 * names by {@link Variants}), since a member need not share the submitting machine's disk; they are written
 * once per member JVM into a temporary folder and read from there. A local task reads them beside the base
 * scenario ({@code baseFile}).
 */
public final class VariantTask implements Callable<VariantResult>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Folders holding shipped files, by the digest of their content (one per distinct file set per JVM). */
    private static final Map<String, Path> MATERIALISED = new HashMap<>();

    private final String id;
    private final byte[] json;
    private final String baseFile;
    private final LinkedHashMap<String, byte[]> files;
    private final ArrayList<AnnualCost> costs;
    private final long stepTimeLimitMillis;
    private final String runFolder;

    /**
     * @param baseFile the base scenario's path (local) or file name (shipped)
     * @param files the files the scenario names, by the name it uses, or null to read them beside baseFile
     * @param runFolder where to write the variant's whole run folder, or null to keep only its row
     */
    VariantTask(String id, byte[] json, String baseFile, LinkedHashMap<String, byte[]> files,
            List<AnnualCost> costs, Duration stepTimeLimit, String runFolder) {
        this.id = id;
        this.json = json;
        this.baseFile = baseFile;
        this.files = files;
        this.costs = new ArrayList<>(costs);
        this.stepTimeLimitMillis = stepTimeLimit.toMillis();
        this.runFolder = runFolder;
    }

    @Override
    public VariantResult call() throws IOException {
        Path file = files == null ? Path.of(baseFile) : materialise().resolve(baseFile);
        Scenario scenario = ScenarioReader.read(file, json);
        RunResult run = Simulation.run(scenario,
                new RunOptions(StepListener.NONE).withStepTimeLimit(Duration.ofMillis(stepTimeLimitMillis)));
        Map<String, Object> summary = runFolder == null
                ? Summary.of(scenario.name(), run.components(), run.results(), run.stats(), scenario.targets())
                : new RunWriter().write(run, Path.of(runFolder), RunWriter.Existing.REPLACE);
        double hours = run.results().axis().steps() * run.results().axis().stepHours();
        return new VariantResult(id, Columns.of(summary, run.components(), costs, hours), Columns.timing(summary),
                worker());
    }

    private Path materialise() throws IOException {
        MessageDigest sha = sha256();
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(bytes);
        });
        String key = HexFormat.of().formatHex(sha.digest());
        synchronized (MATERIALISED) {
            Path dir = MATERIALISED.get(key);
            if (dir == null) {
                dir = Files.createTempDirectory("sgls-sweep-");
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Files.write(dir.resolve(f.getKey()), f.getValue());
                }
                Path made = dir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        Sweep.deleteTree(made);
                    } catch (IOException | UncheckedIOException e) {
                        // a temporary folder left behind is harmless
                    }
                }));
                MATERIALISED.put(key, dir);
            }
            return dir;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String worker() {
        return ProcessHandle.current().pid() + "/" + Thread.currentThread().getName();
    }
}
