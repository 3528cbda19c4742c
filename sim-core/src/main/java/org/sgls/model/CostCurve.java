package org.sgls.model;

import java.util.List;

/**
 * A convex piecewise-linear cost per hour of output: breakpoints (MW, cost per hour) with MW strictly increasing
 * and slopes non-decreasing, linear in between. Convexity is what lets a dispatch fill the segments in order
 * without on/off decisions per segment (see docs/formulation.md).
 */
public record CostCurve(List<Point> points) {
    /** Slopes may fall by this much relative to their size (rounding in published data) and still count as convex. */
    static final double SLOPE_TOLERANCE = 1e-9;

    /** One breakpoint: cost per hour at {@code mw} of output. */
    public record Point(double mw, double costPerH) {
    }

    public CostCurve {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a cost curve needs at least one point");
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (!Double.isFinite(p.mw()) || !Double.isFinite(p.costPerH())) {
                throw new IllegalArgumentException("cost curve point " + i + " is not finite: " + p);
            }
            if (i > 0 && !(p.mw() > points.get(i - 1).mw())) {
                throw new IllegalArgumentException("cost curve MW must increase strictly: point " + i + " at " + p.mw()
                        + " MW follows " + points.get(i - 1).mw() + " MW");
            }
            if (i > 1 && !convexAt(points, i)) {
                throw new IllegalArgumentException("cost curve must be convex: slope " + slope(points, i)
                        + " per MWh into point " + i + " is below the slope " + slope(points, i - 1) + " before it");
            }
        }
    }

    /** Slope of the segment ending at point {@code i} (i >= 1), per MWh. */
    public static double slope(List<Point> points, int i) {
        Point a = points.get(i - 1);
        Point b = points.get(i);
        return (b.costPerH() - a.costPerH()) / (b.mw() - a.mw());
    }

    /** Whether the segment ending at point {@code i} (i >= 2) is at least as steep as the one before. */
    public static boolean convexAt(List<Point> points, int i) {
        double before = slope(points, i - 1);
        double after = slope(points, i);
        return after >= before - SLOPE_TOLERANCE * Math.max(1, Math.abs(before));
    }

    public double firstMw() {
        return points.get(0).mw();
    }

    public double lastMw() {
        return points.get(points.size() - 1).mw();
    }

    /** Cost per hour at {@code mw}, interpolated; flat beyond the end points (as the run-output contract's checker). */
    public double costPerH(double mw) {
        if (mw <= firstMw()) {
            return points.get(0).costPerH();
        }
        for (int i = 1; i < points.size(); i++) {
            Point b = points.get(i);
            if (mw <= b.mw()) {
                Point a = points.get(i - 1);
                return a.costPerH() + (b.costPerH() - a.costPerH()) * (mw - a.mw()) / (b.mw() - a.mw());
            }
        }
        return points.get(points.size() - 1).costPerH();
    }
}
