package org.sgls.sim;

/** Options of one run that are not part of the scenario. */
public record RunOptions(StepListener listener) {
    public static final RunOptions DEFAULT = new RunOptions(StepListener.NONE);
}
