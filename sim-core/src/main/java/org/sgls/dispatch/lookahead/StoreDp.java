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

    /** Applies {@code drawMw} for an hour from energy {@code e}: the same in every hour of the window. */
    abstract void apply(double e, double drawMw, Step out);

    /**
     * Optimises the store's trajectory. {@code gridCost.delta(t, draw)} is the change of hour t's cost when the
     * store draws {@code draw} MW more than in the base (where it draws nothing).
     *
     * <p>An action's effect from a grid level is the same in every hour ({@link #apply} does not depend on the
     * hour), so the moves from the grid levels are worked out once; each hour then costs its actions' grid deltas:
     * the grid actions', and the level actions' in sweeps over the levels, whose MW move steadily, so that the hour
     * stack finds each one's block next to the last one's.
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
        Moves moves = new Moves(grid);
        double[][] levelDelta = new double[levels][];
        for (int j = 0; j < levels; j++) {
            levelDelta[j] = new double[moves.levelDraw[j].length];
        }
        for (int t = hours - 1; t >= 0; t--) {
            for (int i = 0; i < moves.mostLevelActions; i++) {
                for (int j = levels - 1; j >= 0; j--) { // from full down: the draws to full or empty rise
                    if (i < levelDelta[j].length && !Double.isNaN(moves.levelDraw[j][i])) {
                        levelDelta[j][i] = gridCost.delta(t, moves.levelDraw[j][i]);
                    }
                }
            }
            double[] next = value[t + 1];
            for (int j = 0; j < levels; j++) {
                value[t][j] = moves.best(j, gridDelta[t], levelDelta[j], next);
            }
        }
        drawMw = new double[hours];
        energyEnd = new double[hours];
        Step step = new Step();
        double e = initialEnergy;
        ownCost = 0;
        for (int t = 0; t < hours; t++) {
            drawMw[t] = bestDraw(t, e, grid, gridDelta[t], gridCost, step);
            apply(e, drawMw[t], step);
            ownCost += step.extraCost;
            e = Math.max(low, Math.min(high, step.energy));
            energyEnd[t] = e;
        }
    }

    /**
     * The actions from each grid level and where they lead: the grid actions, then the level actions that are not
     * grid actions (NaN where a level's action is one, or infeasible). A move's end is kept as the interpolation
     * {@link #interpolate} would make of it: the level below and the weight of the one above (-1: that level alone).
     */
    private final class Moves {
        final double[] grid;
        final double[][] levelDraw;
        final int mostLevelActions;
        /** per level: [grid actions..., level actions...] */
        final double[][] extraCost;
        final int[][] below;
        final double[][] weight;

        Moves(double[] grid) {
            this.grid = grid;
            levelDraw = new double[levels][];
            extraCost = new double[levels][];
            below = new int[levels][];
            weight = new double[levels][];
            int most = 0;
            Step step = new Step();
            for (int j = 0; j < levels; j++) {
                double e = low + j * spacing;
                double[] level = levelActions(e);
                most = Math.max(most, level.length);
                levelDraw[j] = level.clone();
                int n = grid.length + level.length;
                extraCost[j] = new double[n];
                below[j] = new int[n];
                weight[j] = new double[n];
                for (int m = 0; m < n; m++) {
                    double a = m < grid.length ? grid[m] : level[m - grid.length];
                    if (m >= grid.length && isGridAction(a, grid)) {
                        levelDraw[j][m - grid.length] = Double.NaN; // judged with the grid actions
                        below[j][m] = -1;
                        continue;
                    }
                    apply(e, a, step);
                    if (Double.isNaN(step.energy)) {
                        if (m >= grid.length) {
                            levelDraw[j][m - grid.length] = Double.NaN;
                        }
                        below[j][m] = -1;
                        continue;
                    }
                    extraCost[j][m] = step.extraCost;
                    double pos = (step.energy - low) / spacing;
                    if (pos <= 0) {
                        weight[j][m] = -1;
                    } else if (pos >= levels - 1) {
                        below[j][m] = levels - 1;
                        weight[j][m] = -1;
                    } else {
                        below[j][m] = (int) pos;
                        weight[j][m] = pos - (int) pos;
                    }
                }
            }
            mostLevelActions = most;
        }

        /** The value at grid level j: its best move's cost, the hour's deltas given, {@code next} the cost-to-go. */
        double best(int j, double[] gridDelta, double[] levelDelta, double[] next) {
            double bestCost = Double.POSITIVE_INFINITY;
            double bestDraw = 0;
            int n = below[j].length;
            for (int m = 0; m < n; m++) {
                int b = below[j][m];
                if (b < 0) {
                    continue;
                }
                double a = m < grid.length ? grid[m] : levelDraw[j][m - grid.length];
                double delta = m < grid.length ? gridDelta[m] : levelDelta[m - grid.length];
                double w = weight[j][m];
                double c = delta + extraCost[j][m] + (w < 0 ? next[b] : next[b] * (1 - w) + next[b + 1] * w);
                if (better(c, a, bestCost, bestDraw)) {
                    bestCost = c;
                    bestDraw = a;
                }
            }
            return bestCost;
        }
    }

    /** The best draw from any energy {@code e} at hour t (the forward pass, off the grid levels). */
    private double bestDraw(int t, double e, double[] grid, double[] gridDelta, HourCost gridCost, Step step) {
        double bestCost = Double.POSITIVE_INFINITY;
        double bestDraw = 0;
        for (int k = 0; k < grid.length; k++) {
            apply(e, grid[k], step);
            if (Double.isNaN(step.energy)) {
                continue;
            }
            double c = gridDelta[k] + step.extraCost + interpolate(value[t + 1], step.energy);
            if (better(c, grid[k], bestCost, bestDraw)) {
                bestCost = c;
                bestDraw = grid[k];
            }
        }
        for (double a : levelActions(e)) {
            if (isGridAction(a, grid)) {
                continue; // already judged above (a level action clipped to the power limit, or zero)
            }
            apply(e, a, step);
            if (Double.isNaN(step.energy)) {
                continue;
            }
            double c = gridCost.delta(t, a) + step.extraCost + interpolate(value[t + 1], step.energy);
            if (better(c, a, bestCost, bestDraw)) {
                bestCost = c;
                bestDraw = a;
            }
        }
        return bestDraw;
    }

    /** Cheaper by more than 1e-9, or as cheap within that and a smaller draw. */
    private static boolean better(double cost, double draw, double bestCost, double bestDraw) {
        return cost < bestCost - 1e-9 || (Math.abs(cost - bestCost) <= 1e-9 && Math.abs(draw) < Math.abs(bestDraw));
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
