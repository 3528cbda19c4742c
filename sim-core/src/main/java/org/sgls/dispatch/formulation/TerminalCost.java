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
        double[] slopes = cost.slopes();
        for (int k = 0; k < slopes.length; k++) {
            int seg = lp.addVariable(id + "_ctg_" + k, 0, cost.segmentSize(), slopes[k]);
            lp.addTerm(row, seg, -1);
        }
    }
}
