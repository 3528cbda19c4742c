package org.sgls.timeseries.weather;

import java.util.Locale;
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

    /**
     * Thrown when the target lies outside what the parameter's range can give. The message is {@link #what()},
     * ": " and {@link #why()}.
     */
    public static final class UnreachableTarget extends IllegalArgumentException {
        private final String what;
        private final String why;
        private final double lowestHours;
        private final double highestHours;

        UnreachableTarget(String what, String why, double lowestHours, double highestHours) {
            super(what + ": " + why);
            this.what = what;
            this.why = why;
            this.lowestHours = lowestHours;
            this.highestHours = highestHours;
        }

        /** What cannot be reached ("4000 h cannot be reached"). */
        public String what() {
            return what;
        }

        /** Why, and what can. */
        public String why() {
            return why;
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
            throw new UnreachableTarget(String.format(Locale.ROOT, "%.0f h cannot be reached", targetHours),
                    String.format(Locale.ROOT, "moving %s gives %.0f to %.0f h a year with the other parameters",
                            parameter, atLo, atHi), atLo, atHi);
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
            throw new UnreachableTarget(String.format(Locale.ROOT, "%.0f h cannot be met", targetHours),
                    String.format(Locale.ROOT, "moving %s jumps past it (%.0f h at %s)", parameter, hours, x), atLo,
                    atHi);
        }
        return new Result(parameter, x, hours);
    }
}
