package org.sgls.sweep;

import java.util.List;

/** Marks the non-dominated points: no other point is at least as good in every objective and better in one. */
final class Pareto {
    private Pareto() {
    }

    /**
     * @param points one array per point, one value per objective, oriented so that smaller is better
     * @return for each point, whether it is on the frontier (equal points are all on it)
     */
    static boolean[] frontier(List<double[]> points) {
        boolean[] on = new boolean[points.size()];
        for (int i = 0; i < on.length; i++) {
            on[i] = true;
            for (int j = 0; j < on.length && on[i]; j++) {
                if (j != i && dominates(points.get(j), points.get(i))) {
                    on[i] = false;
                }
            }
        }
        return on;
    }

    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            better |= a[k] < b[k];
        }
        return better;
    }
}
