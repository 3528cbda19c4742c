package org.sgls.rtsgmlc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A unit's fuel input as a convex piecewise-linear function of its output, from gen.csv's heat-rate data:
 * at PMin the fuel is {@code HR_avg_0} x PMin, and each segment k adds {@code HR_incr_k} x its width (the
 * input-output curve every upstream converter builds). A curve whose incremental heat rates fall somewhere is not
 * convex; it is replaced by the maximum of its segment lines, which is what MATPOWER's piecewise-linear cost
 * (a cost variable above every segment line) makes of it, so that an import and a MATPOWER case of the same data
 * agree.
 *
 * @param mw          breakpoints, strictly increasing, from PMin to PMax
 * @param mmbtuPerH   fuel input at each breakpoint
 * @param convexified whether the data's curve was not convex and was replaced
 */
record HeatRateCurve(double[] mw, double[] mmbtuPerH, boolean convexified) {
    /** Breakpoints closer than this are one (the data's fractions have 9 digits). */
    private static final double SAME_MW = 1e-6;

    HeatRateCurve {
        mw = mw.clone();
        mmbtuPerH = mmbtuPerH.clone();
    }

    /** The curve of a thermal generator: breakpoints PMin, fraction 1 x PMax, fraction 2 x PMax, PMax. */
    static HeatRateCurve of(RtsData.Generator g) {
        double[] x = {g.pminMw(), g.outputFraction()[1] * g.pmaxMw(), g.outputFraction()[2] * g.pmaxMw(), g.pmaxMw()};
        double[] slope = g.hrIncrBtuPerKwh().clone();
        for (int k = 0; k < 3; k++) {
            slope[k] /= 1000; // BTU/kWh = MMBtu per 1000 MWh
        }
        return fromSegments(x, g.hrAvg0BtuPerKwh() * g.pminMw() / 1000, slope);
    }

    /**
     * The convex curve through {@code x[0]} at {@code f0} with the given slopes between consecutive breakpoints;
     * the maximum of the segment lines when the slopes are not non-decreasing.
     */
    static HeatRateCurve fromSegments(double[] x, double f0, double[] slope) {
        for (int k = 1; k < x.length; k++) {
            if (x[k] < x[k - 1] - SAME_MW) {
                throw new IllegalArgumentException("breakpoints must not decrease: " + Arrays.toString(x));
            }
        }
        // the segment lines y = f[k] + slope[k] (x - x[k]), through the data's own points
        List<double[]> lines = new ArrayList<>(); // {x at anchor, y at anchor, slope}
        double f = f0;
        boolean convex = true;
        double lastSlope = Double.NEGATIVE_INFINITY;
        for (int k = 0; k + 1 < x.length; k++) {
            double width = x[k + 1] - x[k];
            if (width <= SAME_MW) {
                continue; // a segment of no width has no line
            }
            lines.add(new double[] {x[k], f, slope[k]});
            convex &= slope[k] >= lastSlope;
            lastSlope = slope[k];
            f += slope[k] * width;
        }
        double lo = x[0];
        double hi = x[x.length - 1];
        if (lines.isEmpty()) {
            return new HeatRateCurve(new double[] {lo}, new double[] {f0}, false);
        }
        if (convex) {
            double[] px = points(lines, x);
            return dropCollinear(px, values(lines, px), false);
        }
        // the maximum of lines is convex; its kinks lie where two lines cross
        TreeSet<Double> kinks = new TreeSet<>(List.of(lo, hi));
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                double[] a = lines.get(i);
                double[] b = lines.get(j);
                if (a[2] != b[2]) {
                    double cross = (b[1] - b[2] * b[0] - a[1] + a[2] * a[0]) / (a[2] - b[2]);
                    if (cross > lo + SAME_MW && cross < hi - SAME_MW) {
                        kinks.add(cross);
                    }
                }
            }
        }
        double[] px = kinks.stream().mapToDouble(Double::doubleValue).toArray();
        double[] py = values(lines, px);
        return dropCollinear(px, py, true);
    }

    /** The distinct breakpoints of the data (segments of no width merged). */
    private static double[] points(List<double[]> lines, double[] x) {
        double[] p = new double[lines.size() + 1];
        for (int k = 0; k < lines.size(); k++) {
            p[k] = lines.get(k)[0];
        }
        p[lines.size()] = x[x.length - 1];
        return p;
    }

    private static double[] values(List<double[]> lines, double[] px) {
        double[] y = new double[px.length];
        for (int i = 0; i < px.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (double[] l : lines) {
                best = Math.max(best, l[1] + l[2] * (px[i] - l[0]));
            }
            y[i] = best;
        }
        return y;
    }

    /** The curve without breakpoints where nothing bends (the nuclear unit's flat segments, say). */
    private static HeatRateCurve dropCollinear(double[] px, double[] py, boolean convexified) {
        List<Integer> keep = new ArrayList<>(List.of(0));
        for (int i = 1; i + 1 < px.length; i++) {
            int a = keep.get(keep.size() - 1);
            double s1 = (py[i] - py[a]) / (px[i] - px[a]);
            double s2 = (py[i + 1] - py[i]) / (px[i + 1] - px[i]);
            if (Math.abs(s2 - s1) > 1e-12 * Math.max(1, Math.abs(s1))) {
                keep.add(i);
            }
        }
        keep.add(px.length - 1);
        return new HeatRateCurve(keep.stream().mapToDouble(i -> px[i]).toArray(),
                keep.stream().mapToDouble(i -> py[i]).toArray(), convexified);
    }

    /** Fuel input at {@code p} in [PMin, PMax], MMBtu/h (linear between breakpoints). */
    double fuelAt(double p) {
        if (mw.length == 1) {
            return mmbtuPerH[0];
        }
        int k = 1;
        while (k < mw.length - 1 && p > mw[k]) {
            k++;
        }
        return mmbtuPerH[k - 1] + (mmbtuPerH[k] - mmbtuPerH[k - 1]) * (p - mw[k - 1]) / (mw[k] - mw[k - 1]);
    }

    /**
     * The straight line through the curve's ends, as {no-load MMBtu/h, MMBtu/MWh}: exact at PMin and PMax, where
     * units spend most hours, and above the convex curve between them. The no-load part is kept >= 0 (the slope
     * then follows from PMax alone).
     */
    double[] chord() {
        int last = mw.length - 1;
        if (last == 0) {
            return new double[] {mmbtuPerH[0], 0};
        }
        double slope = (mmbtuPerH[last] - mmbtuPerH[0]) / (mw[last] - mw[0]);
        double noload = mmbtuPerH[0] - slope * mw[0];
        if (noload < 0) {
            return new double[] {0, mmbtuPerH[last] / mw[last]};
        }
        return new double[] {noload, slope};
    }
}
