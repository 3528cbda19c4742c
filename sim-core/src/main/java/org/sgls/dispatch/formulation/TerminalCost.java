package org.sgls.dispatch.formulation;

import org.sgls.dispatch.CostToGo;
import org.sgls.dispatch.lp.LinearModel;

/** Adds a store's convex cost-to-go at the window's end as segment variables tied to its final energy. */
final class TerminalCost {
    private TerminalCost() {
    }

    /**
     * energy(end) = low + sum of segments; each segment in [0, size] costs its slope per unit. Convexity lets
     * the LP fill the segments in order without binaries.
     */
    static void add(LinearModel lp, String id, int energyVar, CostToGo cost) {
        if (cost == null) {
            return;
        }
        int row = lp.addRow(id + "_cost_to_go", cost.lowEnergy(), cost.lowEnergy());
        lp.addTerm(row, energyVar, 1);
        // the convex hull leaves runs of equal slopes: one variable per run keeps the LP small
        double[] slopes = cost.slopes();
        int k = 0;
        while (k < slopes.length) {
            int end = k;
            while (end + 1 < slopes.length && Math.abs(slopes[end + 1] - slopes[k]) <= 1e-9 * (1 + Math.abs(slopes[k]))) {
                end++;
            }
            int seg = lp.addVariable(id + "_ctg_" + k, 0, cost.segmentSize() * (end - k + 1), slopes[k]);
            lp.addTerm(row, seg, -1);
            k = end + 1;
        }
    }
}
