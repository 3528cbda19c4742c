package org.sgls.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgls.io.RunWriter;
import org.sgls.model.Scenario;
import org.sgls.report.ReportWriter;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sgls run <scenario> --out <dir>}: simulate and write one run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a scenario and write its run folder (components.csv, hourly.csv, summary.json, "
                + "scenario.json, report.html).")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<scenario>", description = "a bundled scenario's name, a scenario JSON file, or a "
            + "folder holding scenario.json (write ./name for a folder named like a bundled scenario)")
    String scenario;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "<dir>",
            description = "the run folder to create; it must not exist unless --force")
    Path out;

    @Option(names = "--force", description = "replace the run folder if it exists (only a run folder, never "
            + "another folder)")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar and no summary table")
    boolean quiet;

    @Option(names = "--step-time-limit", paramLabel = "<seconds>", description = "wall time the solver may take on "
            + "one step before the step falls back to a simpler problem (default: ${DEFAULT-VALUE})")
    double stepTimeLimitS = RunOptions.DEFAULT_STEP_TIME_LIMIT.toMillis() / 1000.0;

    @Option(names = "--no-report", description = "do not write report.html (the charts page)")
    boolean noReport;

    @Option(names = "--lang", paramLabel = "<en|zh>", description = "language report.html opens in (it has a "
            + "button for the other); default: ${DEFAULT-VALUE}")
    String lang = "en";

    @Spec
    CommandSpec spec;

    private final Engine engine;
    private final Path home;

    RunCommand(Engine engine, Path home) {
        this.engine = engine;
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Duration stepTimeLimit = stepTimeLimit(stepTimeLimitS);
        ReportWriter.Language language = switch (lang.toLowerCase(Locale.ROOT)) {
            case "en" -> ReportWriter.Language.EN;
            case "zh" -> ReportWriter.Language.ZH;
            default -> throw new UserError("--lang must be en or zh, got '" + lang + "'");
        };
        Path scenarioJson = ScenarioLocator.locate(scenario, home);
        RunWriter.Existing existing = force ? RunWriter.Existing.REPLACE : RunWriter.Existing.REFUSE;
        // before a long simulation, not after it
        RunWriter.checkTarget(out, existing);
        createParent(out.toAbsolutePath().normalize().getParent());

        RunWriter writer = noReport ? new RunWriter().withoutReport() : new RunWriter().withReport(language);
        try (Progress progress = new Progress(!quiet && System.console() != null)) {
            // Ctrl-C: the writer guarantees that no complete-looking folder appears; say so.
            Thread hook = new Thread(() -> {
                if (writer.cancel()) {
                    err.println((progress.shown() ? "\n" : "") + "sgls: interrupted; no output written");
                    err.flush();
                }
            }, "sgls-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                Scenario parsed = engine.read(scenarioJson);
                RunResult result = engine.run(parsed, new RunOptions(progress).withStepTimeLimit(stepTimeLimit));
                progress.close();
                Map<String, Object> summary = writer.write(result, out, existing);
                if (!quiet) {
                    printTable(spec.commandLine().getOut(), parsed, summary, out.toAbsolutePath().normalize());
                }
                warnAboutFallbacks(err, summary, out.toAbsolutePath().normalize());
            } finally {
                removeHook(hook);
            }
        }
        return 0;
    }

    /** {@code --step-time-limit}, checked (sgls run and sgls sweep). */
    static Duration stepTimeLimit(double seconds) {
        if (!(seconds > 0 && seconds <= 86_400)) {
            throw new UserError("--step-time-limit must be in (0, 86400] seconds, got " + seconds);
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** Steps the solver failed on are dispatched by a fallback; the user should know, and where the dump is. */
    static void warnAboutFallbacks(PrintWriter err, Map<String, Object> summary, Path folder) {
        Object n = summary.get("fallback_windows");
        if (n instanceof Number count && count.intValue() > 0) {
            err.println("sgls: warning: the solver failed on " + count + (count.intValue() == 1 ? " step" : " steps")
                    + "; a simpler problem dispatched " + (count.intValue() == 1 ? "it" : "each") + " (fallback_windows "
                    + "in summary.json); the failing inputs are in " + folder.resolve(RunWriter.FAILURES)
                    + " (docs/output.md)");
            err.flush();
        }
    }

    private static void createParent(Path parent) {
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            throw new UserError("cannot create folder " + parent + ": " + e.getFile() + " is a file");
        } catch (AccessDeniedException e) {
            throw new UserError("cannot create folder " + parent + ": permission denied (" + e.getFile() + ")");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName();
            throw new UserError("cannot create folder " + parent + ": " + reason);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting (Ctrl-C); the hook runs and reports
        }
    }

    /** The headline numbers of the run; the full set is in summary.json. */
    static void printTable(PrintWriter out, Scenario scenario, Map<String, Object> s, Path folder) {
        List<String[]> rows = List.of(
                row("curtailment rate", percent(s.get("curtailment_rate"))),
                row("renewable share", percent(s.get("renewable_share"))),
                row("coal", fixed(s.get("coal_gce_per_kwh"), 1) + " gce/kWh"),
                row("CO2", amount(s.get("co2_t")) + " t"),
                row("hydrogen", amount(s.get("hydrogen_t")) + " t"),
                row("load shed", amount(s.get("shed_mwh")) + " MWh in " + s.get("shed_hours") + " steps"),
                row("total cost", amount(s.get("total_cost")) + " " + scenario.currency()),
                row("wall time", fixed(s.get("wall_seconds"), 1) + " s"));
        out.printf(Locale.ROOT, "%s: %s steps of %s h%n", s.get("scenario"), s.get("steps"),
                compact(number(s.get("step_hours"))));
        for (String[] r : rows) {
            out.printf(Locale.ROOT, "  %-18s %s%n", r[0], r[1]);
        }
        out.printf(Locale.ROOT, "written to %s%n", folder);
        out.flush();
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String percent(Object fraction) {
        return fixed(number(fraction) * 100, 2) + " %";
    }

    private static String fixed(Object value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", number(value));
    }

    /** Thousands grouped; a decimal only where the number is small enough for it to matter. */
    private static String amount(Object value) {
        double x = number(value);
        return String.format(Locale.ROOT, Math.abs(x) >= 100 ? "%,.0f" : "%,.1f", x);
    }

    private static String compact(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
