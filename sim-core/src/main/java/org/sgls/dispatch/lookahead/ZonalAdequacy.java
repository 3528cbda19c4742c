package org.sgls.dispatch.lookahead;

import org.sgls.model.Component;
import org.sgls.model.DispatchableSource;
import org.sgls.model.Exchange;
import org.sgls.model.Kind;
import org.sgls.model.Line;
import org.sgls.model.Load;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.sim.SystemState;

/**
 * The descent sees each zone with the line flows it has settled on; a zone behind a full line may still be left
 * without enough committed capacity. This repair starts, for each hour and zone whose load, firm export and
 * reserve exceed what its committed units, renewables, imports, storage and lines can supply, the zone's
 * cheapest startable unit, keeping minimum up and down times.
 */
final class ZonalAdequacy {
    private ZonalAdequacy() {
    }

    /** Starts units where a zone is short; true if any was started. */
    static boolean repair(LookaheadWindow w) {
        boolean changed = false;
        for (int t = 0; t < w.hours; t++) {
            for (Zone z : w.system.zones()) {
                while (zonalDeficitMw(w, z.id(), t) > 1e-6) {
                    int pick = cheapestStartable(w, z.id(), t);
                    if (pick < 0) {
                        break;
                    }
                    switchOn(w, pick, t);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static double zonalDeficitMw(LookaheadWindow w, String zone, int t) {
        int step = w.first + t;
        double need = 0;
        double supply = 0;
        for (Component c : w.system.components()) {
            if (!c.zone().equals(zone)) {
                continue;
            }
            if (c instanceof Load l) {
                need += l.demandMw().at(step);
            } else if (c instanceof VariableSource v) {
                supply += v.availableMw(step);
            } else if (c instanceof DispatchableSource d) {
                supply += d.pmaxMw();
            } else if (c instanceof Exchange x) {
                if (x.kind() == Kind.IMPORT) {
                    supply += x.maxMw(step);
                } else {
                    need += x.minMw(step);
                }
            } else if (c instanceof Storage s) {
                supply += s.dischargeMaxMw();
            }
        }
        for (int i = 0; i < w.units.size(); i++) {
            if (w.on[i][t] && w.units.get(i).zone().equals(zone)) {
                supply += w.units.get(i).pmaxMw();
            }
        }
        for (org.sgls.model.Line l : w.system.lines()) {
            if (l.toZone().equals(zone) || l.fromZone().equals(zone)) {
                supply += l.capacityMw();
            }
        }
        Zone z = w.system.zones().get(w.system.zoneIndex(zone));
        double reserve = z.reserveMw() + z.reserveFractionOfLoad() * need;
        return need + reserve - supply;
    }

    /** The zone's cheapest off unit that may start at hour t (its minimum down time has passed), or -1. */
    private static int cheapestStartable(LookaheadWindow w, String zone, int t) {
        int best = -1;
        for (int i = 0; i < w.units.size(); i++) {
            ThermalUnit u = w.units.get(i);
            if (w.on[i][t] || !u.zone().equals(zone) || offSince(w, i, t) < w.steps(u.minDownH())) {
                continue;
            }
            if (best < 0 || Lookahead.fullLoadCost(u) < Lookahead.fullLoadCost(w.units.get(best))) {
                best = i;
            }
        }
        return best;
    }

    /** Steps unit i has been off at hour t (counting the state before the window). */
    private static int offSince(LookaheadWindow w, int i, int t) {
        int k = 0;
        int j = t - 1;
        while (j >= 0 && !w.on[i][j]) {
            k++;
            j--;
        }
        if (j < 0) {
            SystemState.Unit s = w.state.unit(w.units.get(i).id());
            return s.on() ? k : k + (int) Math.floor(s.hoursInState() / w.dtH + 1e-9);
        }
        return k;
    }

    /**
     * Turns unit i on from hour t for at least its minimum up time; if the off stretch left after that
     * would be shorter than the minimum down time (and not cut by the window's end), it stays on through it.
     */
    private static void switchOn(LookaheadWindow w, int i, int t) {
        ThermalUnit u = w.units.get(i);
        int end = Math.min(w.hours, t + w.steps(u.minUpH()));
        for (int j = t; j < end; j++) {
            w.on[i][j] = true;
        }
        int offEnd = end;
        while (offEnd < w.hours && !w.on[i][offEnd]) {
            offEnd++;
        }
        if (offEnd < w.hours && offEnd - end < w.steps(u.minDownH())) {
            for (int j = end; j < offEnd; j++) {
                w.on[i][j] = true;
            }
            end = offEnd;
        }
        w.updateFirstOff(i);
        for (int j = 0; j < w.hours; j++) {
            w.rebuild(w.unitZone[i], j);
        }
    }
}
