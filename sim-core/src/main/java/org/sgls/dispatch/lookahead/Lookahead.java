package org.sgls.dispatch.lookahead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.sgls.dispatch.CostToGo;
import org.sgls.dispatch.Plan;
import org.sgls.model.Component;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.SystemState;

/**
 * The rolling look-ahead: decides the commitment of every committable unit and the trajectory (as a cost-to-go)
 * of every store over a window, in time linear in units, stores and hours (docs/formulation.md).
 *
 * <p>Method: coordinate descent on exact sub-problems against a merit-order model of each zone and hour
 * ({@link HourStack}), zones joined by line flows ({@link LookaheadWindow}). In turn, (a) each unit's commitment
 * is re-optimised by dynamic programming over its on/off states ({@link UnitDp}) against the change in hour cost
 * (energy, no-load, reserve shortfall) of having it on or off; (b) line flows by golden-section search; (c)
 * each store's trajectory by dynamic programming over its energy levels ({@link StoreDp}). Each move can only
 * lower the window's modelled cost, so the descent ends in a few sweeps. It runs from two starts (every unit
 * on; a priority list), in parallel, and keeps the cheaper plan; with several zones a repair
 * ({@link ZonalAdequacy}) then starts units where a zone is short. Ramps beyond the first hours, electrolyzer
 * minimum loads and exact flows are left to the per-step dispatch, which models them exactly.
 */
public final class Lookahead {
    /**
     * Enough for the descent to settle on the bundled scenarios: ningdong-2030's year costs 0.26 % less with 10
     * than with 6, and the same with 16; 3 or 4 cost more and save little time.
     */
    private static final int MAX_SWEEPS = 10;
    /** Store grids: coarse while the descent searches, fine for the plan's cost-to-go. */
    static final StoreDp.Grid COARSE = new StoreDp.Grid(16, 5);
    static final StoreDp.Grid FINE = new StoreDp.Grid(31, 8);

    final PowerSystem system;
    final DispatchSettings settings;
    final double dtH;
    final List<ThermalUnit> units;
    /** units, most expensive (full-load cost) first */
    final int[] unitOrder;
    /** The components planned as stores; each window makes its own dynamic programmes for them. */
    private final List<Component> storeComponents = new ArrayList<>();
    final double dumpPricePerMwh;

    public Lookahead(PowerSystem system, DispatchSettings settings) {
        this.system = system;
        this.settings = settings;
        this.dtH = system.axis().stepHours();
        this.units = system.all(ThermalUnit.class);
        // most expensive first: the descent then decommits expensive units before cheap ones
        Integer[] order = new Integer[units.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -fullLoadCost(units.get(i))).thenComparing(i -> i));
        unitOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        for (Component c : system.components()) {
            if (c instanceof Storage || c instanceof Electrolyzer e && e.tank() != null && e.tank().capacityKg() > 0) {
                storeComponents.add(c);
            }
        }
        double maxShed = system.all(Load.class).stream().mapToDouble(Load::shedCostPerMwh).max().orElse(10_000);
        this.dumpPricePerMwh = 2 * maxShed;
    }

    List<StoreDp> newStores(StoreDp.Grid grid) {
        List<StoreDp> dps = new ArrayList<>();
        for (Component c : storeComponents) {
            dps.add(c instanceof Storage s ? new StorageDp(s, dtH, grid) : new TankDp((Electrolyzer) c, dtH, grid));
        }
        return dps;
    }

    static double fullLoadCost(ThermalUnit u) {
        return u.fullLoadCostPerMwh();
    }

    /**
     * Plans steps {@code first .. first + hours - 1} from {@code state}. The descent runs twice, from every
     * unit on and from a priority list ({@link LookaheadWindow.Start}), and the plan the model prices lower is
     * kept: the two starts end in different local optima often enough to be worth the second run.
     */
    public Plan plan(int first, int hours, SystemState state) {
        // the two descents share nothing but read-only data: the second runs on another core (the common
        // fork-join pool, which nests without oversubscribing when a caller already runs in it)
        ForkJoinTask<LookaheadWindow> fromPriorityList = ForkJoinPool.commonPool().submit(
                () -> descend(new LookaheadWindow(this, first, hours, state), LookaheadWindow.Start.PRIORITY_LIST));
        LookaheadWindow fromAllOn = descend(new LookaheadWindow(this, first, hours, state), LookaheadWindow.Start.ALL_ON);
        LookaheadWindow other = fromPriorityList.join();
        // all-on first on a tie: the choice does not depend on which finished first
        return toPlan(other.totalCost() < fromAllOn.totalCost() - 1e-9 ? other : fromAllOn, first, hours);
    }

    private LookaheadWindow descend(LookaheadWindow w, LookaheadWindow.Start start) {
        w.initialCommitment(start);
        w.optimiseFlows();
        for (StoreDp s : w.stores) {
            w.optimiseStore(s);
        }
        // The moves are exact for what they change but judged with the rest held, so a sweep can raise the
        // window's cost: the cheapest state after a sweep is kept, and the descent stops when a sweep changes
        // nothing.
        LookaheadWindow.Snapshot best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        double cost = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean changed = false;
            for (int i : unitOrder) {
                changed |= w.optimiseUnit(i);
            }
            if (changed) {
                w.optimiseFlows();
                for (StoreDp s : w.stores) {
                    w.optimiseStore(s);
                }
            }
            cost = w.totalCost();
            if (cost < bestCost) {
                best = w.snapshot();
                bestCost = cost;
            }
            if (!changed) {
                break; // flows and stores are already the best answer to this commitment
            }
        }
        if (cost > bestCost) {
            w.restore(best);
        }
        if (system.zones().size() > 1 && ZonalAdequacy.repair(w)) {
            w.optimiseFlows();
        }
        w.refineStores();
        return w;
    }

    private Plan toPlan(LookaheadWindow w, int first, int hours) {
        Plan plan = new Plan(first, hours);
        for (int i = 0; i < units.size(); i++) {
            plan.setOn(units.get(i).id(), w.on[i].clone());
        }
        for (StoreDp s : w.stores) {
            CostToGo[] perStep = new CostToGo[hours];
            for (int t = 0; t < hours; t++) {
                perStep[t] = s.costToGo(t);
            }
            plan.setCostToGo(s.id, perStep);
        }
        for (int z = 0; z < w.zones; z++) {
            double[] price = new double[hours];
            for (int t = 0; t < hours; t++) {
                price[t] = w.marginalPricePerMwh(z, t);
            }
            plan.setPrice(system.zones().get(z).id(), price);
        }
        return plan;
    }

    /**
     * The look-ahead's own estimate of a window's cost under a given commitment (flows and stores optimised
     * for it): hour costs plus start-ups. For diagnosing the method against an exact solver.
     */
    public double modelledCost(int first, int hours, SystemState state,
            org.sgls.dispatch.WindowProblem.CommitmentSource commitment) {
        LookaheadWindow w = new LookaheadWindow(this, first, hours, state);
        for (int i = 0; i < units.size(); i++) {
            for (int t = 0; t < hours; t++) {
                w.on[i][t] = commitment.on(units.get(i).id(), first + t);
            }
            w.updateFirstOff(i);
        }
        w.rebuildAll();
        w.optimiseFlows();
        w.refineStores();
        return w.totalCost();
    }
}
