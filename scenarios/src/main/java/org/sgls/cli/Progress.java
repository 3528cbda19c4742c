package org.sgls.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sgls.sim.StepListener;

/**
 * A progress bar on stderr, shown only for runs that last: it appears once a run has taken a second and is not
 * done, so short runs and scripts see no bar flicker.
 */
final class Progress implements StepListener, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private volatile ProgressBar bar;

    Progress(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void stepsDone(int done, int total) {
        if (!enabled) {
            return;
        }
        ProgressBar b = bar;
        if (b == null) {
            if (done >= total || System.nanoTime() - startNanos < SHOW_AFTER_NANOS) {
                return;
            }
            b = new ProgressBarBuilder().setTaskName("simulating").setInitialMax(total)
                    .setUpdateIntervalMillis(250).build();
            bar = b;
        }
        b.stepTo(done);
    }

    /** Whether a bar is on screen (so a message should start on a fresh line). */
    boolean shown() {
        return bar != null;
    }

    /** Idempotent: a second close of a progressbar redraws it over whatever was printed since. */
    @Override
    public synchronized void close() {
        ProgressBar b = bar;
        bar = null;
        if (b != null) {
            b.close();
        }
    }
}
