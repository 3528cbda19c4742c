package org.sgls.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sgls.rtsgmlc.ImportException;
import org.sgls.rtsgmlc.RtsGmlcImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sgls import rts-gmlc <RTS_Data dir> --out <dir>} (docs/rts-gmlc.md). */
@Command(name = "rts-gmlc", mixinStandardHelpOptions = true,
        description = "Import the RTS-GMLC test system (its RTS_Data folder: SourceData/ and the DAY_AHEAD series "
                + "of timeseries_data_files/) as a scenario folder that 'sgls run' takes. See docs/rts-gmlc.md.")
final class ImportRtsGmlcCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<data dir>", description = "RTS-GMLC's RTS_Data folder")
    Path data;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "<dir>",
            description = "the scenario folder to create; it must not exist unless --force")
    Path out;

    @Option(names = "--days", paramLabel = "<n>", description = "import only the first n days of the year (29 "
            + "February not counted): a shorter run for tests and CI; default: the whole year")
    int days;

    @Option(names = "--force", description = "replace the folder if it holds a scenario (never another folder)")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "do not print what the import did")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> report;
        try {
            report = RtsGmlcImporter.run(data, out, days, force);
        } catch (ImportException e) {
            throw new UserError(e.getMessage());
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            report.forEach(line -> o.println("  " + line));
            o.println("written to " + out.toAbsolutePath().normalize());
            o.flush();
        }
        return 0;
    }
}
