package org.sgls.sim;

import org.sgls.model.Kind;
import org.sgls.model.ThermalUnit;

/**
 * Coal units for hand-checked tests where {@link TestSystems#coal} is not enough: a unit that must stay on
 * (started an hour ago with a long minimum up time) and units with ramp limits. Fuel price 1 per tce, so the
 * marginal cost is {@code mcPerMwh} and the no-load cost {@code noloadPerH}, as in {@link TestSystems#coal}.
 */
final class HandUnits {
    /** Longer than any test horizon. */
    static final int LONG_H = 1000;

    private HandUnits() {
    }

    static ThermalUnit unit(String id, String zone, double pmaxMw, double minFrac, double mcPerMwh, double noloadPerH,
            double startup, double rampMwPerH, int minUpH, int minDownH, boolean on, int hoursInState,
            double pInitialMw) {
        return new ThermalUnit(id, zone, Kind.COAL, pmaxMw, minFrac, null, rampMwPerH, rampMwPerH, minUpH, minDownH,
                startup, 1.0, noloadPerH, mcPerMwh, 0, 2.66, on, hoursInState, pInitialMw);
    }

    /**
     * On since one hour before the first step with a minimum up time longer than the run: committed at every
     * step whatever the look-ahead thinks, output {@code pInitialMw} before the first step.
     */
    static ThermalUnit mustStayOn(String id, String zone, double pmaxMw, double minFrac, double mcPerMwh,
            double rampMwPerH, double pInitialMw) {
        return unit(id, zone, pmaxMw, minFrac, mcPerMwh, 0, 0, rampMwPerH, LONG_H, 1, true, 1, pInitialMw);
    }
}
