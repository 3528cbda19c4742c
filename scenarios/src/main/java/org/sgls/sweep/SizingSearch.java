package org.sgls.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sgls.sweep.SweepSpec.Requirement;
import org.sgls.sweep.SweepSpec.Search;

/**
 * The smallest value of one parameter in [min, max] whose run meets every requirement, by bracketing: first
 * max and min (if max fails there is no answer in range; if min passes it is the answer), then rounds that try
 * {@code points_per_round} values evenly inside the bracket [lo, hi] (lo fails, hi passes) and keep the
 * sub-bracket where the outcome changes, until hi - lo is at most the tolerance. Values tried are multiples of
 * the tolerance from min (readable, and repeatable), so the answer is hi, at most one tolerance above the true
 * threshold. It assumes that more of the parameter never makes the requirements harder to meet (more storage,
 * less curtailment); a failing value above a passing one breaks that and is reported ({@code monotone}).
 *
 * <p>The values tried depend only on the sweep file, not on the number of workers, so the search and its runs
 * are the same on one core, two, or a cluster.
 */
final class SizingSearch {
    /** Runs the variants of a round (all at once) and returns their sweep.csv cells, in order. */
    interface Evaluator {
        List<Map<String, String>> evaluate(List<Double> values) throws Exception;
    }

    /** One run of the search: its round, value, whether it met the requirements, and its cells. */
    record Trial(int round, double value, boolean met, Map<String, String> cells) {
    }

    /**
     * @param answer the smallest passing value found, or null when even max fails
     * @param lo the largest failing value below the answer (null when min passes)
     */
    record Outcome(Double answer, Double lo, boolean monotone, List<Trial> trials) {
    }

    private SizingSearch() {
    }

    static Outcome run(Search s, Evaluator evaluator) throws Exception {
        List<Trial> trials = new ArrayList<>();
        boolean monotone = true;
        List<Trial> first = round(0, List.of(s.min(), s.max()), s, evaluator, trials);
        boolean minMet = first.get(0).met();
        boolean maxMet = first.get(1).met();
        if (minMet) {
            return new Outcome(s.min(), null, maxMet, trials);
        }
        if (!maxMet) {
            return new Outcome(null, s.max(), true, trials);
        }
        double lo = s.min();
        double hi = s.max();
        for (int r = 1; hi - lo > s.tolerance() * (1 + 1e-9); r++) {
            List<Double> points = points(lo, hi, s);
            if (points.isEmpty()) {
                break;
            }
            List<Trial> tried = round(r, points, s, evaluator, trials);
            double newHi = hi;
            for (Trial t : tried) {
                if (t.met()) {
                    newHi = Math.min(newHi, t.value());
                }
            }
            double newLo = lo;
            for (Trial t : tried) {
                if (!t.met() && t.value() < newHi) {
                    newLo = Math.max(newLo, t.value());
                } else if (!t.met()) {
                    monotone = false; // fails above a value that passes
                }
            }
            lo = newLo;
            hi = newHi;
        }
        return new Outcome(hi, lo, monotone, trials);
    }

    /** Up to {@code points} multiples of the tolerance (from min) strictly inside (lo, hi), evenly spread. */
    static List<Double> points(double lo, double hi, Search s) {
        TreeSet<Double> chosen = new TreeSet<>();
        int k = s.pointsPerRound();
        for (int j = 1; j <= k; j++) {
            double x = lo + (hi - lo) * j / (k + 1);
            double snapped = s.min() + Math.round((x - s.min()) / s.tolerance()) * s.tolerance();
            snapped = Math.abs(snapped - Math.rint(snapped)) < 1e-9 ? Math.rint(snapped) : snapped;
            if (snapped > lo + 1e-9 * s.tolerance() && snapped < hi - 1e-9 * s.tolerance()) {
                chosen.add(snapped);
            }
        }
        return new ArrayList<>(chosen);
    }

    private static List<Trial> round(int r, List<Double> values, Search s, Evaluator evaluator, List<Trial> all)
            throws Exception {
        List<Map<String, String>> rows = evaluator.evaluate(values);
        List<Trial> tried = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Trial t = new Trial(r, values.get(i), met(s.require(), rows.get(i)), rows.get(i));
            tried.add(t);
            all.add(t);
        }
        return tried;
    }

    static boolean met(List<Requirement> require, Map<String, String> cells) {
        for (Requirement q : require) {
            if (!q.met(Double.parseDouble(cells.get(q.key())))) {
                return false;
            }
        }
        return true;
    }
}
