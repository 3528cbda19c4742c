package org.sgls.dispatch;

import java.util.HashMap;
import java.util.Map;

/**
 * What the look-ahead decided for the steps {@code first .. first + steps - 1}: the commitment of each
 * committable unit, and for each store the cost-to-go of the energy it holds at the end of each step.
 */
public final class Plan {
    private final int first;
    private final int steps;
    private final Map<String, boolean[]> on = new HashMap<>();
    private final Map<String, CostToGo[]> costToGo = new HashMap<>();

    public Plan(int first, int steps) {
        this.first = first;
        this.steps = steps;
    }

    public int first() {
        return first;
    }

    public int steps() {
        return steps;
    }

    public void setOn(String unitId, boolean[] schedule) {
        on.put(unitId, schedule);
    }

    public void setCostToGo(String storeId, CostToGo[] perStep) {
        costToGo.put(storeId, perStep);
    }

    /** Committed at absolute step {@code step}? */
    public boolean on(String unitId, int step) {
        boolean[] s = on.get(unitId);
        if (s == null) {
            throw new IllegalArgumentException("no commitment planned for " + unitId);
        }
        return s[step - first];
    }

    /** The cost-to-go of the store's energy at the end of absolute step {@code step}, or null. */
    public CostToGo costToGo(String storeId, int step) {
        CostToGo[] c = costToGo.get(storeId);
        return c == null ? null : c[step - first];
    }

    public boolean covers(int step) {
        return step >= first && step < first + steps;
    }
}
