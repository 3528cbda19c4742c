package org.sgls.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sgls import <format> ...}: turns published test-system data into an SGLS scenario folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Write an SGLS scenario (scenario.json + profiles.csv) from published power-system data.",
        subcommands = {ImportRtsGmlcCommand.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a format: the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a format is required, e.g. 'sgls import rts-gmlc <data dir> --out <dir>'");
    }
}
