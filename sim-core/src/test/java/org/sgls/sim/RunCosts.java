package org.sgls.sim;

import org.sgls.metrics.Results;
import org.sgls.metrics.Summary;
import org.sgls.model.Component;
import org.sgls.model.DispatchableSource;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Exchange;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;

/**
 * Costs for hand-checked tests: one step's incurred cost by the formula of the run-output contract
 * ({@code run-output.md}, "total_cost") recomputed from the result columns, and the run's {@code total_cost} as
 * {@link Summary} reports it.
 */
final class RunCosts {
    private RunCosts() {
    }

    /**
     * Cost of step t without start-ups: energy at marginal cost (or on a unit's cost curve), no-load, storage
     * wear, imports less exports, shedding at the load's shed cost, less the hydrogen's value (plus unserved
     * hydrogen with a tank).
     */
    static double step(RunResult run, int t) {
        PowerSystem sys = run.scenario().system();
        Results r = run.results();
        double dtH = sys.axis().stepHours();
        double cost = 0;
        for (Component c : sys.components()) {
            double p = r.find(c.id(), "p_mw")[t];
            if (c instanceof ThermalUnit u) {
                double on = r.find(u.id(), "on")[t];
                cost += (u.noloadCostPerH() + u.outputCostPerH(Math.max(p, 0))) * on * dtH;
            } else if (c instanceof VariableSource v) {
                cost += v.marginalCostPerMwh() * p * dtH;
            } else if (c instanceof DispatchableSource d) {
                cost += d.marginalCostPerMwh() * p * dtH;
            } else if (c instanceof Storage s) {
                cost += s.marginalCostPerMwh() * r.find(s.id(), "discharge_mw")[t] * dtH;
            } else if (c instanceof Exchange x) {
                // an import (p > 0) costs its price, an export (p < 0) earns it
                cost += x.pricePerMwh() * p * dtH;
            } else if (c instanceof Load l) {
                cost += l.shedCostPerMwh() * r.find(l.id(), "shed_mw")[t] * dtH;
            } else if (c instanceof Electrolyzer e) {
                cost -= e.h2ValuePerKg() * r.find(e.id(), "h2_kg")[t];
                if (e.tank() != null) {
                    cost += e.tank().unservedCostPerKg() * r.find(e.id(), "h2_unserved_kg")[t];
                }
            }
        }
        return cost;
    }

    /** {@code total_cost} as the run's {@code summary.json} reports it. */
    static double summaryTotal(RunResult run) {
        return (Double) Summary.of("test", run.components(), run.results(), run.stats()).get("total_cost");
    }

    /** Runs the scenario and asserts the physical invariants on the result. */
    static RunResult runChecked(Scenario scenario) {
        RunResult run = Simulation.run(scenario, RunOptions.DEFAULT);
        Invariants.assertPhysical(run);
        return run;
    }
}
