package org.sgls.dispatch.lookahead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sgls.dispatch.CostToGo;
import org.sgls.dispatch.Plan;
import org.sgls.model.Component;
import org.sgls.model.DispatchSettings;
import org.sgls.model.DispatchableSource;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Exchange;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.sim.SystemState;

/**
 * The rolling look-ahead: decides the commitment of every committable unit and the trajectory (as a cost-to-go)
 * of every store over a window, in time linear in units, stores and hours.
 *
 * <p>Method: coordinate descent on exact sub-problems against a merit-order model of each hour on the copper
 * plate ({@link HourStack}). Start with every unit that may run committed; then, in turn, (a) each unit's
 * commitment is re-optimised by dynamic programming over its on/off states with minimum up/down times,
 * start-up cost and the true change in each hour's system cost (energy, no-load, reserve shortfall) of having
 * it on or off, the other units and stores held fixed; (b) each store's trajectory is re-optimised by dynamic
 * programming over its energy levels against the hours' costs. Each move can only lower the window's modelled
 * cost, so the descent ends in a few sweeps. Lines, ramps and electrolyzer minimum loads are left to the
 * per-step dispatch, which models them exactly.
 */
public final class Lookahead {
    private static final int MAX_SWEEPS = 6;
    private static final int STORE_LEVELS = 41;

    private final PowerSystem system;
    private final DispatchSettings settings;
    private final double dtH;
    private final List<ThermalUnit> units;
    private final int[] unitOrder;
    private final List<StoreDp> stores = new ArrayList<>();
    private final double dumpPricePerMwh;

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
            if (c instanceof Storage s) {
                stores.add(new StorageDp(s, dtH, STORE_LEVELS));
            } else if (c instanceof Electrolyzer e && e.tank() != null && e.tank().capacityKg() > 0) {
                stores.add(new TankDp(e, dtH, STORE_LEVELS));
            }
        }
        double maxShed = system.all(Load.class).stream().mapToDouble(Load::shedCostPerMwh).max().orElse(10_000);
        this.dumpPricePerMwh = 2 * maxShed;
    }

    private static double fullLoadCost(ThermalUnit u) {
        return u.marginalCostPerMwh() + u.noloadCostPerH() / u.pmaxMw();
    }

    /** Plans steps {@code first .. first + hours - 1} from {@code state}. */
    public Plan plan(int first, int hours, SystemState state) {
        Window w = new Window(first, hours, state);
        w.initialCommitment();
        for (StoreDp s : stores) {
            w.optimiseStore(s);
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean changed = false;
            for (int i : unitOrder) {
                changed |= w.optimiseUnit(i);
            }
            for (StoreDp s : stores) {
                w.optimiseStore(s);
            }
            if (!changed) {
                break;
            }
        }
        if (system.zones().size() > 1 && w.repairZonalAdequacy()) {
            for (StoreDp s : stores) {
                w.optimiseStore(s);
            }
        }
        Plan plan = new Plan(first, hours);
        for (int i = 0; i < units.size(); i++) {
            plan.setOn(units.get(i).id(), w.on[i].clone());
        }
        for (StoreDp s : stores) {
            CostToGo[] perStep = new CostToGo[hours];
            for (int t = 0; t < hours; t++) {
                perStep[t] = s.costToGo(t);
            }
            plan.setCostToGo(s.id, perStep);
        }
        return plan;
    }

    /** One window's data and current decisions. */
    private final class Window {
        final int first;
        final int hours;
        final SystemState state;
        final boolean[][] on;
        final boolean[][] mustRun;
        final double[][] pminMw;
        final HourStack[] stacks;
        /** net demand to meet besides the units' minimum output: load + firm export - firm import + store draws */
        final double[] baseNetMw;
        final double[] bidMw;
        final double[] reserveMw;
        final double[] storeDrawMw;
        final double[][] storeDraws;
        // the static blocks of each hour
        final double[][] staticPrice;
        final double[][] staticMw;
        final int[][] staticType;

        Window(int first, int hours, SystemState state) {
            this.first = first;
            this.hours = hours;
            this.state = state;
            int n = units.size();
            on = new boolean[n][hours];
            mustRun = new boolean[n][hours];
            pminMw = new double[n][hours];
            stacks = new HourStack[hours];
            baseNetMw = new double[hours];
            bidMw = new double[hours];
            reserveMw = new double[hours];
            storeDrawMw = new double[hours];
            storeDraws = new double[stores.size()][hours];
            staticPrice = new double[hours][];
            staticMw = new double[hours][];
            staticType = new int[hours][];
            for (int t = 0; t < hours; t++) {
                int step = first + t;
                for (int i = 0; i < n; i++) {
                    ThermalUnit u = units.get(i);
                    mustRun[i][t] = u.mustRun(system.axis().time(step));
                    pminMw[i][t] = u.pminMw(system.axis().time(step));
                }
                buildStatic(t, step);
                stacks[t] = new HourStack(dumpPricePerMwh, dumpPricePerMwh);
            }
        }

        private void buildStatic(int t, int step) {
            List<double[]> blocks = new ArrayList<>();
            double net = 0;
            double loadMw = 0;
            for (Component c : system.components()) {
                if (c instanceof Load l) {
                    double d = l.demandMw().at(step);
                    net += d;
                    loadMw += d;
                    blocks.add(new double[] {l.shedCostPerMwh(), d, HourStack.SUPPLY});
                } else if (c instanceof VariableSource v) {
                    blocks.add(new double[] {v.marginalCostPerMwh(), v.availableMw(step), HourStack.SUPPLY});
                } else if (c instanceof DispatchableSource d) {
                    blocks.add(new double[] {d.marginalCostPerMwh(), d.pmaxMw(), HourStack.SUPPLY});
                } else if (c instanceof Exchange x) {
                    double free = x.maxMw(step) - x.minMw(step);
                    if (x.kind() == Kind.IMPORT) {
                        net -= x.minMw(step);
                        blocks.add(new double[] {x.pricePerMwh(), free, HourStack.SUPPLY});
                    } else {
                        net += x.minMw(step);
                        blocks.add(new double[] {x.pricePerMwh(), free, HourStack.BID});
                        bidMw[t] += free;
                    }
                } else if (c instanceof Electrolyzer e && (e.tank() == null || e.tank().capacityKg() <= 0)) {
                    // no tank: hydrogen is taken as made, so the electrolyzer bids its hydrogen value
                    blocks.add(new double[] {e.valuePerMwh(), e.pmaxMw(), HourStack.ELECTROLYZER_BID});
                    bidMw[t] += e.pmaxMw();
                }
            }
            for (Zone z : system.zones()) {
                double zoneLoad = 0;
                for (Load l : system.all(Load.class)) {
                    if (l.zone().equals(z.id())) {
                        zoneLoad += l.demandMw().at(step);
                    }
                }
                reserveMw[t] += z.reserveMw() + z.reserveFractionOfLoad() * zoneLoad;
            }
            baseNetMw[t] = net;
            int m = blocks.size();
            staticPrice[t] = new double[m];
            staticMw[t] = new double[m];
            staticType[t] = new int[m];
            for (int b = 0; b < m; b++) {
                staticPrice[t][b] = blocks.get(b)[0];
                staticMw[t][b] = Math.max(0, blocks.get(b)[1]);
                staticType[t][b] = (int) blocks.get(b)[2];
            }
        }

        /** Every unit on that may be on (min down time from the initial state, heat must-run aside). */
        void initialCommitment() {
            for (int i = 0; i < units.size(); i++) {
                ThermalUnit u = units.get(i);
                SystemState.Unit s = state.unit(u.id());
                int lockedOff = s.on() ? 0 : Math.max(0, steps(u.minDownH()) - steps(s.hoursInState()));
                for (int t = 0; t < hours; t++) {
                    on[i][t] = t >= lockedOff || mustRun[i][t];
                }
            }
            for (int t = 0; t < hours; t++) {
                rebuild(t);
            }
        }

        private int steps(int hoursValue) {
            return (int) Math.ceil(hoursValue / dtH - 1e-9);
        }

        void rebuild(int t) {
            int ms = staticPrice[t].length;
            int n = ms + units.size();
            double[] price = new double[n];
            double[] mw = new double[n];
            int[] type = new int[n];
            int[] owner = new int[n];
            System.arraycopy(staticPrice[t], 0, price, 0, ms);
            System.arraycopy(staticMw[t], 0, mw, 0, ms);
            System.arraycopy(staticType[t], 0, type, 0, ms);
            Arrays.fill(owner, -1);
            int k = ms;
            for (int i = 0; i < units.size(); i++) {
                if (on[i][t]) {
                    ThermalUnit u = units.get(i);
                    price[k] = u.marginalCostPerMwh();
                    mw[k] = u.pmaxMw() - pminMw[i][t];
                    type[k] = HourStack.THERMAL;
                    owner[k] = i;
                    k++;
                }
            }
            stacks[t].rebuild(k, price, mw, type, owner);
        }

        /** Sums over committed units at hour t: [minimum output, rating, fixed cost per hour]. */
        private double[] committedSums(int t) {
            double pmin = 0;
            double pmax = 0;
            double fixed = 0;
            for (int i = 0; i < units.size(); i++) {
                if (on[i][t]) {
                    ThermalUnit u = units.get(i);
                    pmin += pminMw[i][t];
                    pmax += u.pmaxMw();
                    fixed += u.noloadCostPerH() + u.marginalCostPerMwh() * pminMw[i][t];
                }
            }
            return new double[] {pmin, pmax, fixed};
        }

        /** System cost of hour t (currency) with the current decisions and {@code extraDrawMw} more demand. */
        double hourCost(int t, double extraDrawMw, double[] sums) {
            double k = baseNetMw[t] + storeDrawMw[t] + extraDrawMw - sums[0] + bidMw[t];
            HourStack s = stacks[t];
            double energy = s.cost(k);
            return (sums[2] + energy + reservePenalty(t, sums[1] - sums[0] - s.thermalMw, s)) * dtH;
        }

        private double reservePenalty(int t, double headroomMw, HourStack s) {
            double interruptible = bidElectrolyzerMw(t) - s.electrolyzerMw;
            double shortfall = reserveMw[t] - headroomMw - interruptible;
            return shortfall > 0 ? shortfall * settings.reserveShortfallCostPerMwh() : 0;
        }

        private double bidElectrolyzerMw(int t) {
            double mw = 0;
            for (int b = 0; b < staticType[t].length; b++) {
                if (staticType[t][b] == HourStack.ELECTROLYZER_BID) {
                    mw += staticMw[t][b];
                }
            }
            return mw;
        }

        /** Re-optimises unit i's commitment; true if it changed. */
        boolean optimiseUnit(int i) {
            ThermalUnit u = units.get(i);
            double[] benefit = new double[hours];
            for (int t = 0; t < hours; t++) {
                benefit[t] = onBenefit(i, t);
            }
            boolean[] best = UnitDp.schedule(u, state.unit(u.id()), benefit, mustRun[i], dtH);
            boolean changed = false;
            for (int t = 0; t < hours; t++) {
                if (best[t] != on[i][t]) {
                    on[i][t] = best[t];
                    rebuild(t);
                    changed = true;
                }
            }
            return changed;
        }

        /** Cost of hour t with unit i off minus with it on, everything else as it is. */
        private double onBenefit(int i, int t) {
            ThermalUnit u = units.get(i);
            double[] sums = committedSums(t);
            HourStack s = stacks[t];
            double pmin = pminMw[i][t];
            double flex = u.pmaxMw() - pmin;
            double kBase = baseNetMw[t] + storeDrawMw[t] + bidMw[t];
            double withCost;
            double withoutCost;
            double pminWith = on[i][t] ? sums[0] : sums[0] + pmin;
            double pmaxWith = on[i][t] ? sums[1] : sums[1] + u.pmaxMw();
            double fixedWith = on[i][t] ? sums[2] : sums[2] + u.noloadCostPerH() + u.marginalCostPerMwh() * pmin;
            double pminWithout = pminWith - pmin;
            double pmaxWithout = pmaxWith - u.pmaxMw();
            double fixedWithout = fixedWith - u.noloadCostPerH() - u.marginalCostPerMwh() * pmin;
            if (on[i][t]) {
                double e = s.cost(kBase - pminWith);
                withCost = fixedWith + e + reservePenalty(t, pmaxWith - pminWith - s.thermalMw, s);
                e = s.costWithout(kBase - pminWithout, i);
                withoutCost = fixedWithout + e + reservePenalty(t, pmaxWithout - pminWithout - s.thermalMw, s);
            } else {
                double e = s.cost(kBase - pminWithout);
                withoutCost = fixedWithout + e + reservePenalty(t, pmaxWithout - pminWithout - s.thermalMw, s);
                e = s.costWith(kBase - pminWith, u.marginalCostPerMwh(), flex);
                withCost = fixedWith + e + reservePenalty(t, pmaxWith - pminWith - s.thermalMw, s);
            }
            return (withoutCost - withCost) * dtH;
        }

        /**
         * The descent sees one copper plate; a zone behind a full line may then be left without enough
         * committed capacity. For each hour and zone whose load, firm export and reserve exceed what its
         * committed units, renewables, imports, storage and incoming lines can supply, start the zone's cheapest
         * startable unit (keeping minimum up and down times) until it is covered. True if anything changed.
         */
        boolean repairZonalAdequacy() {
            boolean changed = false;
            for (int t = 0; t < hours; t++) {
                for (Zone z : system.zones()) {
                    while (zonalDeficitMw(z.id(), t) > 1e-6) {
                        int pick = cheapestStartable(z.id(), t);
                        if (pick < 0) {
                            break;
                        }
                        switchOn(pick, t);
                        changed = true;
                    }
                }
            }
            return changed;
        }

        private double zonalDeficitMw(String zone, int t) {
            int step = first + t;
            double need = 0;
            double supply = 0;
            for (Component c : system.components()) {
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
            for (int i = 0; i < units.size(); i++) {
                if (on[i][t] && units.get(i).zone().equals(zone)) {
                    supply += units.get(i).pmaxMw();
                }
            }
            for (org.sgls.model.Line l : system.lines()) {
                if (l.toZone().equals(zone) || l.fromZone().equals(zone)) {
                    supply += l.capacityMw();
                }
            }
            Zone z = system.zones().get(system.zoneIndex(zone));
            double reserve = z.reserveMw() + z.reserveFractionOfLoad() * need;
            return need + reserve - supply;
        }

        /** The zone's cheapest off unit that may start at hour t (its minimum down time has passed), or -1. */
        private int cheapestStartable(String zone, int t) {
            int best = -1;
            for (int i = 0; i < units.size(); i++) {
                ThermalUnit u = units.get(i);
                if (on[i][t] || !u.zone().equals(zone) || offSince(i, t) < steps(u.minDownH())) {
                    continue;
                }
                if (best < 0 || fullLoadCost(u) < fullLoadCost(units.get(best))) {
                    best = i;
                }
            }
            return best;
        }

        /** Steps unit i has been off at hour t (counting the state before the window). */
        private int offSince(int i, int t) {
            int k = 0;
            int j = t - 1;
            while (j >= 0 && !on[i][j]) {
                k++;
                j--;
            }
            if (j < 0) {
                SystemState.Unit s = state.unit(units.get(i).id());
                return s.on() ? k : k + steps(s.hoursInState());
            }
            return k;
        }

        /**
         * Turns unit i on from hour t for at least its minimum up time; if the off stretch left after that
         * would be shorter than the minimum down time (and not cut by the window's end), it stays on through it.
         */
        private void switchOn(int i, int t) {
            ThermalUnit u = units.get(i);
            int end = Math.min(hours, t + steps(u.minUpH()));
            for (int j = t; j < end; j++) {
                on[i][j] = true;
            }
            int offEnd = end;
            while (offEnd < hours && !on[i][offEnd]) {
                offEnd++;
            }
            if (offEnd < hours && offEnd - end < steps(u.minDownH())) {
                for (int j = end; j < offEnd; j++) {
                    on[i][j] = true;
                }
                end = offEnd;
            }
            for (int j = t; j < end; j++) {
                rebuild(j);
            }
        }

        void optimiseStore(StoreDp dp) {
            int index = stores.indexOf(dp);
            double[] own = storeDraws[index];
            for (int t = 0; t < hours; t++) {
                storeDrawMw[t] -= own[t];
            }
            double[][] sums = new double[hours][];
            double[] base = new double[hours];
            for (int t = 0; t < hours; t++) {
                sums[t] = committedSums(t);
                base[t] = hourCost(t, 0, sums[t]);
            }
            dp.optimise(hours, state.energy(dp.id), (t, draw) -> hourCost(t, draw, sums[t]) - base[t]);
            for (int t = 0; t < hours; t++) {
                own[t] = dp.drawMw[t];
                storeDrawMw[t] += own[t];
            }
        }
    }
}
