package org.sgls.io;

/** An allowed interval for a number, able to say itself the way error messages need it. */
record Range(double lo, boolean loOpen, double hi, boolean hiOpen) {
    static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    static final Range NON_NEGATIVE = atLeast(0);
    static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, true);
    static final Range FRACTION = new Range(0, false, 1, false);
    static final Range EFFICIENCY = new Range(0, true, 1, false);

    static Range atLeast(double lo) {
        return new Range(lo, false, Double.POSITIVE_INFINITY, true);
    }

    static Range between(double lo, double hi) {
        return new Range(lo, false, hi, false);
    }

    boolean contains(double v) {
        boolean aboveLo = loOpen ? v > lo : v >= lo;
        boolean belowHi = hiOpen ? v < hi : v <= hi;
        return aboveLo && belowHi;
    }

    /** "must be in (0, 1]", "must be >= 0", ... */
    String rule() {
        boolean noLo = lo == Double.NEGATIVE_INFINITY;
        boolean noHi = hi == Double.POSITIVE_INFINITY;
        if (noLo && noHi) {
            return "must be finite";
        }
        if (noHi) {
            return "must be " + (loOpen ? "> " : ">= ") + Num.text(lo);
        }
        if (noLo) {
            return "must be " + (hiOpen ? "< " : "<= ") + Num.text(hi);
        }
        return "must be in " + (loOpen ? "(" : "[") + Num.text(lo) + ", " + Num.text(hi) + (hiOpen ? ")" : "]");
    }
}
