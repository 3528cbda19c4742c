package org.sgls.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sgls.io.ScenarioWriter;
import org.sgls.matpower.MatpowerImport;
import org.sgls.model.Kind;
import org.sgls.model.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sgls import <format> ...}: scenarios made from other tools' files. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportCommand.Matpower.class, ImportRtsGmlcCommand.class},
        description = "Make a scenario folder from another tool's case file.")
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a format is required, e.g. 'sgls import matpower case9.m --out case9'");
    }

    /** {@code sgls import matpower <case.m> --out <dir>}. */
    @Command(name = "matpower", mixinStandardHelpOptions = true,
            description = "Make a scenario folder (scenario.json + profiles.csv) from a MATPOWER case file: buses as "
                    + "zones with constant loads, branches as lines limited to RATE_A, in-service generators as "
                    + "must-run units with their gencost costs (docs/matpower.md).")
    static final class Matpower implements Callable<Integer> {
        @Parameters(paramLabel = "<case.m>", description = "a MATPOWER case file (format version 1 or 2)")
        Path caseFile;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "<dir>",
                description = "the scenario folder to create; it must not exist")
        Path out;

        @Option(names = "--steps", paramLabel = "<n>", description = "hours of constant load (default: ${DEFAULT-VALUE})")
        int steps = 1;

        @Option(names = "--copper-plate", description = "one zone and no lines instead of a zone per bus")
        boolean copperPlate;

        @Option(names = "--name", paramLabel = "<name>", description = "the scenario's name (default: the file's, "
                + "e.g. case9)")
        String name;

        @Option(names = "--kind", paramLabel = "<kind>", description = "kind of every generator: coal, gas, oil or "
                + "nuclear (a case file does not say; default: ${DEFAULT-VALUE})")
        String kind = "gas";

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (steps < 1 || steps > 10 * 8784) {
                throw new UserError("--steps must be in [1, 87840], got " + steps);
            }
            Kind k = Kind.fromLabel(kind.toLowerCase(Locale.ROOT));
            if (k == null || !k.committable()) {
                throw new UserError("--kind must be coal, gas, oil or nuclear, got '" + kind + "'");
            }
            Path target = out.toAbsolutePath().normalize();
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString(), null, "already exists; choose a new folder");
            }
            if (name != null && name.isBlank()) {
                throw new UserError("--name must not be blank");
            }
            Scenario scenario = MatpowerImport.read(caseFile, new MatpowerImport.Options(steps, copperPlate, k));
            if (name != null) {
                scenario = new Scenario(name, scenario.description(), scenario.sources(), scenario.currency(),
                        scenario.seed(), scenario.system(), scenario.dispatch(), scenario.targets());
            }
            writeAtomically(scenario, target);
            PrintWriter o = spec.commandLine().getOut();
            o.println("imported " + caseFile + ": " + scenario.description());
            o.println("written to " + target.resolve(ScenarioWriter.SCENARIO_FILE));
            o.flush();
            return 0;
        }

        /** Written beside the target and renamed into place, so no half-written folder is ever seen. */
        private static void writeAtomically(Scenario scenario, Path target) throws IOException {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            Files.createDirectory(tmp);
            try {
                ScenarioWriter.write(scenario, tmp);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                if (Files.exists(tmp)) {
                    try (Stream<Path> walk = Files.walk(tmp)) {
                        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        }
    }
}
