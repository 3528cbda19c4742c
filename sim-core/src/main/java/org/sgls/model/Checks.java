package org.sgls.model;

/** Guards for compact constructors: an invalid model object cannot exist. */
public final class Checks {
    private Checks() {
    }

    public static void id(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("id '" + id + "' must match [A-Za-z0-9_-]+");
        }
    }

    public static void nonNegative(String id, String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(id + ": " + field + " must be a finite number >= 0, got " + value);
        }
    }

    public static void positive(String id, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(id + ": " + field + " must be a finite number > 0, got " + value);
        }
    }

    /** Rates where +infinity means "no limit". */
    public static void positiveOrUnlimited(String id, String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(id + ": " + field + " must be > 0 (or unlimited), got " + value);
        }
    }

    public static void fraction(String id, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(id + ": " + field + " must be in [0, 1], got " + value);
        }
    }

    /** Efficiencies: in (0, 1]. */
    public static void efficiency(String id, String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(id + ": " + field + " must be in (0, 1], got " + value);
        }
    }

    public static void finite(String id, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(id + ": " + field + " must be finite, got " + value);
        }
    }

    public static void atMost(String id, String field, double value, String limitName, double limit) {
        if (value > limit) {
            throw new IllegalArgumentException(id + ": " + field + " (" + value + ") must not exceed " + limitName
                    + " (" + limit + ")");
        }
    }
}
