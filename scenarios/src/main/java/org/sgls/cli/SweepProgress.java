package org.sgls.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sgls.sweep.Sweep;
import org.sgls.sweep.VariantResult;

/**
 * A sweep's progress on stderr: on a terminal a bar (done / total, elapsed, ETA) whose message is the last
 * variant and its time; elsewhere (CI, a log file) one line per variant with the same facts.
 */
final class SweepProgress implements Sweep.Listener {
    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private long startNanos = System.nanoTime();
    private int ranNow;
    private ProgressBar bar;

    SweepProgress(PrintWriter err, boolean enabled, boolean terminal) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int total, int done, String where) {
        startNanos = System.nanoTime();
        if (!enabled) {
            return;
        }
        err.printf(Locale.ROOT, "sgls: %d variants, %d done before; running on %s%n", total, done, where);
        err.flush();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total).startsFrom(done, Duration.ZERO)
                    .setUpdateIntervalMillis(500).build();
        }
    }

    @Override
    public synchronized void finished(int done, int total, String description, VariantResult result) {
        ranNow++;
        if (!enabled) {
            return;
        }
        double seconds = result.seconds().getOrDefault("wall_seconds", Double.NaN);
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
            bar.setExtraMessage(String.format(Locale.ROOT, " last: %s, %.1f s", description, seconds));
            return;
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String eta = done < total ? String.format(Locale.ROOT, ", ETA %s", minutes(elapsed / ranNow * (total - done)))
                : "";
        err.printf(Locale.ROOT, "sgls: [%d/%d] %s (%s): %.1f s%s%n", done, total, description, result.id(), seconds,
                eta);
        err.flush();
    }

    /** ", 12.3 variants per minute" over this call's runs, or nothing when none ran. */
    synchronized String rate() {
        double minutes = (System.nanoTime() - startNanos) / 60e9;
        return ranNow == 0 ? "" : String.format(Locale.ROOT, " in %s, %.1f variants per minute",
                minutes(minutes * 60), ranNow / minutes);
    }

    private static String minutes(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
