package org.sgls.dispatch;

import java.util.HashMap;
import java.util.Map;

/**
 * What the look-ahead decided for the steps {@code first .. first + steps - 1}: the commitment of each
 * committable unit, for each store the cost-to-go of the energy it holds at the end of each step, and for each
 * zone the marginal price of energy it expects (a starting point for the hourly LP's solver, not a decision).
 */
public final class Plan {
    private final int first;
    private final int steps;
    private final Map<String, boolean[]> on = new HashMap<>();
    private final Map<String, CostToGo[]> costToGo = new HashMap<>();
    private final Map<String, double[]> pricePerMwh = new HashMap<>();

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

    public void setPrice(String zoneId, double[] perStepPerMwh) {
        pricePerMwh.put(zoneId, perStepPerMwh);
    }

    /**
     * The zone's expected marginal price of energy at absolute step {@code step} (per MWh), or NaN if the
     * look-ahead has none for it.
     */
    public double pricePerMwh(String zoneId, int step) {
        double[] p = pricePerMwh.get(zoneId);
        return p == null ? Double.NaN : p[step - first];
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
