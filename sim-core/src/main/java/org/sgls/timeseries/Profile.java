package org.sgls.timeseries;

import java.util.Arrays;

/**
 * An immutable series of one value per step, with its name and, optionally, where its values came from (its
 * origin: a generator's or importer's resolved spec, as JSON text, which a written scenario keeps).
 */
public final class Profile {
    private final String name;
    private final double[] values;
    private final String origin;

    private Profile(String name, double[] values, String origin) {
        this.name = name;
        this.values = values;
        this.origin = origin;
    }

    public static Profile of(String name, double[] values) {
        return of(name, values, null);
    }

    /** @param origin how the values were made, as a JSON object's text; null when not known */
    public static Profile of(String name, double[] values, String origin) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + ": value " + values[i] + " at step " + i + " is not finite");
            }
        }
        return new Profile(name, values.clone(), origin);
    }

    public static Profile constant(String name, double value, int steps) {
        double[] v = new double[steps];
        Arrays.fill(v, value);
        return of(name, v);
    }

    public String name() {
        return name;
    }

    /** How the values were made, as a JSON object's text, or null. */
    public String origin() {
        return origin;
    }

    public double at(int step) {
        return values[step];
    }

    public int length() {
        return values.length;
    }

    /** The values times {@code factor}; the origin no longer describes them unless the factor is 1. */
    public Profile scaled(double factor) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] * factor;
        }
        return new Profile(name, v, factor == 1 ? origin : null);
    }

    public double sum() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    public double max() {
        return Arrays.stream(values).max().orElse(0);
    }

    public void requireNonNegative(String what) {
        requireWithin(what, 0.0, Double.POSITIVE_INFINITY);
    }

    public void requireWithin(String what, double lo, double hi) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < lo || values[i] > hi) {
                throw new IllegalArgumentException(what + " value " + values[i] + " at step " + i + " is outside [" + lo + ", " + hi + "]");
            }
        }
    }
}
