package org.sgls.timeseries;

import java.util.Arrays;

/** An immutable series of one value per step. */
public final class Profile {
    private final String name;
    private final double[] values;

    private Profile(String name, double[] values) {
        this.name = name;
        this.values = values;
    }

    public static Profile of(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + ": value " + values[i] + " at step " + i + " is not finite");
            }
        }
        return new Profile(name, values.clone());
    }

    public static Profile constant(String name, double value, int steps) {
        double[] v = new double[steps];
        Arrays.fill(v, value);
        return of(name, v);
    }

    public String name() {
        return name;
    }

    public double at(int step) {
        return values[step];
    }

    public int length() {
        return values.length;
    }

    public Profile scaled(double factor) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] * factor;
        }
        return new Profile(name, v);
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
