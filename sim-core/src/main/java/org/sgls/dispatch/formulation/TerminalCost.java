package org.sgls.dispatch.formulation;

import org.sgls.dispatch.CostToGo;
import org.sgls.dispatch.lp.LinearModel;

/** Adds a store's convex cost-to-go at the window's end as segment variables tied to its final energy. */
final class TerminalCost {
    private TerminalCost() {
    }

    /**
     * energy(end) = low + sum of segments; each segment in [0, size] costs its slope per unit. Convexity lets
     * the LP fill the segments in order without binaries. Only segments that meet [reachLow, reachHigh], the
     * energies the store can reach by the window's end, become variables: those below are full and those above
     * empty in every feasible answer (a one-hour step of a 2 h battery reaches half its grid, of a tank a few
     * segments), so the LP is smaller and its optimum the same up to the constant cost of the full segments.
     *
     * <p>The cost-to-go's slope at {@code startEnergy}, the store's energy before the window, is the LP's likely
     * marginal value of stored energy: it becomes the price hint ({@link LinearModel#priceHint}) of the row made
     * here and of {@code energyRow}, the store's energy balance in the last step (where {@code energyVar} has
     * coefficient 1), so that the solver starts the segments below it full, those above it empty, and values a
     * MWh stored at that slope.
     */
    static void add(LinearModel lp, String id, int energyVar, int energyRow, CostToGo cost, double reachLow,
            double reachHigh, double startEnergy) {
        if (cost == null) {
            return;
        }
        double[] slopes = cost.slopes();
        double size = cost.segmentSize();
        // a margin, so that rounding in the reach never makes a segment look full that the LP may leave short
        double margin = 1e-7 * (1 + size * slopes.length);
        double full = 0;
        int first = 0;
        while (first < slopes.length && cost.lowEnergy() + (first + 1) * size <= reachLow - margin) {
            full += size;
            first++;
        }
        int row = lp.addRow(id + "_cost_to_go", cost.lowEnergy() + full, cost.lowEnergy() + full);
        lp.addTerm(row, energyVar, 1);
        // a segment basic at the optimum costs slope - price x (-1) = 0; the energy then 0 - (-slope) - price' = 0
        double slope = cost.slopeAt(startEnergy);
        lp.priceHint(row, -slope);
        lp.priceHint(energyRow, slope);
        // the convex hull leaves runs of equal slopes: one variable per run keeps the LP small
        int k = first;
        while (k < slopes.length && cost.lowEnergy() + k * size < reachHigh + margin) {
            int end = k;
            while (end + 1 < slopes.length && Math.abs(slopes[end + 1] - slopes[k]) <= 1e-9 * (1 + Math.abs(slopes[k]))) {
                end++;
            }
            int seg = lp.addVariable(id, "ctg", k, 0, size * (end - k + 1), slopes[k]);
            lp.addTerm(row, seg, -1);
            k = end + 1;
        }
    }
}
