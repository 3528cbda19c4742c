package org.sgls.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sgls.sweep.ClusterRunner;
import org.sgls.sweep.LocalRunner;
import org.sgls.sweep.Runner;
import org.sgls.sweep.SearchReport;
import org.sgls.sweep.Sweep;
import org.sgls.sweep.SweepReader;
import org.sgls.sweep.SweepSpec;
import org.sgls.sim.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sgls sweep <sweep> --out <dir>}: run a sweep's variants (or its sizing search) and write its folder. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run every variant of a sweep file (a grid or list over scenario parameters, or a sizing "
                + "search) and write sweep.csv, times.csv, report.html (docs/sweeps.md). Running the same command "
                + "again resumes an interrupted sweep.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<sweep>", description = "a bundled sweep's name (scenarios/sweeps/<name>.json) or a "
            + "sweep JSON file")
    String sweep;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "<dir>",
            description = "the sweep folder; an existing one of the same sweep is resumed")
    Path out;

    @Option(names = "--workers", paramLabel = "<n>", description = "variants run at once in this process "
            + "(default: the number of cores, ${DEFAULT-VALUE}); with --cluster local, the embedded members")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cluster", paramLabel = "<address>", description = "run the variants on a Hazelcast cluster "
            + "of 'sgls member' processes: host:port[,host:port...]; 'local' starts embedded members in this "
            + "process (a test of the distributed path)")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "<name>", description = "the cluster's name (default: "
            + "${DEFAULT-VALUE})")
    String clusterName = MemberCommand.DEFAULT_CLUSTER;

    @Option(names = "--keep-runs", description = "also write each variant's whole run folder under runs/ "
            + "(2-9 MB each for the bundled scenarios); by default only its row in sweep.csv is kept")
    boolean keepRuns;

    @Option(names = "--force", description = "start over: delete the results of an earlier sweep in the folder")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no summary")
    boolean quiet;

    @Option(names = "--step-time-limit", paramLabel = "<seconds>", description = "as for 'sgls run' (default: "
            + "${DEFAULT-VALUE})")
    double stepTimeLimitS = RunOptions.DEFAULT_STEP_TIME_LIMIT.toMillis() / 1000.0;

    @Spec
    CommandSpec spec;

    private final Path home;

    SweepCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (workers < 1 || workers > 1024) {
            throw new UserError("--workers must be in [1, 1024], got " + workers);
        }
        Path file = locate(sweep);
        SweepSpec parsed = SweepReader.read(file, this::base);
        Duration limit = RunCommand.stepTimeLimit(stepTimeLimitS);
        SweepProgress progress = new SweepProgress(err, !quiet, System.console() != null);
        AtomicBoolean complete = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!complete.get()) {
                progress.close();
                err.println("sgls: interrupted; the variants finished so far are in "
                        + out.toAbsolutePath().normalize().resolve(Sweep.CSV) + "; run the same command to resume");
                err.flush();
            }
        }, "sgls-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Runner runner = cluster == null ? new LocalRunner(workers) : ClusterRunner.connect(cluster, clusterName,
                workers)) {
            Sweep.Outcome o = Sweep.run(parsed, runner,
                    new Sweep.Options(out, keepRuns, force, limit, progress));
            complete.set(true);
            progress.close();
            if (!quiet) {
                if (o.search() != null) {
                    outWriter.println(SearchReport.conclusion(parsed, o.search()));
                }
                outWriter.printf(Locale.ROOT, "%s: %d variants (%d run now) by %s%s; %d on the Pareto frontier%n",
                        parsed.name(), o.variants(), o.ran(), runner.describe(), progress.rate(), o.pareto());
                outWriter.printf(Locale.ROOT, "written to %s (sweep.csv, times.csv, report.html)%n", o.folder());
                outWriter.flush();
            }
        } finally {
            complete.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // exiting: the hook reports
            }
        }
        return 0;
    }

    /** A bundled sweep's name, or a file. */
    private Path locate(String argument) {
        if (argument.matches("[A-Za-z0-9_-]+")) {
            Path bundled = home.resolve("scenarios").resolve("sweeps").resolve(argument + ".json");
            if (Files.isRegularFile(bundled)) {
                return bundled;
            }
        }
        try {
            Path path = Path.of(argument);
            if (Files.isRegularFile(path)) {
                return path;
            }
            throw new UserError("no sweep named '" + argument + "' (looked for "
                    + home.resolve("scenarios/sweeps").resolve(argument + ".json") + " and "
                    + path.toAbsolutePath().normalize() + ")");
        } catch (InvalidPathException e) {
            throw new UserError("'" + argument + "' is neither a sweep name nor a valid path");
        }
    }

    /** The base scenario: a bundled scenario's name, or a file or folder relative to the sweep file. */
    private Path base(String text, Path sweepFile) {
        if (text.matches("[A-Za-z0-9_-]+")) {
            Path bundled = ScenarioLocator.bundledDir(home).resolve(text).resolve("scenario.json");
            if (Files.isRegularFile(bundled)) {
                return bundled;
            }
        }
        Path folder = sweepFile.toAbsolutePath().getParent();
        Path path = folder.resolve(text).normalize();
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("scenario.json"))) {
            return path.resolve("scenario.json");
        }
        if (Files.isRegularFile(path)) {
            return path;
        }
        throw new IllegalArgumentException("no scenario '" + text + "' (looked for a bundled scenario and " + path + ")");
    }
}
