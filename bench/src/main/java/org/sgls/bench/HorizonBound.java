package org.sgls.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.dispatch.formulation.Formulations;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.model.Electrolyzer;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.SystemState;

/**
 * The perfect-foresight lower bound on a run's cost: the horizon solved as an LP with the commitment relaxed
 * (on/start/stop in [0, 1]), with the run's cost terms and initial state and no value for what is left at the
 * end (as in the run).
 *
 * <p>A year at once is too large for GLOP in reasonable time (over a million variables for 44 units; the
 * simplex's time grows faster than the LP), so the horizon is cut into consecutive blocks solved independently,
 * joined by Lagrangian relaxation of the state they share. The first block starts from the run's initial state;
 * every later block starts from a <em>free</em> state: each unit's on-state and output, and each store's energy,
 * just before the block are variables within their physical ranges. Each such variable {@code z} costs a price
 * {@code λ} in the block that starts from it, and the same state at the end of the previous block earns
 * {@code λ}. For any prices the sum of the block optima is at most the horizon's optimum (which, cut at the
 * boundaries, is feasible for every block, and its price terms cancel), hence at most the cost of anything the
 * rolling dispatch can do. Good prices make the bound tight: they are the duals of the state at each boundary in
 * a short LP spanning it (the marginal value of stored energy, of being on, of the output a ramp starts from).
 *
 * <p>The same holds with each block solved as the MIP (commitment and electrolyzer on/off integer) and SCIP's
 * proven lower bound taken for it: tighter where the LP relaxation is loose, slower.
 */
final class HorizonBound {
    /** One block's optimum, price terms included. */
    record Block(int first, int steps, double cost, int variables, double seconds) {
    }

    /**
     * How the bound is computed: blocks of {@code blockSteps}; prices from LPs of {@code 2 x priceSteps} around
     * each boundary (0: no prices, the free state costs nothing); each block as an LP, or, if
     * {@code mipSeconds > 0}, as the MIP (integer commitment and electrolyzer on/off) whose proven lower bound
     * SCIP reaches in that time; {@code threads} solves at a time.
     */
    record Settings(int blockSteps, int priceSteps, double mipSeconds, int threads) {
        /** A week per block, prices from 48 h either side, LPs, two threads (docs/benchmarks.md). */
        static final Settings DEFAULT = new Settings(168, 48, 0, 2);

        Settings {
            if (blockSteps < 2 || priceSteps < 0 || mipSeconds < 0 || threads < 1) {
                throw new IllegalArgumentException("block >= 2, prices >= 0, MIP seconds >= 0, threads >= 1");
            }
        }
    }

    /** The bound: the sum of the blocks' optima; seconds spent on the blocks and on the prices. */
    record Bound(double cost, List<Block> blocks, double blockSeconds, double priceSeconds) {
        double seconds() {
            return blockSeconds + priceSeconds;
        }
    }

    /**
     * A state carried from one step to the next, by the names the formulations give it: the variable
     * {@code var + t}, and the rows {@code row + t} of step t that read it at step t - 1. A missing name is an
     * error, never a silently different (and then possibly invalid) bound.
     */
    private record Coupling(String id, String var, List<String> rows, double lower, double upper) {
    }

    private HorizonBound() {
    }

    /**
     * The bound over the scenario's whole time axis, with the commitment free or, if {@code imposed} is given,
     * fixed to it; sums are taken in block order, so the result does not depend on threads.
     */
    static Bound solve(Scenario scenario, WindowProblem.CommitmentSource imposed, Settings settings) {
        int blockSteps = settings.blockSteps();
        int priceSteps = settings.priceSteps();
        int steps = scenario.system().axis().steps();
        List<Integer> starts = new ArrayList<>();
        for (int first = 0; first < steps; first += blockSteps) {
            // a block of one step would have no second step to read the state's coefficients from: merge it
            if (first > 0 && steps - first < 2) {
                break;
            }
            starts.add(first);
        }
        starts.add(steps);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            long t0 = System.nanoTime();
            List<Future<Map<String, Double>>> priceJobs = new ArrayList<>();
            for (int k = 1; k < starts.size() - 1; k++) {
                int boundary = starts.get(k);
                Callable<Map<String, Double>> job = priceSteps > 0 ? () -> prices(scenario, imposed, boundary, priceSteps)
                        : Map::of;
                priceJobs.add(pool.submit(job));
            }
            List<Map<String, Double>> prices = new ArrayList<>();
            prices.add(Map.of()); // the first block starts from the run's state
            for (Future<Map<String, Double>> f : priceJobs) {
                prices.add(f.get());
            }
            prices.add(Map.of()); // nothing after the last block
            long t1 = System.nanoTime();
            List<Future<Block>> blockJobs = new ArrayList<>();
            for (int k = 0; k < starts.size() - 1; k++) {
                int first = starts.get(k);
                int n = starts.get(k + 1) - first;
                Map<String, Double> in = prices.get(k);
                Map<String, Double> out = prices.get(k + 1);
                blockJobs.add(pool.submit(() -> block(scenario, imposed, first, n, in, out, settings.mipSeconds())));
            }
            List<Block> blocks = new ArrayList<>();
            double cost = 0;
            for (Future<Block> f : blockJobs) {
                Block b = f.get();
                blocks.add(b);
                cost += b.cost();
            }
            return new Bound(cost, blocks, (System.nanoTime() - t1) / 1e9, (t1 - t0) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Block {@code [first, first + steps)}: the run's initial state for the first, a free state priced at
     * {@code in} for the others; the state at its last step earns {@code out}. An LP, or if {@code mipSeconds > 0}
     * the MIP's proven bound.
     */
    static Block block(Scenario scenario, WindowProblem.CommitmentSource imposed, int first, int steps,
            Map<String, Double> in, Map<String, Double> out, double mipSeconds) {
        long t0 = System.nanoTime();
        WindowProblem w = window(scenario, imposed, first, steps,
                mipSeconds > 0 ? WindowProblem.Commitment.INTEGER : WindowProblem.Commitment.RELAXED);
        LinearModel lp = w.lp();
        if (!out.isEmpty()) {
            Map<String, Integer> vars = variables(lp, "_" + (steps - 1));
            for (Coupling c : couplings(scenario.system())) {
                lp.addCost(find(vars, c.var() + (steps - 1)), -out.getOrDefault(c.id(), 0.0));
            }
        }
        if (first > 0) {
            Map<String, Integer> before = freeInitialState(w);
            before.forEach((id, var) -> lp.addCost(var, in.getOrDefault(id, 0.0)));
        }
        double cost = mipSeconds > 0 ? OrTools.mipBound(lp, mipSeconds) : OrTools.lp(lp).objective();
        return new Block(first, steps, cost, lp.variables(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The prices of the state at {@code boundary}: from the LP of up to {@code halfSteps} steps on either side,
     * the rate at which its optimal cost falls per unit of each state just before the boundary, read from the
     * duals of the rows after the boundary that use it (reduced-cost stationarity: for a state split into the
     * two sides of the boundary, these are the multipliers of their equality).
     */
    static Map<String, Double> prices(Scenario scenario, WindowProblem.CommitmentSource imposed, int boundary,
            int halfSteps) {
        int first = Math.max(0, boundary - halfSteps);
        int end = Math.min(scenario.system().axis().steps(), boundary + halfSteps);
        WindowProblem w = window(scenario, imposed, first, end - first, WindowProblem.Commitment.RELAXED);
        if (first > 0) {
            freeInitialState(w);
        }
        LinearModel lp = w.lp();
        OrTools.Solved s = OrTools.lp(lp);
        int t = boundary - first;
        Map<String, Integer> rows = rows(lp, "_" + t);
        Map<String, Integer> vars = variables(lp, "_" + (t - 1));
        Map<String, Double> prices = new HashMap<>();
        for (Coupling c : couplings(scenario.system())) {
            int var = find(vars, c.var() + (t - 1));
            double price = 0;
            for (String row : c.rows()) {
                int r = find(rows, row + t);
                price += coefficient(lp, r, var) * s.duals()[r];
            }
            prices.put(c.id(), price);
        }
        return prices;
    }

    /** The window of {@code [first, first + steps)}, from a zero state when it does not start at 0. */
    private static WindowProblem window(Scenario scenario, WindowProblem.CommitmentSource imposed, int first, int steps,
            WindowProblem.Commitment mode) {
        PowerSystem system = scenario.system();
        SystemState initial = first == 0 ? SystemState.initial(system) : zeroState(system);
        WindowProblem w = new WindowProblem(system, first, steps, mode, imposed, null, initial,
                scenario.dispatch().reserveShortfallCostPerMwh());
        w.lp().name(scenario.name() + " steps " + first + ".." + (first + steps - 1));
        for (Formulation f : Formulations.forSystem(system)) {
            f.build(w);
        }
        return w;
    }

    /**
     * Every unit off for longer than any minimum time (so nothing is locked) at zero output, every store empty:
     * a state whose constants vanish from the first step's rows, so that {@link #freeInitialState} can put
     * variables in their place.
     */
    private static SystemState zeroState(PowerSystem system) {
        SystemState.Builder b = new SystemState.Builder();
        for (ThermalUnit u : system.all(ThermalUnit.class)) {
            b.unit(u.id(), new SystemState.Unit(false, 1e9, 0));
        }
        for (Storage s : system.all(Storage.class)) {
            b.energy(s.id(), 0);
        }
        for (Electrolyzer e : system.all(Electrolyzer.class)) {
            if (e.tank() != null) {
                b.energy(e.id(), 0);
            }
        }
        return b.build();
    }

    /**
     * Puts a variable for each coupled state before the window where the zero state left nothing, with the
     * coefficient the formulation gives that state in the same row one step later; a unit's output before the
     * window is tied to its on-state as any step's is. Returns the variables by coupling id.
     */
    private static Map<String, Integer> freeInitialState(WindowProblem w) {
        LinearModel lp = w.lp();
        Map<String, Integer> rows0 = rows(lp, "_0");
        Map<String, Integer> rows1 = rows(lp, "_1");
        Map<String, Integer> vars0 = variables(lp, "_0");
        Map<String, Integer> before = new HashMap<>();
        for (Coupling c : couplings(w.system())) {
            int var = lp.addVariable(c.id() + "_before", c.lower(), c.upper(), 0);
            before.put(c.id(), var);
            int next = find(vars0, c.var() + 0);
            for (String row : c.rows()) {
                lp.addTerm(find(rows0, row + 0), var, coefficient(lp, find(rows1, row + 1), next));
            }
        }
        double dtH = w.dtH();
        for (ThermalUnit u : w.system().all(ThermalUnit.class)) {
            Integer p = before.get(u.id() + "_p");
            if (p == null) {
                continue;
            }
            int on = before.get(u.id() + "_on");
            double pminMw = u.pminMw(w.time(0).minusMinutes(Math.round(dtH * 60)));
            int lo = lp.addRow(u.id() + "_pmin_before", 0, Double.POSITIVE_INFINITY);
            lp.addTerm(lo, p, 1);
            lp.addTerm(lo, on, -pminMw);
            int hi = lp.addRow(u.id() + "_pmax_before", Double.NEGATIVE_INFINITY, 0);
            lp.addTerm(hi, p, 1);
            lp.addTerm(hi, on, -u.pmaxMw());
        }
        return before;
    }

    /** Each unit's on-state and (when a ramp limits it) output, each store's energy, each tank's hydrogen. */
    private static List<Coupling> couplings(PowerSystem system) {
        List<Coupling> cs = new ArrayList<>();
        for (ThermalUnit u : system.all(ThermalUnit.class)) {
            cs.add(new Coupling(u.id() + "_on", u.id() + "_on_", List.of(u.id() + "_logic_"), 0, 1));
            List<String> ramps = new ArrayList<>();
            if (Double.isFinite(u.rampUpMwPerH())) {
                ramps.add(u.id() + "_ramp_up_");
            }
            if (Double.isFinite(u.rampDownMwPerH())) {
                ramps.add(u.id() + "_ramp_down_");
            }
            if (!ramps.isEmpty()) {
                cs.add(new Coupling(u.id() + "_p", u.id() + "_p_", ramps, 0, u.pmaxMw()));
            }
        }
        for (Storage s : system.all(Storage.class)) {
            cs.add(new Coupling("soc_" + s.id(), s.id() + "_soc_", List.of(s.id() + "_soc_balance_"),
                    s.socMinMwh(), s.energyMwh()));
        }
        for (Electrolyzer e : system.all(Electrolyzer.class)) {
            if (e.tank() != null) {
                cs.add(new Coupling("tank_" + e.id(), e.id() + "_tank_", List.of(e.id() + "_tank_balance_"),
                        0, e.tank().capacityKg()));
            }
        }
        return cs;
    }

    private static Map<String, Integer> rows(LinearModel lp, String suffix) {
        return byName(lp.rows(), lp::rowName, suffix);
    }

    private static Map<String, Integer> variables(LinearModel lp, String suffix) {
        return byName(lp.variables(), lp::variableName, suffix);
    }

    /** Indices {@code 0 .. count - 1} by name, of the names that end in {@code suffix}. */
    private static Map<String, Integer> byName(int count, IntFunction<String> name, String suffix) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (name.apply(i).endsWith(suffix)) {
                byName.put(name.apply(i), i);
            }
        }
        return byName;
    }

    private static int find(Map<String, Integer> byName, String name) {
        Integer i = byName.get(name);
        if (i == null) {
            throw new IllegalStateException("no row or variable '" + name + "': the formulations' names changed, and "
                    + "the bound's coupled states (HorizonBound.couplings) must follow them");
        }
        return i;
    }

    /** The coefficient of {@code var} in row {@code r}, repeated terms added. */
    private static double coefficient(LinearModel lp, int r, int var) {
        double a = 0;
        boolean found = false;
        for (int k = 0; k < lp.rowSize(r); k++) {
            if (lp.rowVar(r, k) == var) {
                a += lp.rowCoef(r, k);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException(lp.rowName(r) + " does not use " + lp.variableName(var));
        }
        return a;
    }
}
