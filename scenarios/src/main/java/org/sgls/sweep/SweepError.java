package org.sgls.sweep;

/** A sweep the user can fix (exit status 2): an output folder of another sweep, a column the file names wrongly. */
public final class SweepError extends RuntimeException {
    public SweepError(String message) {
        super(message);
    }
}
