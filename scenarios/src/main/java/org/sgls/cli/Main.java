package org.sgls.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.sgls.dispatch.DispatchFailure;
import org.sgls.io.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code sgls} command. Exit status: 0 done, 2 a mistake the user can fix (the message says which; never a
 * stack trace), 1 anything else (one line, and {@code --debug} for the trace), 130 interrupted.
 */
@Command(name = "sgls", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Hourly source-grid-load-storage simulation. Run folders are described in docs/output.md.")
public final class Main implements Runnable {
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;
    static final int INTERRUPTED = 130;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "show the stack trace of an unexpected error")
    boolean debug;

    private CommandLine self;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Path home = Path.of(System.getProperty("sgls.home", ".")).toAbsolutePath().normalize();
        System.exit(execute(args, out, err, Engine.DEFAULT, home));
    }

    /** Runs the command line without exiting the JVM (for tests). */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Engine engine, Path home) {
        Main main = new Main();
        CommandLine cmd = new CommandLine(main);
        main.self = cmd;
        cmd.addSubcommand(new CommandLine(new RunCommand(engine, home)));
        cmd.addSubcommand(new CommandLine(new ImportCommand()));
        cmd.setOut(out).setErr(err);
        cmd.setParameterExceptionHandler((e, arguments) -> {
            err.println("sgls: error: " + e.getMessage());
            err.println("sgls: see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return USER_ERROR;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, err, main.debug));
        try {
            return cmd.execute(args);
        } catch (RuntimeException | Error e) { // what the handler lets through (an Error, say)
            return report(e, err, main.debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Without a command: the usage. */
    @Override
    public void run() {
        self.usage(self.getErr());
        throw new CommandLine.ParameterException(self, "a command is required, e.g. 'sgls run <scenario> --out <dir>'");
    }

    private static int report(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof CancellationException) {
            return INTERRUPTED; // the shutdown hook has said so
        }
        String user = userMessage(e);
        if (user != null) {
            user.lines().filter(line -> !line.isBlank()).forEach(line -> err.println("sgls: error: " + line));
            return USER_ERROR;
        }
        if (e instanceof DispatchFailure) {
            // every fallback failed on one step: not the user's mistake, but not a crash either
            err.println("sgls: error: the dispatch failed at " + e.getMessage());
            err.println("sgls: no output written; please report this with the scenario");
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        }
        err.println("sgls: unexpected error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("sgls: rerun with --debug for the stack trace");
        }
        return INTERNAL_ERROR;
    }

    /** The message of a mistake the user can fix, or null for anything else. */
    private static String userMessage(Throwable e) {
        if (e instanceof UserError || e instanceof ScenarioException) {
            return e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        return null;
    }

    /** The version recorded in the jar's manifest by the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sgls " + (v == null ? "(development build)" : v)};
        }
    }
}
