package org.sgls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed the hard way ({@code kill -9}, in its own JVM) after some variants finished: the same command
 * run again runs only the others, and the final sweep.csv equals that of a sweep never interrupted.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class KilledSweepTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final int VARIANTS = 8;

    @TempDir
    Path tmp;

    /** The hand-checked tiny system (sweep/tiny.json) repeated for 2,000 hours, so a variant takes a while. */
    private Path sweepFile() throws IOException {
        StringBuilder sun = new StringBuilder();
        StringBuilder demand = new StringBuilder();
        for (int t = 0; t < 2000; t++) {
            sun.append(t == 0 ? "" : ",").append(t % 4 < 2 ? 1 : 0);
            demand.append(t == 0 ? "" : ",").append(1);
        }
        String tiny = new String(getClass().getResourceAsStream("/sweep/tiny.json").readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("\"steps\": 4", "\"steps\": 2000")
                .replace("\"sun\": [1, 1, 0, 0], \"demand\": [1, 1, 1, 1]",
                        "\"sun\": [" + sun + "], \"demand\": [" + demand + "]");
        Files.writeString(tmp.resolve("long.json"), tiny);
        Path file = tmp.resolve("s.json");
        Files.writeString(file, "{\"schema_version\": 1, \"name\": \"s\", \"base\": \"long.json\", \"grid\": [{\"path\": "
                + "\"components[id=battery].pmax_mw\", \"values\": [5, 10, 15, 20, 25, 30, 35, 40]}]}");
        return file;
    }

    @Test
    void theSameCommandResumesAKilledSweep() throws Exception {
        Path file = sweepFile();
        Path out = tmp.resolve("out");
        Path csv = out.resolve("sweep.csv");
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Dsgls.home=" + HOME, "org.sgls.cli.Main", "sweep", file.toString(), "--out", out.toString(),
                "--workers", "1", "--quiet"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rows(csv) < 2 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        p.waitFor(30, TimeUnit.SECONDS);
        int kept = rows(csv);
        assertTrue(kept >= 2 && kept < VARIANTS, "killed after " + kept + " variants: "
                + Files.readString(tmp.resolve("log.txt")));

        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"sweep", file.toString(), "--out", out.toString(), "--workers", "2"},
                new PrintWriter(o), new PrintWriter(e), Engine.DEFAULT, HOME), e.toString());
        Matcher m = Pattern.compile("s: 8 variants \\((\\d+) run now\\)").matcher(o.toString());
        assertTrue(m.find(), o.toString());
        assertEquals(VARIANTS - kept, Integer.parseInt(m.group(1)), "only the unfinished variants ran again");

        assertEquals(0, Main.execute(new String[] {"sweep", file.toString(), "--out", tmp.resolve("whole").toString(),
                "--quiet"}, new PrintWriter(o), new PrintWriter(e), Engine.DEFAULT, HOME));
        assertEquals(Files.readString(tmp.resolve("whole").resolve("sweep.csv")), Files.readString(csv));
    }

    /** Complete rows written so far (lines ending in a line break, less the header). */
    private static int rows(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(csv);
        int lines = 0;
        for (byte x : b) {
            lines += x == '\n' ? 1 : 0;
        }
        return Math.max(0, lines - 1);
    }
}
