package org.sgls.dispatch;

/**
 * A convex piecewise-linear cost of the energy a store holds at the end of a step, from the look-ahead:
 * cost(e) = sum of {@code slopes[k]} x (the part of e - lowEnergy that falls in segment k), segments of
 * {@code segmentSize} each. Slopes ascend (convex), usually negative: more stored energy saves cost later.
 * The per-step dispatch adds it as a terminal cost so it weighs this hour against the rest of the window.
 */
public record CostToGo(double lowEnergy, double segmentSize, double[] slopes) {
    public CostToGo {
        for (int k = 1; k < slopes.length; k++) {
            if (slopes[k] < slopes[k - 1] - 1e-9) {
                throw new IllegalArgumentException("cost-to-go slopes must ascend");
            }
        }
    }

    public double highEnergy() {
        return lowEnergy + segmentSize * slopes.length;
    }

    /** The slope of the segment holding {@code energy} (the first or last segment beyond the ends). */
    public double slopeAt(double energy) {
        int k = (int) Math.floor((energy - lowEnergy) / segmentSize);
        return slopes[Math.max(0, Math.min(slopes.length - 1, k))];
    }
}
