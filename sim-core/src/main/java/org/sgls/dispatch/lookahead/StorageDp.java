package org.sgls.dispatch.lookahead;

import org.sgls.model.Storage;

/** A battery or pumped-hydro plant in the look-ahead: charge or discharge on a power grid. */
final class StorageDp extends StoreDp {
    private final Storage s;
    private final double dtH;
    private final double decay;

    StorageDp(Storage s, double dtH, Grid grid) {
        super(s.id(), s.zone(), s.socMinMwh(), s.energyMwh(), grid);
        this.s = s;
        this.dtH = dtH;
        this.decay = Math.pow(1 - s.selfDischargePerH(), dtH);
    }

    @Override
    double[] gridActions() {
        double[] a = new double[2 * powerPoints + 1];
        for (int i = 1; i <= powerPoints; i++) {
            // the full power exactly, so a level action clipped to it is recognised as the same action
            a[2 * i - 1] = i == powerPoints ? s.chargeMaxMw() : s.chargeMaxMw() * i / powerPoints;
            a[2 * i] = i == powerPoints ? -s.dischargeMaxMw() : -s.dischargeMaxMw() * i / powerPoints;
        }
        return a;
    }

    /** Exactly to full and exactly to empty, so the bounds are reachable from any level. */
    @Override
    double[] levelActions(double e) {
        double kept = decay * e;
        double toFull = (high - kept) / (s.etaCharge() * dtH);
        double toEmpty = (kept - low) * s.etaDischarge() / dtH;
        return new double[] {Math.min(Math.max(toFull, 0), s.chargeMaxMw()), -Math.min(Math.max(toEmpty, 0), s.dischargeMaxMw())};
    }

    /** Spare discharge power: a charging store can also stop charging (energy left aside). */
    @Override
    double reserveMw(double drawMw) {
        return Math.max(0, s.dischargeMaxMw() + drawMw);
    }

    @Override
    void apply(double e, double drawMw, Step out) {
        double kept = decay * e;
        double next = drawMw >= 0 ? kept + s.etaCharge() * drawMw * dtH : kept + drawMw * dtH / s.etaDischarge();
        double tol = 1e-9 * (1 + high);
        if (next > high + tol || (next < low - tol && drawMw < 0)) {
            out.energy = Double.NaN;
            return;
        }
        out.energy = Math.max(low, Math.min(high, next));
        out.extraCost = drawMw < 0 ? -drawMw * dtH * s.marginalCostPerMwh() : 0;
    }
}
