package org.sgls.dispatch.lookahead;

import java.util.function.DoubleUnaryOperator;
import org.sgls.dispatch.CostToGo;

/**
 * Dynamic programming for one energy store over the window against the hour stacks, the others held fixed:
 * a grid of energy levels, a set of candidate actions per level (MW drawn from the grid, positive = charging
 * or electrolysis), exact dynamics from each level and linear interpolation of the cost-to-go between levels.
 * Subclasses say what an action does to the stored energy and what else it costs.
 */
abstract class StoreDp {
    /** Resolution of a programme: energy levels, and power points per direction. */
    record Grid(int levels, int powerPoints) {
    }

    /** Result of applying an action: next energy and any cost besides the grid's (NaN energy = infeasible). */
    static final class Step {
        double energy;
        double extraCost;
    }

    final String id;
    final String zone;
    final double low;
    final double high;
    final int levels;
    final double spacing;
    /** Cost-to-go at grid levels, [hour 0..H][level]; row H is the terminal value (zero). */
    double[][] value;
    /** Planned MW drawn from the grid per hour, and energy at the end of each hour. */
    double[] drawMw;
    double[] energyEnd;
    /** Costs of the planned trajectory besides the grid's (wear, hydrogen value and shortfall). */
    double ownCost;

    final int powerPoints;

    StoreDp(String id, String zone, double low, double high, Grid grid) {
        this.id = id;
        this.zone = zone;
        this.low = low;
        this.high = high;
        this.powerPoints = Math.max(2, grid.powerPoints());
        this.levels = Math.max(2, grid.levels());
        this.spacing = (high - low) / (this.levels - 1);
    }

    /** A planned programme, kept to be put back ({@link #restore}); its arrays are never written again. */
    record Programme(double[][] value, double[] drawMw, double[] energyEnd, double ownCost) {
    }

    Programme programme() {
        return new Programme(value, drawMw, energyEnd, ownCost);
    }

    void restore(Programme p) {
        value = p.value();
        drawMw = p.drawMw();
        energyEnd = p.energyEnd();
        ownCost = p.ownCost();
    }

    /** Candidate actions (MW drawn from the grid) open from any level: their grid cost is computed once per hour. */
    abstract double[] gridActions();

    /** Further candidate actions from energy {@code e} (e.g. exactly to full). */
    abstract double[] levelActions(double e);

    /** Spinning reserve the store holds while drawing {@code drawMw} (what the dispatch LP credits it). */
    abstract double reserveMw(double drawMw);

    /** Applies {@code drawMw} from energy {@code e} at hour t. */
    abstract void apply(int t, double e, double drawMw, Step out);

    /**
     * Optimises the store's trajectory. {@code gridCost.apply(t, draw)} is the change of hour t's cost when the
     * store draws {@code draw} MW more than in the base (where it draws nothing).
     */
    void optimise(int hours, double initialEnergy, HourCost gridCost) {
        value = new double[hours + 1][levels];
        double[] grid = gridActions();
        double[][] gridDelta = new double[hours][grid.length];
        for (int t = 0; t < hours; t++) {
            for (int k = 0; k < grid.length; k++) {
                gridDelta[t][k] = gridCost.delta(t, grid[k]);
            }
        }
        Step step = new Step();
        for (int t = hours - 1; t >= 0; t--) {
            for (int j = 0; j < levels; j++) {
                value[t][j] = best(t, low + j * spacing, grid, gridDelta[t], gridCost, step, null);
            }
        }
        drawMw = new double[hours];
        energyEnd = new double[hours];
        double e = initialEnergy;
        double[] chosen = new double[1];
        ownCost = 0;
        for (int t = 0; t < hours; t++) {
            best(t, e, grid, gridDelta[t], gridCost, step, chosen);
            drawMw[t] = chosen[0];
            apply(t, e, chosen[0], step);
            ownCost += step.extraCost;
            e = Math.max(low, Math.min(high, step.energy));
            energyEnd[t] = e;
        }
    }

    private double best(int t, double e, double[] grid, double[] gridDelta, HourCost gridCost, Step step,
            double[] chosen) {
        double bestCost = Double.POSITIVE_INFINITY;
        double bestDraw = 0;
        for (int k = 0; k < grid.length; k++) {
            apply(t, e, grid[k], step);
            if (Double.isNaN(step.energy)) {
                continue;
            }
            double c = gridDelta[k] + step.extraCost + interpolate(value[t + 1], step.energy);
            if (c < bestCost - 1e-9 || (Math.abs(c - bestCost) <= 1e-9 && Math.abs(grid[k]) < Math.abs(bestDraw))) {
                bestCost = c;
                bestDraw = grid[k];
            }
        }
        for (double a : levelActions(e)) {
            if (isGridAction(a, grid)) {
                continue; // already judged above (a level action clipped to the power limit, or zero)
            }
            apply(t, e, a, step);
            if (Double.isNaN(step.energy)) {
                continue;
            }
            double c = gridCost.delta(t, a) + step.extraCost + interpolate(value[t + 1], step.energy);
            if (c < bestCost - 1e-9 || (Math.abs(c - bestCost) <= 1e-9 && Math.abs(a) < Math.abs(bestDraw))) {
                bestCost = c;
                bestDraw = a;
            }
        }
        if (chosen != null) {
            chosen[0] = bestDraw;
        }
        return bestCost;
    }

    private static boolean isGridAction(double a, double[] grid) {
        for (double g : grid) {
            if (g == a) {
                return true;
            }
        }
        return false;
    }

    double interpolate(double[] v, double e) {
        double pos = (e - low) / spacing;
        if (pos <= 0) {
            return v[0];
        }
        if (pos >= levels - 1) {
            return v[levels - 1];
        }
        int j = (int) pos;
        double f = pos - j;
        return v[j] * (1 - f) + v[j + 1] * f;
    }

    /**
     * The cost-to-go at the end of hour t as a convex function for the dispatch LP: the lower convex hull of
     * the grid values, as slopes per grid segment.
     */
    CostToGo costToGo(int t) {
        double[] v = value[t + 1];
        int[] hull = new int[levels];
        int h = 0;
        for (int j = 0; j < levels; j++) {
            while (h >= 2 && cross(hull[h - 2], hull[h - 1], j, v) <= 0) {
                h--;
            }
            hull[h++] = j;
        }
        double[] slopes = new double[levels - 1];
        for (int s = 0; s < h - 1; s++) {
            int a = hull[s];
            int b = hull[s + 1];
            double slope = (v[b] - v[a]) / ((b - a) * spacing);
            for (int j = a; j < b; j++) {
                slopes[j] = slope;
            }
        }
        return new CostToGo(low, spacing, slopes);
    }

    /** > 0 when (a, b, c) turn left, i.e. b lies below the chord a-c. */
    private static double cross(int a, int b, int c, double[] v) {
        return (b - a) * (v[c] - v[a]) - (c - a) * (v[b] - v[a]);
    }

    /** Change of one hour's system cost as a function of extra MW drawn. */
    @FunctionalInterface
    interface HourCost {
        double delta(int t, double drawMw);
    }

    static double[] grid(double from, double to, int points, DoubleUnaryOperator clip) {
        double[] a = new double[points];
        for (int i = 0; i < points; i++) {
            a[i] = clip.applyAsDouble(from + (to - from) * i / (points - 1));
        }
        return a;
    }
}
