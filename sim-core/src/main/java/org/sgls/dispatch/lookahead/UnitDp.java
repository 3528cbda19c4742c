package org.sgls.dispatch.lookahead;

import org.sgls.model.ThermalUnit;
import org.sgls.sim.SystemState;

/**
 * One unit's best on/off schedule over a window, given the benefit of being on in each hour: dynamic
 * programming over the states "on for k steps" (k up to the minimum up time) and "off for k steps" (up to the
 * minimum down time), with the start-up cost on each start and the unit's state before the window.
 */
final class UnitDp {
    private UnitDp() {
    }

    static boolean[] schedule(ThermalUnit u, SystemState.Unit before, double[] benefit, boolean[] mustRun, double dtH) {
        int hours = benefit.length;
        int up = Math.max(1, (int) Math.ceil(u.minUpH() / dtH - 1e-9));
        int down = Math.max(1, (int) Math.ceil(u.minDownH() / dtH - 1e-9));
        int states = up + down; // 0..up-1: on for 1..up steps (up-1 = at least up); up..: off for 1..down steps
        double[] cost = new double[states];
        double[] next = new double[states];
        int[][] from = new int[hours][states];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        int inState = Math.max(1, (int) Math.floor(before.hoursInState() / dtH + 1e-9));
        // steps the initial state still holds: counted from hours, so a unit that switched just before the
        // window (0 h in state) keeps its whole minimum time, which the state index alone cannot say
        double minHours = before.on() ? u.minUpH() : u.minDownH();
        int locked = before.hoursInState() >= minHours ? 0 : (int) Math.ceil((minHours - before.hoursInState()) / dtH - 1e-9);
        cost[before.on() ? Math.min(inState, up) - 1 : up + Math.min(inState, down) - 1] = 0;
        for (int t = 0; t < hours; t++) {
            java.util.Arrays.fill(next, Double.POSITIVE_INFINITY);
            for (int s = 0; s < states; s++) {
                if (cost[s] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                boolean isOn = s < up;
                int k = isOn ? s + 1 : s - up + 1;
                // stay in the same state
                int stay = isOn ? Math.min(k + 1, up) - 1 : up + Math.min(k + 1, down) - 1;
                relax(next, from[t], stay, s, cost[s] + (isOn ? -benefit[t] : 0));
                // switch, once the minimum time in this state has passed
                if (t < locked) {
                    continue;
                }
                if (isOn && k >= up) {
                    relax(next, from[t], up, s, cost[s]);
                } else if (!isOn && k >= down) {
                    relax(next, from[t], 0, s, cost[s] + u.startupCost() - benefit[t]);
                }
            }
            if (mustRun[t]) {
                boolean anyOn = false;
                for (int s = 0; s < up; s++) {
                    anyOn |= next[s] < Double.POSITIVE_INFINITY;
                }
                if (anyOn) {
                    for (int s = up; s < states; s++) {
                        next[s] = Double.POSITIVE_INFINITY;
                    }
                }
            }
            double[] swap = cost;
            cost = next;
            next = swap;
        }
        int s = 0;
        for (int j = 1; j < states; j++) {
            if (cost[j] < cost[s]) {
                s = j;
            }
        }
        boolean[] on = new boolean[hours];
        for (int t = hours - 1; t >= 0; t--) {
            on[t] = s < up;
            s = from[t][s];
        }
        return on;
    }

    private static void relax(double[] next, int[] from, int to, int via, double value) {
        if (value < next[to]) {
            next[to] = value;
            from[to] = via;
        }
    }
}
