package org.sgls.dispatch.lookahead;

import java.util.ArrayList;
import java.util.List;
import org.sgls.model.Component;
import org.sgls.model.DispatchSettings;
import org.sgls.model.DispatchableSource;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Exchange;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.sim.SystemState;

/**
 * One window of the look-ahead: its data (each zone's static merit-order blocks per hour, loads, reserve) and
 * its current decisions (commitments, line flows, store draws), with the moves of the descent on them: a unit's
 * re-commitment, the flows' re-optimisation and a store's re-plan. One instance per descent; not shared.
 */
final class LookaheadWindow {
    final PowerSystem system;
    final DispatchSettings settings;
    final double dtH;
    final List<ThermalUnit> units;
    final double dumpPricePerMwh;
    private final Lookahead owner;

    final int first;
    final int hours;
    final SystemState state;
    final int zones;
    /** the stores' programmes: coarse during the descent, replaced by fine ones by {@link #refineStores} */
    List<StoreDp> stores;
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
    /** whether a line leaves each zone */
    private final boolean[] zoneHasLine;
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
    /** per zone and hour: the static blocks and the zone's units in price order (see sortedBlocks) */
    private final int[][][] blockOrder;
    private final double[] scratchPrice;
    private final double[] scratchMw;
    private final int[] scratchType;
    private final int[] scratchOwner;
    final double[][][] staticMw;
    final int[][][] staticType;
    /** per unit: breakpoints of its piecewise-linear cost (null for one marginal cost), and the cost at each */
    private final double[][] breakMw;
    private final double[][] breakCostPerH;
    /** a unit's pieces being put into a stack that does not hold them */
    private final double[] piecePrice;
    private final double[] pieceMw;

    LookaheadWindow(Lookahead owner, int first, int hours, SystemState state) {
        this.owner = owner;
        this.stores = owner.newStores(Lookahead.COARSE);
        this.system = owner.system;
        this.settings = owner.settings;
        this.dtH = owner.dtH;
        this.units = owner.units;
        this.dumpPricePerMwh = owner.dumpPricePerMwh;
        this.first = first;
        this.hours = hours;
        this.state = state;
        this.zones = system.zones().size();
        int n = units.size();
        breakMw = new double[n][];
        breakCostPerH = new double[n][];
        int mostPieces = 1;
        for (int i = 0; i < n; i++) {
            ThermalUnit u = units.get(i);
            if (!u.linearCost()) {
                breakMw[i] = u.costBreakpointsMw();
                breakCostPerH[i] = new double[breakMw[i].length];
                for (int k = 0; k < breakMw[i].length; k++) {
                    breakCostPerH[i][k] = u.outputCostPerH(breakMw[i][k]);
                }
                mostPieces = Math.max(mostPieces, breakMw[i].length);
            }
        }
        piecePrice = new double[mostPieces];
        pieceMw = new double[mostPieces];
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
        zoneHasLine = new boolean[zones];
        for (int l = 0; l < lines; l++) {
            lineFrom[l] = system.zoneIndex(system.lines().get(l).fromZone());
            lineTo[l] = system.zoneIndex(system.lines().get(l).toZone());
            zoneHasLine[lineFrom[l]] = true;
            zoneHasLine[lineTo[l]] = true;
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
        blockOrder = new int[zones][hours][];
        int longest = 0;
        for (int t = 0; t < hours; t++) {
            for (int z = 0; z < zones; z++) {
                blockOrder[z][t] = sortedBlocks(z, t);
                longest = Math.max(longest, blockOrder[z][t].length);
            }
        }
        for (double[] breaks : breakMw) {
            longest += breaks == null ? 0 : breaks.length; // room for every piece of a cost curve
        }
        scratchPrice = new double[longest];
        scratchMw = new double[longest];
        scratchType = new int[longest];
        scratchOwner = new int[longest];
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

    /** Where a descent starts. */
    enum Start {
        /** every unit on that may be on: the descent then mostly takes units off */
        ALL_ON,
        /**
         * a priority list: in each zone and hour, what must be on, then the units in order of full-load cost until
         * their ratings cover the thermal output and the reserve of the all-on dispatch; the descent then mostly
         * adds units where that is short
         */
        PRIORITY_LIST
    }

    /**
     * Sets the descent's start. Units whose minimum down time from the initial state has not passed stay off,
     * and those whose minimum up time has not passed, or that must run for heat, stay on.
     */
    void initialCommitment(Start start) {
        for (int i = 0; i < units.size(); i++) {
            int lockedOff = lockedSteps(i, false);
            for (int t = 0; t < hours; t++) {
                on[i][t] = t >= lockedOff || mustRun[i][t];
            }
            updateFirstOff(i);
        }
        rebuildAll();
        if (start == Start.PRIORITY_LIST) {
            optimiseFlows();
            commitByPriority(coverNeededMw());
            rebuildAll();
        }
    }

    /** Steps at the window's start that unit i's initial state holds: on ({@code on}) or off. */
    private int lockedSteps(int i, boolean on) {
        ThermalUnit u = units.get(i);
        SystemState.Unit s = state.unit(u.id());
        if (s.on() != on) {
            return 0;
        }
        return steps((on ? u.minUpH() : u.minDownH()) - s.hoursInState());
    }

    /**
     * Per zone and hour: the thermal output of the present (all-on) dispatch, less what it only makes because
     * every unit's minimum is forced (supply cheaper than any unit left unused), plus the reserve nothing else
     * holds, MW.
     */
    private double[][] coverNeededMw() {
        double[][] need = new double[zones][hours];
        for (int t = 0; t < hours; t++) {
            for (int z = 0; z < zones; z++) {
                HourStack s = stacks[z][t];
                double k = position(z, t, 0) - sums[z][t][0];
                s.cost(k);
                double forcedMw = Math.max(0, s.belowThermalMw() - Math.max(0, k));
                double interruptibleMw = elyBidMw[z][t] - s.electrolyzerMw;
                double uncoveredReserveMw = reserveMw[z][t] - interruptibleMw - storeReserveMw[z][t];
                need[z][t] = Math.max(0, sums[z][t][0] + s.thermalMw - forcedMw) + Math.max(0, uncoveredReserveMw);
            }
        }
        return need;
    }

    /** Commits what must be on, then the cheapest units (full-load cost) wherever {@code needMw} is not covered. */
    private void commitByPriority(double[][] needMw) {
        for (int i = 0; i < units.size(); i++) {
            int lockedOn = lockedSteps(i, true);
            for (int t = 0; t < hours; t++) {
                on[i][t] = mustRun[i][t] || t < lockedOn;
                if (on[i][t]) {
                    needMw[unitZone[i]][t] -= units.get(i).pmaxMw();
                }
            }
        }
        int[] dearestFirst = owner.unitOrder;
        for (int q = dearestFirst.length - 1; q >= 0; q--) {
            int i = dearestFirst[q];
            int lockedOff = lockedSteps(i, false);
            for (int t = lockedOff; t < hours; t++) {
                if (!on[i][t] && needMw[unitZone[i]][t] > 0) {
                    on[i][t] = true;
                    needMw[unitZone[i]][t] -= units.get(i).pmaxMw();
                }
            }
        }
        for (int i = 0; i < units.size(); i++) {
            updateFirstOff(i);
        }
    }

    void rebuildAll() {
        for (int t = 0; t < hours; t++) {
            for (int z = 0; z < zones; z++) {
                rebuild(z, t);
            }
        }
    }

    int steps(double hoursValue) {
        return system.axis().stepsCovering(hoursValue);
    }

    /** Rebuilds zone z's stack at hour t from its static blocks and the blocks of the units now on. */
    void rebuild(int z, int t) {
        int[] order = blockOrder[z][t];
        int ms = staticPrice[z][t].length;
        double[] price = scratchPrice;
        double[] mw = scratchMw;
        int[] type = scratchType;
        int[] owner = scratchOwner;
        int k = 0;
        boolean pieced = false;
        for (int c : order) {
            if (c < ms) {
                price[k] = staticPrice[z][t][c];
                mw[k] = staticMw[z][t][c];
                type[k] = staticType[z][t][c];
                owner[k] = -1;
                k++;
                continue;
            }
            int i = c - ms;
            if (on[i][t]) {
                boolean cont = continuing(i, t);
                if (breakMw[i] != null) {
                    int pieces = pieces(i, lo(i, t, cont), hi(i, t, cont));
                    for (int b = 0; b < pieces; b++, k++) {
                        price[k] = piecePrice[b];
                        mw[k] = pieceMw[b];
                        type[k] = HourStack.THERMAL;
                        owner[k] = i;
                    }
                    pieced = true;
                    continue;
                }
                price[k] = units.get(i).marginalCostPerMwh();
                mw[k] = hi(i, t, cont) - lo(i, t, cont);
                type[k] = HourStack.THERMAL;
                owner[k] = i;
                k++;
            }
        }
        if (pieced) {
            sortByPrice(k, price, mw, type, owner); // a cost curve's pieces have prices of their own
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
                fixed += u.noloadCostPerH() + outputCostPerH(i, lo);
            }
        }
        sums[z][t][0] = pmin;
        sums[z][t][1] = pmax;
        sums[z][t][2] = fixed;
    }

    /** Stable insertion sort of the first n blocks by price: the list is nearly sorted already. */
    private static void sortByPrice(int n, double[] price, double[] mw, int[] type, int[] owner) {
        for (int j = 1; j < n; j++) {
            double p = price[j];
            double m = mw[j];
            int ty = type[j];
            int ow = owner[j];
            int i = j - 1;
            while (i >= 0 && price[i] > p) {
                price[i + 1] = price[i];
                mw[i + 1] = mw[i];
                type[i + 1] = type[i];
                owner[i + 1] = owner[i];
                i--;
            }
            price[i + 1] = p;
            mw[i + 1] = m;
            type[i + 1] = ty;
            owner[i + 1] = ow;
        }
    }

    /** Unit i's cost per hour of producing {@code mw} beyond its no-load cost. */
    private double outputCostPerH(int i, double mw) {
        ThermalUnit u = units.get(i);
        return breakMw[i] == null ? u.marginalCostPerMwh() * mw : u.outputCostPerH(mw);
    }

    /**
     * Unit i's merit-order blocks between {@code lo} and {@code hi} MW, one per piece of its convex cost (cut at
     * lo and hi), priced at the chord's slope, into {@link #piecePrice} and {@link #pieceMw}; returns how many.
     */
    private int pieces(int i, double lo, double hi) {
        double[] b = breakMw[i];
        double from = lo;
        double fromCost = units.get(i).outputCostPerH(lo);
        int n = 0;
        for (int j = 1; j < b.length && from < hi; j++) {
            if (b[j] <= from) {
                continue;
            }
            double to = Math.min(b[j], hi);
            double toCost = to == b[j] ? breakCostPerH[i][j] : units.get(i).outputCostPerH(to);
            piecePrice[n] = (toCost - fromCost) / (to - from);
            pieceMw[n] = to - from;
            n++;
            from = to;
            fromCost = toCost;
        }
        return n;
    }

    /**
     * Zone z's candidate blocks at hour t sorted by price once: its static blocks (indices 0..m-1), then one per
     * unit of the zone (m + unit index). Equal prices keep this order, static blocks first, then units by index.
     */
    private int[] sortedBlocks(int z, int t) {
        int ms = staticPrice[z][t].length;
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < ms; c++) {
            candidates.add(c);
        }
        for (int i = 0; i < units.size(); i++) {
            if (unitZone[i] == z) {
                candidates.add(ms + i);
            }
        }
        candidates.sort((a, b) -> {
            double pa = a < ms ? staticPrice[z][t][a] : units.get(a - ms).marginalCostPerMwh();
            double pb = b < ms ? staticPrice[z][t][b] : units.get(b - ms).marginalCostPerMwh();
            int c = Double.compare(pa, pb);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return candidates.stream().mapToInt(Integer::intValue).toArray();
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

    /** Zone z's marginal price of energy at hour t with the current decisions (per MWh). */
    double marginalPricePerMwh(int z, int t) {
        return stacks[z][t].priceAt(position(z, t, 0) - committedSums(z, t)[0]);
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
        return reservePenalty(z, t, headroomMw, s, -1);
    }

    /**
     * As above, unit {@code excludedUnit}'s blocks being out of the evaluation: a shortfall is made up by
     * redispatch where that is cheaper than the penalty ({@link HourStack#reserveCost}), as the hourly LP does.
     */
    private double reservePenalty(int z, int t, double headroomMw, HourStack s, int excludedUnit) {
        double interruptible = elyBidMw[z][t] - s.electrolyzerMw;
        double shortfall = reserveMw[z][t] - headroomMw - interruptible - storeReserveMw[z][t];
        return shortfall > 0 ? s.reserveCost(shortfall, settings.reserveShortfallCostPerMwh(), excludedUnit) : 0;
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
        boolean[] moved = new boolean[hours];
        for (int t = 0; t < hours; t++) {
            if (best[t] != on[i][t]) {
                on[i][t] = best[t];
                moved[t] = true;
                changed = true;
            }
        }
        if (changed) {
            int firstOffBefore = firstOff[i];
            updateFirstOff(i);
            // a stack holds the unit's block where it is on, sized by its ramp from the initial state while it has
            // been on since before the window: only hours where either changed need building again
            int from = Math.min(firstOffBefore, firstOff[i]);
            int to = onBefore[i] ? Math.max(firstOffBefore, firstOff[i]) : -1;
            for (int t = 0; t < hours; t++) {
                if (moved[t] || (t >= from && t <= to)) {
                    rebuild(unitZone[i], t);
                }
            }
            // the benefit may have counted on a line taking over (see caseCost): let the flows follow now, or
            // the next units would each count on the same spare line capacity
            for (int t = 0; t < hours && lineFrom.length > 0; t++) {
                if (moved[t]) {
                    optimiseFlows(t);
                }
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
            int other = otherEnd(l, z);
            if (other < 0) {
                continue;
            }
            double[] otherSums = committedSums(other, t);
            double otherBase = zoneCost(other, t, 0, otherSums) / dtH;
            double lo = lo(i, t, cont);
            double hi = hi(i, t, cont);
            // without the unit, import its output; with it, export (or import less) by as much
            for (double shift : withUnit ? new double[] {-lo, -hi} : new double[] {lo, hi}) {
                double intoZ = intoZoneMw(l, t, z, shift);
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
        boolean pieces = breakMw[i] != null;
        double fixedWith = on[i][t] ? sums[2] : sums[2] + u.noloadCostPerH() + outputCostPerH(i, lo);
        if (withUnit) {
            double e;
            if (on[i][t]) {
                e = s.cost(kBase - pminWith);
            } else if (pieces) {
                e = s.costWithPieces(kBase - pminWith, piecePrice, pieceMw, pieces(i, lo, hi));
            } else {
                e = s.costWith(kBase - pminWith, u.marginalCostPerMwh(), hi - lo);
            }
            return fixedWith + e + reservePenalty(z, t, pmaxWith - pminWith - s.thermalMw, s);
        }
        double pminWithout = pminWith - lo;
        double pmaxWithout = pmaxWith - hi;
        double fixedWithout = fixedWith - u.noloadCostPerH() - outputCostPerH(i, lo);
        double e;
        if (!on[i][t]) {
            e = s.cost(kBase - pminWithout);
        } else {
            e = pieces ? s.costWithoutPieces(kBase - pminWithout, i) : s.costWithout(kBase - pminWithout, i);
        }
        return fixedWithout + e + reservePenalty(z, t, pmaxWithout - pminWithout - s.thermalMw, s, i);
    }

    /**
     * Line flows by coordinate descent: each line in turn moves the flow that minimises the cost of its two
     * zones. A step of {@link #PROBE_MW} either way says whether the flow is already at the minimum (two
     * thirds of the calls in a year of ningdong-2030: most calls follow a change elsewhere in the hour that
     * leaves the line alone); otherwise golden-section search runs on the downhill side, up to the capacity.
     */
    void optimiseFlows() {
        if (lineFrom.length == 0) {
            return;
        }
        for (int t = 0; t < hours; t++) {
            optimiseFlows(t);
        }
    }

    /** How far the flow search first looks either side of the present flow, MW. */
    private static final double PROBE_MW = 0.01;

    /** The line flows of hour t, by coordinate descent (see {@link #optimiseFlows()}). */
    private void optimiseFlows(int t) {
        double[][] sums = new double[zones][];
        for (int z = 0; z < zones; z++) {
            sums[z] = committedSums(z, t);
        }
        for (int l = 0; l < lineFrom.length; l++) {
            double cap = system.lines().get(l).capacityMw();
            int a = lineFrom[l];
            int b = lineTo[l];
            double current = flowMw[l][t];
            final int ll = l;
            java.util.function.DoubleUnaryOperator cost = f -> {
                setFlow(ll, t, f);
                return zoneCost(a, t, 0, sums[a]) + zoneCost(b, t, 0, sums[b]);
            };
            double currentCost = cost.applyAsDouble(current);
            double up = current < cap ? cost.applyAsDouble(Math.min(cap, current + PROBE_MW)) : currentCost;
            double down = current > -cap ? cost.applyAsDouble(Math.max(-cap, current - PROBE_MW)) : currentCost;
            if (up >= currentCost - 1e-9 && down >= currentCost - 1e-9) {
                setFlow(l, t, current); // the two zones' cost is unimodal in the flow: no better flow further out
                continue;
            }
            double best = up < down ? goldenSection(cost, current, cap) : goldenSection(cost, -cap, current);
            double bestCost = cost.applyAsDouble(best);
            setFlow(l, t, bestCost < currentCost - 1e-9 ? best : current);
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

    /** The descent's decisions at one moment: commitments, line flows and the stores' programmes. */
    record Snapshot(boolean[][] on, double[][] flowMw, double[][] storeDraws, StoreDp.Programme[] programmes) {
    }

    Snapshot snapshot() {
        StoreDp.Programme[] programmes = new StoreDp.Programme[stores.size()];
        for (int k = 0; k < programmes.length; k++) {
            programmes[k] = stores.get(k).programme();
        }
        return new Snapshot(deepCopy(on), deepCopy(flowMw), deepCopy(storeDraws), programmes);
    }

    /** Puts the decisions of {@code s} back, with everything derived from them. */
    void restore(Snapshot s) {
        for (int i = 0; i < units.size(); i++) {
            System.arraycopy(s.on()[i], 0, on[i], 0, hours);
            updateFirstOff(i);
        }
        for (int l = 0; l < lineFrom.length; l++) {
            for (int t = 0; t < hours; t++) {
                setFlow(l, t, s.flowMw()[l][t]);
            }
        }
        for (int k = 0; k < stores.size(); k++) {
            StoreDp dp = stores.get(k);
            setStoreDraws(k, dp, s.storeDraws()[k]);
            dp.restore(s.programmes()[k]);
        }
        rebuildAll();
    }

    private static boolean[][] deepCopy(boolean[][] a) {
        boolean[][] c = new boolean[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Re-plans every store on the fine grid, in place of the coarse programmes. */
    void refineStores() {
        List<StoreDp> fine = owner.newStores(Lookahead.FINE);
        for (int k = 0; k < fine.size(); k++) {
            StoreDp f = fine.get(k);
            stores.set(k, f);
            optimiseStore(f);
        }
    }

    /**
     * Re-plans one store against the hour stacks with the units held. The DP works on a grid, so its plan can cost
     * more than the one it replaces: then the old plan stays, and the descent only goes down. Where lines leave
     * the store's zone, an hour's draw may also move a line's flow by as much (a store behind a line charges from
     * and discharges into the next zone), and the flows are then re-optimised and the whole window judged:
     * the store's new plan is kept only if the window's cost falls.
     */
    void optimiseStore(StoreDp dp) {
        int index = stores.indexOf(dp);
        int z = storeZone[index];
        double[] own = storeDraws[index];
        StoreDp.Programme old = dp.drawMw == null ? null : dp.programme();
        boolean viaLines = zoneHasLine[z];
        double before = old == null ? 0 : viaLines ? totalCost() : storeCost(dp, z);
        double[] oldDraws = own.clone();
        double[][] oldFlows = viaLines ? deepCopy(flowMw) : null;
        setStoreDraws(index, dp, new double[hours]);
        double[][] sums = new double[hours][];
        double[] base = new double[hours];
        for (int t = 0; t < hours; t++) {
            sums[t] = committedSums(z, t);
            base[t] = zoneCost(z, t, 0, sums[t]);
        }
        StoreDp.HourCost hourCost = (t, draw) -> zoneCost(z, t, draw, dp.reserveMw(draw), sums[t]) - base[t];
        if (viaLines) {
            // the neighbours' costs as they stand, once, not at every action the DP tries
            double[][] otherBase = new double[lineFrom.length][hours];
            for (int l = 0; l < lineFrom.length; l++) {
                int other = otherEnd(l, z);
                for (int t = 0; t < hours && other >= 0; t++) {
                    otherBase[l][t] = zoneCost(other, t, 0, committedSums(other, t));
                }
            }
            StoreDp.HourCost inZone = hourCost;
            hourCost = (t, draw) -> Math.min(inZone.delta(t, draw),
                    viaLine(z, t, draw, dp.reserveMw(draw), sums[t], otherBase) - base[t]);
        }
        dp.optimise(hours, state.energy(dp.id), hourCost);
        setStoreDraws(index, dp, dp.drawMw);
        if (viaLines) {
            // an hour's flows depend on that hour alone: only where the store's draw moved can they move
            for (int t = 0; t < hours; t++) {
                if (own[t] != oldDraws[t]) {
                    optimiseFlows(t);
                }
            }
        }
        double after = old == null ? 0 : viaLines ? totalCost() : storeCost(dp, z);
        if (old != null && after > before + 1e-9 * Math.abs(before)) {
            dp.restore(old);
            setStoreDraws(index, dp, oldDraws);
            if (viaLines) {
                for (int l = 0; l < lineFrom.length; l++) {
                    for (int t = 0; t < hours; t++) {
                        setFlow(l, t, oldFlows[l][t]);
                    }
                }
            }
        }
    }

    /** The other end of line l if it joins zone z, else -1. */
    private int otherEnd(int l, int z) {
        return lineFrom[l] == z ? lineTo[l] : lineTo[l] == z ? lineFrom[l] : -1;
    }

    /** How much of {@code wantedMw} more into zone z line l can bring at hour t within its capacity (< 0: out of z). */
    private double intoZoneMw(int l, int t, int z, double wantedMw) {
        double sign = lineTo[l] == z ? 1 : -1; // +1: raising the flow brings power into z
        double cap = system.lines().get(l).capacityMw();
        double flow = Math.max(-cap, Math.min(cap, flowMw[l][t] + sign * wantedMw));
        return (flow - flowMw[l][t]) * sign;
    }

    /**
     * Cost of zone z and its neighbours at hour t, less their costs now, when a store in z draws {@code drawMw}
     * more and the best single line out of z carries as much of it as it has room for ({@code otherBase}: each
     * line's other zone's cost now, per hour).
     */
    private double viaLine(int z, int t, double drawMw, double reserveMw, double[] sums, double[][] otherBase) {
        double best = Double.POSITIVE_INFINITY;
        for (int l = 0; l < lineFrom.length; l++) {
            int other = otherEnd(l, z);
            if (other < 0) {
                continue;
            }
            double intoZ = intoZoneMw(l, t, z, drawMw);
            double c = zoneCost(z, t, drawMw - intoZ, reserveMw, sums)
                    + zoneCost(other, t, intoZ, committedSums(other, t)) - otherBase[l][t];
            best = Math.min(best, c);
        }
        return best;
    }

    /** The store's zone's cost over the window with the store's current draws, plus the store's own cost. */
    private double storeCost(StoreDp dp, int z) {
        double total = dp.ownCost;
        for (int t = 0; t < hours; t++) {
            total += zoneCost(z, t, 0, committedSums(z, t));
        }
        return total;
    }

    private void setStoreDraws(int index, StoreDp dp, double[] draws) {
        int z = storeZone[index];
        double[] own = storeDraws[index];
        for (int t = 0; t < hours; t++) {
            storeDrawMw[z][t] += draws[t] - own[t];
            storeReserveMw[z][t] += dp.reserveMw(draws[t]) - dp.reserveMw(own[t]);
            own[t] = draws[t];
        }
    }
}
