package org.sgls.timeseries.weather;

import java.util.function.DoubleUnaryOperator;

/**
 * Moves one model parameter until the annual full-load hours match a target, by bisection: the output must grow
 * (not necessarily strictly) with the parameter between {@code lo} and {@code hi}.
 */
public final class Calibration {
    /** The calibrated total is within this share of the target (the guarantee is 0.5 %; rounding needs a margin). */
    static final double RELATIVE_TOLERANCE = 1e-3;
    private static final int MAX_ITERATIONS = 100;

    private Calibration() {
    }

    /**
     * Where calibration left the parameter.
     *
     * @param parameter the parameter's name in the scenario format
     * @param value     its calibrated value
     * @param reached   what the target was about, as reached: full-load hours a year, or a load factor
     */
    public record Result(String parameter, double value, double reached) {
    }

    /** Thrown when the target lies outside what the parameter's range can give. */
    public static final class UnreachableTarget extends IllegalArgumentException {
        private final double lowestHours;
        private final double highestHours;

        UnreachableTarget(String message, double lowestHours, double highestHours) {
            super(message);
            this.lowestHours = lowestHours;
            this.highestHours = highestHours;
        }

        public double lowestHours() {
            return lowestHours;
        }

        public double highestHours() {
            return highestHours;
        }
    }

    /**
     * The parameter value in [lo, hi] at which {@code fullLoadHours} meets {@code targetHours}.
     *
     * @param parameter what the parameter is called, for the result and messages
     * @throws UnreachableTarget when the target is below the hours at lo or above those at hi
     */
    public static Result bisect(String parameter, DoubleUnaryOperator fullLoadHours, double lo, double hi,
            double targetHours) {
        double atLo = fullLoadHours.applyAsDouble(lo);
        double atHi = fullLoadHours.applyAsDouble(hi);
        double tolerance = RELATIVE_TOLERANCE * targetHours;
        if (targetHours < atLo - tolerance || targetHours > atHi + tolerance) {
            throw new UnreachableTarget(String.format(java.util.Locale.ROOT,
                    "%.0f h cannot be reached by moving %s: the model gives %.0f to %.0f h a year with the other parameters",
                    targetHours, parameter, atLo, atHi), atLo, atHi);
        }
        double a = lo;
        double b = hi;
        double x = (a + b) / 2;
        double hours = Double.NaN;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            x = (a + b) / 2;
            hours = fullLoadHours.applyAsDouble(x);
            if (StrictMath.abs(hours - targetHours) <= tolerance) {
                break;
            }
            if (hours < targetHours) {
                a = x;
            } else {
                b = x;
            }
        }
        if (StrictMath.abs(hours - targetHours) > tolerance) {
            throw new UnreachableTarget(String.format(java.util.Locale.ROOT,
                    "%.0f h cannot be met by moving %s: the model jumps past it (%.0f h at %s)", targetHours, parameter,
                    hours, x), atLo, atHi);
        }
        return new Result(parameter, x, hours);
    }
}
