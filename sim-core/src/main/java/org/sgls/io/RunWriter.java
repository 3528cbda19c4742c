package org.sgls.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.sgls.dispatch.EconomicDispatch;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Decimals;
import org.sgls.metrics.Results;
import org.sgls.metrics.Summary;
import org.sgls.report.ReportWriter;
import org.sgls.sim.RunResult;
import org.sgls.sim.StepFailure;

/**
 * Writes a run folder ({@code ../shared/docs/run-output.md}): {@code components.csv}, {@code hourly.csv},
 * {@code summary.json} and {@code scenario.json}, {@code report.html} (charts, {@link ReportWriter}; unless
 * {@link #withoutReport()}), and, when the solver failed on some steps, {@code failures/}
 * with what it takes to reproduce each (docs/output.md).
 *
 * <p>Atomic: everything is written into a hidden sibling {@code .<name>.tmp-<pid>} and renamed into place only
 * when complete, so a folder under the requested name is always a whole run, whatever interrupts the writer
 * (an exception, Ctrl-C via {@link #cancel()}, a crash). Replacing an existing folder moves it aside first and
 * deletes it after the new one is in place; only folders that look like run folders (or are empty) are
 * replaced, so a mistyped {@code --out ~ --force} cannot delete a home directory. A temporary sibling left by a
 * run that was killed ({@code SIGKILL}, power loss) is deleted by the next run into the same folder once its
 * process is gone.
 *
 * <p>CSV is written by a small writer here rather than jackson-dataformat-csv: every number goes through
 * {@link Decimals} (fixed decimals, no exponent, no "-0"), ids are {@code [A-Za-z0-9_-]+}, and a streaming
 * loop over {@code double[]} columns into one buffered writer is all 8760 x 100 cells need (~0.2 s), with no
 * row objects and no extra dependency.
 */
public final class RunWriter {
    /** What to do when the output folder already exists. */
    public enum Existing {
        REFUSE, REPLACE
    }

    /** The folder of a run that holds the inputs of the steps the solver failed on. */
    public static final String FAILURES = "failures";

    /** The files whose presence marks a folder as a run folder that {@link Existing#REPLACE} may replace. */
    public static final List<String> RUN_FILES = List.of("components.csv", "hourly.csv", "summary.json",
            "scenario.json");

    /** Pretty, "\n" line ends whatever the platform, numbers without exponent ({@link Decimals#plain}). */
    private static final ObjectWriter JSON = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Double.class, new StdSerializer<>(Double.class) {
                @Override
                public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
                        throws IOException {
                    gen.writeNumber(Decimals.plain(value));
                }
            })).writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Object commitLock = new Object();
    private final Runnable beforeCommit;
    /** The report's language at opening; null: no report. */
    private final ReportWriter.Language report;
    private Path temporary;
    private boolean cancelled;
    private boolean committed;

    public RunWriter() {
        this(() -> {
        });
    }

    /** {@code beforeCommit} runs when every file is written, just before the rename (tests look then). */
    RunWriter(Runnable beforeCommit) {
        this(beforeCommit, ReportWriter.Language.EN);
    }

    private RunWriter(Runnable beforeCommit, ReportWriter.Language report) {
        this.beforeCommit = beforeCommit;
        this.report = report;
    }

    /** A writer like this one whose {@code report.html} opens in {@code language}. */
    public RunWriter withReport(ReportWriter.Language language) {
        return new RunWriter(beforeCommit, java.util.Objects.requireNonNull(language));
    }

    /** A writer like this one that writes no {@code report.html} ({@code --no-report}). */
    public RunWriter withoutReport() {
        return new RunWriter(beforeCommit, null);
    }

    /**
     * Writes the run into {@code dir} and returns the summary it wrote.
     *
     * @throws FileAlreadyExistsException when {@code dir} exists and may not be replaced
     * @throws CancellationException when {@link #cancel()} came first
     */
    public Map<String, Object> write(RunResult run, Path dir, Existing existing) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        checkTarget(target, existing);
        // Computed first: an inconsistent result fails here, before anything touches the disk.
        Map<String, Object> summary = Summary.of(run.scenario().name(), run.components(), run.results(),
                run.stats(), run.scenario().targets());
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = sibling(target, "tmp");
        synchronized (commitLock) {
            if (cancelled) {
                throw new CancellationException("interrupted; no output written");
            }
            temporary = tmp;
        }
        try {
            removeStaleTemporaries(target);
            deleteTree(tmp); // a leftover of a crashed run that had our pid
            Files.createDirectory(tmp);
            writeComponents(run.components(), tmp.resolve("components.csv"));
            writeHourly(run.results(), tmp.resolve("hourly.csv"));
            Files.writeString(tmp.resolve("summary.json"), JSON.writeValueAsString(summary) + "\n",
                    StandardCharsets.UTF_8);
            ScenarioWriter.write(run.scenario(), tmp);
            writeFailures(run.failures(), tmp.resolve(FAILURES));
            if (report != null) {
                // inside the temporary folder: the report is part of the complete folder, renamed in with it
                ReportWriter.write(run, summary, report, tmp.resolve(ReportWriter.FILE));
            }
            beforeCommit.run();
            commit(tmp, target, existing);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
        return summary;
    }

    /**
     * Makes sure no run folder appears (for a Ctrl-C hook; safe from any thread). Returns false when it is too
     * late: the folder is already complete and in place.
     */
    public boolean cancel() {
        Path tmp;
        synchronized (commitLock) {
            if (committed) {
                return false;
            }
            cancelled = true;
            tmp = temporary;
        }
        if (tmp != null) {
            deleteQuietly(tmp); // best effort: the writing thread may still be adding to it
        }
        return true;
    }

    /**
     * Fails early (before a long simulation) when writing to {@code dir} would fail: it exists and
     * {@code existing} is REFUSE, or it is not something REPLACE may replace.
     */
    public static void checkTarget(Path dir, Existing existing) throws FileAlreadyExistsException {
        Path target = dir.toAbsolutePath().normalize();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (existing == Existing.REFUSE) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "output folder already exists (use --force to replace it)");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "exists and is not a folder; refusing to replace it");
        }
        if (!looksLikeRunFolder(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "is a folder with other content than a run (no " + String.join(", ", RUN_FILES)
                            + "); refusing to replace it");
        }
    }

    private static boolean looksLikeRunFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            return all.isEmpty() || all.stream().anyMatch(p -> RUN_FILES.contains(p.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    private void commit(Path tmp, Path target, Existing existing) throws IOException {
        Path old = null;
        synchronized (commitLock) {
            if (cancelled) {
                throw new CancellationException("interrupted; no output written");
            }
            checkTarget(target, existing); // again: it may have appeared while we simulated
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = sibling(target, "old");
                deleteTree(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            committed = true;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static Path sibling(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + "." + what + "-" + ProcessHandle.current().pid());
    }

    /**
     * Deletes the temporary siblings {@code .<name>.tmp-<pid>} of {@code target} whose process no longer runs
     * (a run killed while writing). Those of live processes are left alone, and so are {@code .old-} siblings:
     * one left by a run killed while replacing a folder may be the only copy of the previous run.
     */
    static void removeStaleTemporaries(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".tmp-";
        List<Path> stale;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            stale = siblings.filter(p -> {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix) || !name.substring(prefix.length()).matches("[0-9]{1,18}")) {
                    return false;
                }
                long pid = Long.parseLong(name.substring(prefix.length()));
                return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
            }).toList();
        }
        for (Path p : stale) {
            deleteQuietly(p);
        }
    }

    /**
     * {@code failures/step-<n>/}: for each step the solver failed on, {@code failure.json} (when, which attempts
     * failed and why, which attempt dispatched the step, the state before it) and one {@code <attempt>.lp} per
     * failed attempt with the LP the solver was given.
     */
    static void writeFailures(List<StepFailure> failures, Path dir) throws IOException {
        if (failures.isEmpty()) {
            return;
        }
        Files.createDirectory(dir);
        for (StepFailure f : failures) {
            Path step = Files.createDirectory(dir.resolve("step-" + f.step()));
            List<Map<String, Object>> attempts = new ArrayList<>();
            for (EconomicDispatch.FailedAttempt a : f.failed()) {
                Map<String, Object> attempt = new LinkedHashMap<>();
                attempt.put("attempt", a.attempt().label());
                attempt.put("reason", a.reason());
                if (a.model() != null) {
                    String file = a.attempt().label() + ".lp";
                    Files.writeString(step.resolve(file), a.model(), StandardCharsets.UTF_8);
                    attempt.put("model", file);
                }
                attempts.add(attempt);
            }
            Map<String, Object> units = new LinkedHashMap<>();
            f.before().units().forEach((id, u) -> {
                Map<String, Object> unit = new LinkedHashMap<>();
                unit.put("on", u.on());
                unit.put("hours_in_state", u.hoursInState());
                unit.put("p_mw", u.pMw());
                units.put(id, unit);
            });
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("units", units);
            state.put("energy", f.before().energies());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("step", f.step());
            json.put("time", f.time().toString());
            json.put("attempts", attempts);
            json.put("solved_by", f.solvedBy().label());
            json.put("state_before", state);
            Files.writeString(step.resolve("failure.json"), JSON.writeValueAsString(json) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    static void writeComponents(ComponentTable table, Path file) throws IOException {
        List<String> header = table.header();
        try (Writer out = open(file)) {
            StringBuilder line = new StringBuilder(512);
            for (int i = 0; i < header.size(); i++) {
                line.append(i == 0 ? "" : ",").append(quoted(header.get(i)));
            }
            out.append(line).append('\n');
            for (ComponentTable.Row row : table.rows()) {
                line.setLength(0);
                for (int i = 0; i < header.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(cell(row.get(header.get(i))));
                }
                out.append(line).append('\n');
            }
        }
    }

    /** A parameter cell: exact numbers; an infinite limit is blank (the contract's "blank = unlimited"). */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Double || value instanceof Float) {
            double x = ((Number) value).doubleValue();
            if (Double.isInfinite(x)) {
                return "";
            }
            return Decimals.exact(x);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return quoted(value.toString());
    }

    static void writeHourly(Results results, Path file) throws IOException {
        List<Results.Column> columns = results.columns();
        double[][] values = new double[columns.size()][];
        for (int c = 0; c < values.length; c++) {
            values[c] = columns.get(c).values();
        }
        try (Writer out = open(file)) {
            StringBuilder line = new StringBuilder(16 + 14 * columns.size());
            line.append("time");
            for (Results.Column column : columns) {
                line.append(',').append(quoted(column.header()));
            }
            out.append(line).append('\n');
            for (int t = 0; t < results.axis().steps(); t++) {
                line.setLength(0);
                String time = results.axis().label(t);
                line.append(time);
                for (int c = 0; c < values.length; c++) {
                    line.append(',');
                    double v = values[c][t];
                    if (!Double.isFinite(v)) {
                        throw new IllegalStateException(columns.get(c).header() + " is " + v + " at " + time
                                + "; a run with non-finite values is not written");
                    }
                    Decimals.append6(line, v);
                }
                out.append(line).append('\n');
            }
        }
    }

    /** RFC 4180: quote only when needed (free-text labels such as a technology name). */
    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException | RuntimeException e) {
            // Best effort: a hidden .tmp-/.old- folder may remain; it never looks like a finished run.
        }
    }
}
