package org.sgls.sim;

/** Told after each committed window, e.g. to drive a progress bar. */
@FunctionalInterface
public interface StepListener {
    StepListener NONE = (done, total) -> {
    };

    void stepsDone(int done, int total);
}
