package org.sgls.sweep;

import org.sgls.metrics.Decimals;

/** How a sweep writes numbers: whole ones without a decimal point (600, not 600.0), others exactly. */
final class Numbers {
    private Numbers() {
    }

    static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Decimals.exact(value);
    }
}
