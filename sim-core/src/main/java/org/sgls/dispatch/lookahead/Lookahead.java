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
    /** Store grids: coarse while the descent searches, fine for the plan's cost-to-go. */
    private static final StoreDp.Grid COARSE = new StoreDp.Grid(16, 5);
    private static final StoreDp.Grid FINE = new StoreDp.Grid(31, 8);

    private final PowerSystem system;
    private final DispatchSettings settings;
    private final double dtH;
    private final List<ThermalUnit> units;
    private final int[] unitOrder;
    /** The components planned as stores; each window makes its own dynamic programmes for them. */
    private final List<Component> storeComponents = new ArrayList<>();
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
            if (c instanceof Storage || c instanceof Electrolyzer e && e.tank() != null && e.tank().capacityKg() > 0) {
                storeComponents.add(c);
            }
        }
        double maxShed = system.all(Load.class).stream().mapToDouble(Load::shedCostPerMwh).max().orElse(10_000);
        this.dumpPricePerMwh = 2 * maxShed;
    }

    private List<StoreDp> newStores(StoreDp.Grid grid) {
        List<StoreDp> dps = new ArrayList<>();
        for (Component c : storeComponents) {
            dps.add(c instanceof Storage s ? new StorageDp(s, dtH, grid) : new TankDp((Electrolyzer) c, dtH, grid));
        }
        return dps;
    }

    private static double fullLoadCost(ThermalUnit u) {
        return u.marginalCostPerMwh() + u.noloadCostPerH() / u.pmaxMw();
    }

    /**
     * Plans steps {@code first .. first + hours - 1} from {@code state}. The descent runs twice, from every
     * unit on and from only the units that must run, and the plan the model prices lower is kept: the two
     * starts end in different local optima often enough to be worth the second run.
     */
    public Plan plan(int first, int hours, SystemState state) {
        // the two descents share nothing but read-only data: the second runs on another core (the common
        // fork-join pool, which nests without oversubscribing when a caller already runs in it)
        ForkJoinTask<Window> fromMustRun = ForkJoinPool.commonPool()
                .submit(() -> descend(new Window(first, hours, state), false));
        Window fromAllOn = descend(new Window(first, hours, state), true);
        Window other = fromMustRun.join();
        // all-on first on a tie, as before: the choice does not depend on which finished first
        return toPlan(other.totalCost() < fromAllOn.totalCost() - 1e-9 ? other : fromAllOn, first, hours);
    }

    private Window descend(Window w, boolean allOn) {
        w.initialCommitment(allOn);
        w.optimiseFlows();
        for (StoreDp s : w.stores) {
            w.optimiseStore(s);
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean changed = false;
            for (int i : unitOrder) {
                changed |= w.optimiseUnit(i);
            }
            if (!changed) {
                break; // flows and stores are already the best answer to this commitment
            }
            w.optimiseFlows();
            for (StoreDp s : w.stores) {
                w.optimiseStore(s);
            }
        }
        if (system.zones().size() > 1 && w.repairZonalAdequacy()) {
            w.optimiseFlows();
        }
        w.refineStores();
        return w;
    }

    private Plan toPlan(Window w, int first, int hours) {
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
        return plan;
    }

    /**
     * The look-ahead's own estimate of a window's cost under a given commitment (flows and stores optimised
     * for it): hour costs plus start-ups. For diagnosing the method against an exact solver.
     */
    public double modelledCost(int first, int hours, SystemState state,
            org.sgls.dispatch.WindowProblem.CommitmentSource commitment) {
        Window w = new Window(first, hours, state);
        for (int i = 0; i < units.size(); i++) {
            for (int t = 0; t < hours; t++) {
                w.on[i][t] = commitment.on(units.get(i).id(), first + t);
            }
            w.updateFirstOff(i);
        }
        for (int t = 0; t < hours; t++) {
            for (int z = 0; z < w.zones; z++) {
                w.rebuild(z, t);
            }
        }
        w.optimiseFlows();
        w.refineStores();
        return w.totalCost();
    }

    /** One window's data and current decisions, zone by zone; lines carry flows between the zones' stacks. */
    private final class Window {
        final int first;
        final int hours;
        final SystemState state;
        final int zones;
        /** the stores' programmes: coarse during the descent, replaced by fine ones by {@link #refineStores} */
        List<StoreDp> stores = newStores(COARSE);
        final boolean[][] on;
        /** first hour each unit is off in the plan (hours if never): until then a unit on before the window
         *  is still ramping from its initial output */
        final int[] firstOff;
        /** each unit's state before the window, unpacked for the inner loops */
        final boolean[] onBefore;
        final double[] pBefore;
        /** per zone and hour: committed units' [minimum output, rating, fixed cost per hour], kept by rebuild */
        final double[][][] sums;
        final boolean[][] mustRun;
        final double[][] pminMw;
        final int[] unitZone;
        final int[] storeZone;
        final int[] lineFrom;
        final int[] lineTo;
        final HourStack[][] stacks;
        /** per zone and hour: net demand besides the units' minimum output (load + firm export - firm import) */
        final double[][] baseNetMw;
        final double[][] bidMw;
        final double[][] elyBidMw;
        final double[][] reserveMw;
        final double[][] storeDrawMw;
        final double[][] storeDraws;
        /** per zone and hour: spinning reserve the stores hold at their planned draws */
        final double[][] storeReserveMw;
        /** per line and hour, from its from-zone to its to-zone; change only through setFlow */
        final double[][] flowMw;
        /** per zone and hour: flows out minus flows in */
        final double[][] netExport;
        final double[][][] staticPrice;
        final double[][][] staticMw;
        final int[][][] staticType;

        Window(int first, int hours, SystemState state) {
            this.first = first;
            this.hours = hours;
            this.state = state;
            this.zones = system.zones().size();
            int n = units.size();
            on = new boolean[n][hours];
            firstOff = new int[n];
            onBefore = new boolean[n];
            pBefore = new double[n];
            for (int i = 0; i < n; i++) {
                SystemState.Unit before = state.unit(units.get(i).id());
                onBefore[i] = before.on();
                pBefore[i] = before.pMw();
            }
            mustRun = new boolean[n][hours];
            pminMw = new double[n][hours];
            unitZone = new int[n];
            for (int i = 0; i < n; i++) {
                unitZone[i] = system.zoneIndex(units.get(i).zone());
            }
            storeZone = new int[stores.size()];
            for (int k = 0; k < stores.size(); k++) {
                storeZone[k] = system.zoneIndex(stores.get(k).zone);
            }
            int lines = system.lines().size();
            lineFrom = new int[lines];
            lineTo = new int[lines];
            for (int l = 0; l < lines; l++) {
                lineFrom[l] = system.zoneIndex(system.lines().get(l).fromZone());
                lineTo[l] = system.zoneIndex(system.lines().get(l).toZone());
            }
            flowMw = new double[lines][hours];
            netExport = new double[zones][hours];
            stacks = new HourStack[zones][hours];
            sums = new double[zones][hours][3];
            baseNetMw = new double[zones][hours];
            bidMw = new double[zones][hours];
            elyBidMw = new double[zones][hours];
            reserveMw = new double[zones][hours];
            storeDrawMw = new double[zones][hours];
            storeDraws = new double[stores.size()][hours];
            storeReserveMw = new double[zones][hours];
            for (int k = 0; k < stores.size(); k++) {
                for (int t = 0; t < hours; t++) {
                    storeReserveMw[storeZone[k]][t] += stores.get(k).reserveMw(0);
                }
            }
            staticPrice = new double[zones][hours][];
            staticMw = new double[zones][hours][];
            staticType = new int[zones][hours][];
            for (int t = 0; t < hours; t++) {
                int step = first + t;
                for (int i = 0; i < n; i++) {
                    ThermalUnit u = units.get(i);
                    mustRun[i][t] = u.mustRun(system.axis().time(step));
                    pminMw[i][t] = u.pminMw(system.axis().time(step));
                }
                for (int z = 0; z < zones; z++) {
                    buildStatic(z, t, step);
                    stacks[z][t] = new HourStack(dumpPricePerMwh, dumpPricePerMwh);
                }
            }
        }

        private void buildStatic(int z, int t, int step) {
            String zone = system.zones().get(z).id();
            List<double[]> blocks = new ArrayList<>();
            double net = 0;
            double loadMw = 0;
            for (Component c : system.components()) {
                if (!c.zone().equals(zone)) {
                    continue;
                }
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
                        bidMw[z][t] += free;
                    }
                } else if (c instanceof Electrolyzer e && (e.tank() == null || e.tank().capacityKg() <= 0)) {
                    // no tank: hydrogen is taken as made, so the electrolyzer bids its hydrogen value
                    blocks.add(new double[] {e.valuePerMwh(), e.pmaxMw(), HourStack.ELECTROLYZER_BID});
                    bidMw[z][t] += e.pmaxMw();
                    elyBidMw[z][t] += e.pmaxMw();
                }
            }
            Zone zz = system.zones().get(z);
            reserveMw[z][t] = zz.reserveMw() + zz.reserveFractionOfLoad() * loadMw;
            baseNetMw[z][t] = net;
            int m = blocks.size();
            staticPrice[z][t] = new double[m];
            staticMw[z][t] = new double[m];
            staticType[z][t] = new int[m];
            for (int b = 0; b < m; b++) {
                staticPrice[z][t][b] = blocks.get(b)[0];
                staticMw[z][t][b] = Math.max(0, blocks.get(b)[1]);
                staticType[z][t][b] = (int) blocks.get(b)[2];
            }
        }

        /**
         * The descent's start: every unit on that may be on ({@code allOn}), or only what must be on (heat
         * must-run, and units whose minimum up time from the initial state has not passed).
         */
        void initialCommitment(boolean allOn) {
            for (int i = 0; i < units.size(); i++) {
                ThermalUnit u = units.get(i);
                SystemState.Unit s = state.unit(u.id());
                int lockedOff = s.on() ? 0 : steps(u.minDownH() - s.hoursInState());
                int lockedOn = s.on() ? steps(u.minUpH() - s.hoursInState()) : 0;
                for (int t = 0; t < hours; t++) {
                    on[i][t] = allOn ? t >= lockedOff || mustRun[i][t] : t < lockedOn || mustRun[i][t];
                }
                updateFirstOff(i);
            }
            for (int t = 0; t < hours; t++) {
                for (int z = 0; z < zones; z++) {
                    rebuild(z, t);
                }
            }
        }

        private int steps(double hoursValue) {
            return system.axis().stepsCovering(hoursValue);
        }

        void rebuild(int z, int t) {
            int ms = staticPrice[z][t].length;
            int n = ms + units.size();
            double[] price = new double[n];
            double[] mw = new double[n];
            int[] type = new int[n];
            int[] owner = new int[n];
            System.arraycopy(staticPrice[z][t], 0, price, 0, ms);
            System.arraycopy(staticMw[z][t], 0, mw, 0, ms);
            System.arraycopy(staticType[z][t], 0, type, 0, ms);
            Arrays.fill(owner, -1);
            int k = ms;
            for (int i = 0; i < units.size(); i++) {
                if (on[i][t] && unitZone[i] == z) {
                    ThermalUnit u = units.get(i);
                    boolean cont = continuing(i, t);
                    price[k] = u.marginalCostPerMwh();
                    mw[k] = hi(i, t, cont) - lo(i, t, cont);
                    type[k] = HourStack.THERMAL;
                    owner[k] = i;
                    k++;
                }
            }
            stacks[z][t].rebuild(k, price, mw, type, owner);
            double pmin = 0;
            double pmax = 0;
            double fixed = 0;
            for (int i = 0; i < units.size(); i++) {
                if (on[i][t] && unitZone[i] == z) {
                    ThermalUnit u = units.get(i);
                    boolean cont = continuing(i, t);
                    double lo = lo(i, t, cont);
                    pmin += lo;
                    pmax += hi(i, t, cont);
                    fixed += u.noloadCostPerH() + u.marginalCostPerMwh() * lo;
                }
            }
            sums[z][t][0] = pmin;
            sums[z][t][1] = pmax;
            sums[z][t][2] = fixed;
        }

        /**
         * Unit i's output range at hour t. A unit on since before the window (and not off since) can only
         * have ramped so far from its initial output; a unit started in the window is free in its first hour,
         * as the ramp rule applies between consecutive hours on.
         */
        double lo(int i, int t, boolean continuing) {
            ThermalUnit u = units.get(i);
            double lo = pminMw[i][t];
            if (continuing && Double.isFinite(u.rampDownMwPerH())) {
                double reach = pBefore[i] - u.rampDownMwPerH() * dtH * (t + 1);
                lo = Math.min(u.pmaxMw(), Math.max(lo, reach));
            }
            return lo;
        }

        double hi(int i, int t, boolean continuing) {
            ThermalUnit u = units.get(i);
            double hi = u.pmaxMw();
            if (continuing && Double.isFinite(u.rampUpMwPerH())) {
                double reach = pBefore[i] + u.rampUpMwPerH() * dtH * (t + 1);
                hi = Math.max(lo(i, t, true), Math.min(hi, reach));
            }
            return hi;
        }

        /** Whether unit i, if on at hour t, has been on since before the window. */
        boolean continuing(int i, int t) {
            return onBefore[i] && firstOff[i] >= t;
        }

        void updateFirstOff(int i) {
            int t = 0;
            while (t < hours && on[i][t]) {
                t++;
            }
            firstOff[i] = t;
        }

        /** Zone z's committed units at hour t: [minimum output, rating, fixed cost per hour]. */
        private double[] committedSums(int z, int t) {
            return sums[z][t];
        }

        /** Zone z's net export over its lines at hour t (MW it must supply for others). */
        private double netExportMw(int z, int t) {
            return netExport[z][t];
        }

        /** Sets a line's flow, keeping both zones' net exports in step. */
        private void setFlow(int l, int t, double mw) {
            double change = mw - flowMw[l][t];
            flowMw[l][t] = mw;
            netExport[lineFrom[l]][t] += change;
            netExport[lineTo[l]][t] -= change;
        }

        /** MW taken from the bottom of zone z's stack at hour t, before the units' minimum output. */
        private double position(int z, int t, double extraDrawMw) {
            return baseNetMw[z][t] + storeDrawMw[z][t] + bidMw[z][t] + netExportMw(z, t) + extraDrawMw;
        }

        /** Cost of zone z at hour t (currency) with the current decisions and {@code extraDrawMw} more demand. */
        double zoneCost(int z, int t, double extraDrawMw, double[] sums) {
            return zoneCost(z, t, extraDrawMw, 0, sums);
        }

        /** As above, with {@code extraReserveMw} more reserve held by a store being re-planned. */
        double zoneCost(int z, int t, double extraDrawMw, double extraReserveMw, double[] sums) {
            HourStack s = stacks[z][t];
            double energy = s.cost(position(z, t, extraDrawMw) - sums[0]);
            return (sums[2] + energy + reservePenalty(z, t, sums[1] - sums[0] - s.thermalMw + extraReserveMw, s)) * dtH;
        }

        /** Penalty for zone z's reserve shortfall given the committed units' headroom (stores' reserve added). */
        private double reservePenalty(int z, int t, double headroomMw, HourStack s) {
            double interruptible = elyBidMw[z][t] - s.electrolyzerMw;
            double shortfall = reserveMw[z][t] - headroomMw - interruptible - storeReserveMw[z][t];
            return shortfall > 0 ? shortfall * settings.reserveShortfallCostPerMwh() : 0;
        }

        /** Modelled cost of the window: every zone's hour costs, the stores' own costs, and start-ups. */
        double totalCost() {
            double total = 0;
            for (int t = 0; t < hours; t++) {
                for (int z = 0; z < zones; z++) {
                    total += zoneCost(z, t, 0, committedSums(z, t));
                }
            }
            for (StoreDp s : stores) {
                total += s.ownCost;
            }
            for (int i = 0; i < units.size(); i++) {
                boolean was = state.unit(units.get(i).id()).on();
                for (int t = 0; t < hours; t++) {
                    if (on[i][t] && !was) {
                        total += units.get(i).startupCost();
                    }
                    was = on[i][t];
                }
            }
            return total;
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
                    changed = true;
                }
            }
            if (changed) {
                updateFirstOff(i);
                for (int t = 0; t < hours; t++) {
                    rebuild(unitZone[i], t);
                }
            }
            return changed;
        }

        /**
         * Cost of hour t with unit i off minus with it on, other units and stores fixed. Each case may also move
         * the flow on a line into the unit's zone by the unit's minimum or maximum output, so a unit behind a
         * line with room to spare is judged against importing instead (a unit-by-unit search with flows held
         * would keep a dear unit on just because it fills its zone).
         */
        private double onBenefit(int i, int t) {
            return (caseCost(i, t, false) - caseCost(i, t, true)) * dtH;
        }

        private double caseCost(int i, int t, boolean withUnit) {
            int z = unitZone[i];
            boolean cont = on[i][t] ? continuing(i, t) : onBefore[i] && firstOff[i] == t;
            double best = unitZoneCost(i, t, withUnit, cont, 0);
            for (int l = 0; l < lineFrom.length; l++) {
                if (lineFrom[l] != z && lineTo[l] != z) {
                    continue;
                }
                int other = lineFrom[l] == z ? lineTo[l] : lineFrom[l];
                double sign = lineTo[l] == z ? 1 : -1; // +1: raising the flow brings power into z
                double cap = system.lines().get(l).capacityMw();
                double[] otherSums = committedSums(other, t);
                double otherBase = zoneCost(other, t, 0, otherSums) / dtH;
                double lo = lo(i, t, cont);
                double hi = hi(i, t, cont);
                // without the unit, import its output; with it, export (or import less) by as much
                for (double shift : withUnit ? new double[] {-lo, -hi} : new double[] {lo, hi}) {
                    double flow = Math.max(-cap, Math.min(cap, flowMw[l][t] + sign * shift));
                    double intoZ = (flow - flowMw[l][t]) * sign;
                    if (Math.abs(intoZ) < 1e-9) {
                        continue;
                    }
                    double c = unitZoneCost(i, t, withUnit, cont, -intoZ)
                            + zoneCost(other, t, intoZ, otherSums) / dtH - otherBase;
                    best = Math.min(best, c);
                }
            }
            return best;
        }

        /** Zone cost per hour at hour t with unit i on or off and {@code extraDrawMw} more demand in the zone. */
        private double unitZoneCost(int i, int t, boolean withUnit, boolean cont, double extraDrawMw) {
            ThermalUnit u = units.get(i);
            int z = unitZone[i];
            double[] sums = committedSums(z, t);
            HourStack s = stacks[z][t];
            double lo = lo(i, t, cont);
            double hi = hi(i, t, cont);
            double kBase = position(z, t, extraDrawMw);
            double pminWith = on[i][t] ? sums[0] : sums[0] + lo;
            double pmaxWith = on[i][t] ? sums[1] : sums[1] + hi;
            double fixedWith = on[i][t] ? sums[2] : sums[2] + u.noloadCostPerH() + u.marginalCostPerMwh() * lo;
            if (withUnit) {
                double e = on[i][t] ? s.cost(kBase - pminWith)
                        : s.costWith(kBase - pminWith, u.marginalCostPerMwh(), hi - lo);
                return fixedWith + e + reservePenalty(z, t, pmaxWith - pminWith - s.thermalMw, s);
            }
            double pminWithout = pminWith - lo;
            double pmaxWithout = pmaxWith - hi;
            double fixedWithout = fixedWith - u.noloadCostPerH() - u.marginalCostPerMwh() * lo;
            double e = on[i][t] ? s.costWithout(kBase - pminWithout, i) : s.cost(kBase - pminWithout);
            return fixedWithout + e + reservePenalty(z, t, pmaxWithout - pminWithout - s.thermalMw, s);
        }

        /**
         * Line flows by coordinate descent: each line in turn moves the flow that minimises the cost of its two
         * zones, by golden-section search over [-capacity, capacity].
         */
        void optimiseFlows() {
            if (lineFrom.length == 0) {
                return;
            }
            for (int t = 0; t < hours; t++) {
                double[][] sums = new double[zones][];
                for (int z = 0; z < zones; z++) {
                    sums[z] = committedSums(z, t);
                }
                for (int l = 0; l < lineFrom.length; l++) {
                    double cap = system.lines().get(l).capacityMw();
                    int a = lineFrom[l];
                    int b = lineTo[l];
                    double current = flowMw[l][t];
                    final int tt = t;
                    final int ll = l;
                    java.util.function.DoubleUnaryOperator cost = f -> {
                        setFlow(ll, tt, f);
                        return zoneCost(a, tt, 0, sums[a]) + zoneCost(b, tt, 0, sums[b]);
                    };
                    double best = goldenSection(cost, -cap, cap);
                    double bestCost = cost.applyAsDouble(best);
                    double currentCost = cost.applyAsDouble(current);
                    setFlow(l, t, bestCost < currentCost - 1e-9 ? best : current);
                }
            }
        }

        private double goldenSection(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
            final double r = (Math.sqrt(5) - 1) / 2;
            double a = lo;
            double b = hi;
            double c = b - r * (b - a);
            double d = a + r * (b - a);
            double fc = f.applyAsDouble(c);
            double fd = f.applyAsDouble(d);
            for (int k = 0; k < 40 && b - a > 1e-3; k++) {
                if (fc <= fd) {
                    b = d;
                    d = c;
                    fd = fc;
                    c = b - r * (b - a);
                    fc = f.applyAsDouble(c);
                } else {
                    a = c;
                    c = d;
                    fc = fd;
                    d = a + r * (b - a);
                    fd = f.applyAsDouble(d);
                }
            }
            return (a + b) / 2;
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
                return s.on() ? k : k + (int) Math.floor(s.hoursInState() / dtH + 1e-9);
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
            updateFirstOff(i);
            for (int j = 0; j < hours; j++) {
                rebuild(unitZone[i], j);
            }
        }

        /** Re-plans every store on the fine grid, in place of the coarse programmes. */
        void refineStores() {
            List<StoreDp> fine = newStores(FINE);
            for (int k = 0; k < fine.size(); k++) {
                StoreDp f = fine.get(k);
                stores.set(k, f);
                optimiseStore(f);
            }
        }

        void optimiseStore(StoreDp dp) {
            int index = stores.indexOf(dp);
            int z = storeZone[index];
            double[] own = storeDraws[index];
            for (int t = 0; t < hours; t++) {
                storeDrawMw[z][t] -= own[t];
                storeReserveMw[z][t] -= dp.reserveMw(own[t]);
            }
            double[][] sums = new double[hours][];
            double[] base = new double[hours];
            for (int t = 0; t < hours; t++) {
                sums[t] = committedSums(z, t);
                base[t] = zoneCost(z, t, 0, sums[t]);
            }
            dp.optimise(hours, state.energy(dp.id),
                    (t, draw) -> zoneCost(z, t, draw, dp.reserveMw(draw), sums[t]) - base[t]);
            for (int t = 0; t < hours; t++) {
                own[t] = dp.drawMw[t];
                storeDrawMw[z][t] += own[t];
                storeReserveMw[z][t] += dp.reserveMw(own[t]);
            }
        }
    }
}
