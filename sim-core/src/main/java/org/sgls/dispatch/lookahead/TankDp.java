package org.sgls.dispatch.lookahead;

import org.sgls.model.Electrolyzer;
import org.sgls.model.HydrogenTank;

/**
 * An electrolyzer feeding a hydrogen tank with a steady downstream demand: the state is the tank level (kg),
 * the action the electrolyzer's consumption (off, or between its minimum load and rating).
 */
final class TankDp extends StoreDp {
    private final Electrolyzer ely;
    private final HydrogenTank tank;
    private final double dtH;

    TankDp(Electrolyzer ely, double dtH, Grid grid) {
        super(ely.id(), ely.zone(), 0, ely.tank().capacityKg(), grid);
        this.ely = ely;
        this.tank = ely.tank();
        this.dtH = dtH;
    }

    @Override
    double[] gridActions() {
        double[] a = new double[powerPoints + 1];
        for (int i = 0; i < powerPoints; i++) {
            a[i + 1] = i == powerPoints - 1 ? ely.pmaxMw() : ely.pminMw() + (ely.pmaxMw() - ely.pminMw()) * i / (powerPoints - 1);
        }
        return a;
    }

    /** Exactly enough to fill the tank, when that is a valid load. */
    @Override
    double[] levelActions(double e) {
        double fillMw = (high - e + tank.demandKgPerH() * dtH) * ely.kwhPerKg() / (1000.0 * dtH);
        return fillMw >= ely.pminMw() && fillMw <= ely.pmaxMw() ? new double[] {fillMw} : new double[0];
    }

    /** An electrolyzer's whole consumption can be interrupted at once. */
    @Override
    double reserveMw(double drawMw) {
        return Math.max(0, drawMw);
    }

    @Override
    void apply(double e, double drawMw, Step out) {
        double made = ely.kgFromMwh(drawMw * dtH);
        double next = e + made - tank.demandKgPerH() * dtH;
        if (next > high + 1e-6) {
            out.energy = Double.NaN;
            return;
        }
        double unserved = Math.max(0, -next);
        out.energy = Math.max(0, Math.min(high, next));
        out.extraCost = unserved * tank.unservedCostPerKg() - made * ely.h2ValuePerKg();
    }
}
