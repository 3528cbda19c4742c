package org.sgls.io;

/** One way to print numbers in files and messages: whole numbers without ".0", others exactly. */
final class Num {
    private static final double LARGEST_EXACT_LONG = 1e15;

    private Num() {
    }

    static boolean whole(double v) {
        return v == Math.rint(v) && Math.abs(v) < LARGEST_EXACT_LONG;
    }

    /** Shortest text that parses back to the same double (Double.toString guarantees the round trip). */
    static String text(double v) {
        return whole(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
