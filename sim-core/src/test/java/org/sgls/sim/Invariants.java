package org.sgls.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Line;
import org.sgls.model.PowerSystem;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;

/** The physics every run must obey, asserted step by step from the result columns. */
public final class Invariants {
    public static final double MW = 1e-6;

    private Invariants() {
    }

    /**
     * A unit switches off only after {@code min_up_h} on, and on only after {@code min_down_h} off, counting the
     * hours in state before the run. (Skipped for runs with fallback steps: an emergency release may cut a
     * minimum up time.)
     */
    static void assertMinimumUpAndDownTimes(ThermalUnit u, double[] on, double dtH) {
        boolean state = u.onInitial();
        double hoursInState = u.hoursInStateInitial();
        for (int t = 0; t < on.length; t++) {
            boolean now = on[t] == 1;
            if (now != state) {
                if (state) {
                    assertTrue(hoursInState >= u.minUpH() - 1e-9, u.id() + " off at step " + t + " after " + hoursInState
                            + " h on, minimum up time " + u.minUpH() + " h");
                } else {
                    assertTrue(hoursInState >= u.minDownH() - 1e-9, u.id() + " on at step " + t + " after " + hoursInState
                            + " h off, minimum down time " + u.minDownH() + " h");
                }
                state = now;
                hoursInState = 0;
            }
            hoursInState += dtH;
        }
    }

    public static void assertPhysical(RunResult run) {
        PowerSystem sys = run.scenario().system();
        Results r = run.results();
        double dtH = sys.axis().stepHours();
        int steps = sys.axis().steps();
        for (int t = 0; t < steps; t++) {
            Map<String, Double> zoneSum = new HashMap<>();
            for (Component c : sys.components()) {
                zoneSum.merge(c.zone(), r.find(c.id(), "p_mw")[t], Double::sum);
            }
            for (Line l : sys.lines()) {
                double f = r.find(l.id(), "flow_mw")[t];
                assertTrue(Math.abs(f) <= l.capacityMw() + MW, "line " + l.id() + " over its limit at " + t);
                zoneSum.merge(l.fromZone(), -f, Double::sum);
                zoneSum.merge(l.toZone(), f, Double::sum);
            }
            for (Map.Entry<String, Double> e : zoneSum.entrySet()) {
                assertEquals(0, e.getValue(), 1e-5, "balance of zone " + e.getKey() + " at step " + t);
            }
        }
        for (ThermalUnit u : sys.all(ThermalUnit.class)) {
            double[] p = r.find(u.id(), "p_mw");
            double[] on = r.find(u.id(), "on");
            double[] pmin = r.find(u.id(), "pmin_mw");
            boolean wasOn = u.onInitial();
            double lastP = u.pInitialMw();
            for (int t = 0; t < steps; t++) {
                assertTrue(on[t] == 0 || on[t] == 1, u.id() + " on must be 0/1");
                if (on[t] == 1) {
                    assertTrue(p[t] >= pmin[t] - MW && p[t] <= u.pmaxMw() + MW,
                            u.id() + " at " + t + ": p " + p[t] + " outside [" + pmin[t] + ", " + u.pmaxMw() + "]");
                    if (wasOn) {
                        assertTrue(p[t] - lastP <= u.rampUpMwPerH() * dtH + MW, u.id() + " ramp up at " + t);
                        assertTrue(lastP - p[t] <= u.rampDownMwPerH() * dtH + MW, u.id() + " ramp down at " + t);
                    }
                } else {
                    assertEquals(0, p[t], MW, u.id() + " off but producing at " + t);
                }
                wasOn = on[t] == 1;
                lastP = p[t];
            }
            if (run.stats().fallbackSteps() == 0) {
                assertMinimumUpAndDownTimes(u, on, dtH);
            }
        }
        for (Storage s : sys.all(Storage.class)) {
            double soc = s.socInitialMwh();
            double[] ch = r.find(s.id(), "charge_mw");
            double[] dis = r.find(s.id(), "discharge_mw");
            double[] socCol = r.find(s.id(), "soc_mwh");
            for (int t = 0; t < steps; t++) {
                assertTrue(ch[t] >= -MW && ch[t] <= s.chargeMaxMw() + MW, s.id() + " charge bound at " + t);
                assertTrue(dis[t] >= -MW && dis[t] <= s.dischargeMaxMw() + MW, s.id() + " discharge bound at " + t);
                assertTrue(ch[t] <= MW || dis[t] <= MW, s.id() + " charges " + ch[t] + " MW and discharges " + dis[t]
                        + " MW at once at " + t);
                double expect = s.decay(soc, dtH) + (s.etaCharge() * ch[t] - dis[t] / s.etaDischarge()) * dtH;
                assertEquals(expect, socCol[t], 1e-5 * (1 + s.energyMwh()), s.id() + " soc dynamics at " + t);
                assertTrue(socCol[t] >= s.socMinMwh() - 1e-5 && socCol[t] <= s.energyMwh() + 1e-5, s.id() + " soc bounds at " + t);
                soc = socCol[t];
            }
        }
        for (Electrolyzer e : sys.all(Electrolyzer.class)) {
            double[] p = r.find(e.id(), "p_mw");
            double[] h2 = r.find(e.id(), "h2_kg");
            for (int t = 0; t < steps; t++) {
                double use = -p[t];
                assertTrue(use >= -MW && use <= e.pmaxMw() + MW, e.id() + " load bound at " + t);
                assertTrue(use <= MW || use >= e.pminMw() - MW, e.id() + " below minimum load at " + t + ": " + use);
                assertEquals(e.kgFromMwh(use * dtH), h2[t], 1e-6 * (1 + h2[t]), e.id() + " hydrogen yield at " + t);
            }
        }
    }
}
