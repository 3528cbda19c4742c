package org.sgls.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep file, read and checked ({@link SweepReader}; format in docs/sweeps.md): a base scenario, changes made
 * to every variant ({@code set}), the parameters that vary and their values (a {@code grid}, an explicit list of
 * {@code variants}, or a sizing {@code search}), annualised investment costs, and the objectives of the Pareto
 * frontier.
 *
 * @param rows the variants' parameter values, one array per variant in sweep order (empty for a search: its
 *     variants are chosen as it goes)
 * @param rowPlaces for each row, where each of its values was given in the sweep file (for messages)
 */
public record SweepSpec(Path file, String name, String description, Path base, List<Fixed> set,
        List<Parameter> parameters, List<double[]> rows, List<String[]> rowPlaces, Search search,
        List<AnnualCost> annualCosts, List<Objective> pareto) {
    public SweepSpec {
        set = List.copyOf(set);
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
        rowPlaces = List.copyOf(rowPlaces);
        annualCosts = List.copyOf(annualCosts);
        pareto = List.copyOf(pareto);
    }

    /** A field set to the same value (a number, or null for the format's default) in every variant. */
    public record Fixed(ParameterPath path, JsonNode value, String where) {
    }

    /**
     * A varied field.
     *
     * @param name its column in sweep.csv (the path unless the file names it)
     * @param where the parameter's place in the sweep file
     */
    public record Parameter(String name, ParameterPath path, String where) {
    }

    /**
     * The smallest value of one parameter in [min, max] that meets every requirement, to within tolerance,
     * assuming that more of it never makes things worse (docs/sweeps.md).
     *
     * @param pointsPerRound values tried at once in each round (the bracket shrinks to 1/(points+1) per round)
     */
    public record Search(double min, double max, double tolerance, int pointsPerRound,
            List<Requirement> require) {
        public Search {
            require = List.copyOf(require);
        }
    }

    /** A bound on one numeric sweep.csv column; {@code max} or {@code min} (the other is null). */
    public record Requirement(String key, Double max, Double min, String where) {
        public boolean met(double value) {
            return (max == null || value <= max) && (min == null || value >= min);
        }

        @Override
        public String toString() {
            return key + (max != null ? " <= " + Numbers.text(max) : " >= " + Numbers.text(min));
        }
    }

    /**
     * A component's annualised investment cost: {@code perMw} x its {@code pmax_mw} plus {@code perMwh} x its
     * {@code energy_mwh} (as resolved, components.csv), a year's worth, scaled by the run's length.
     */
    public record AnnualCost(String component, double perMw, double perMwh, String where)
            implements java.io.Serializable {
    }

    /** A Pareto objective: a numeric sweep.csv column, smaller is better unless {@code maximize}. */
    public record Objective(String key, boolean maximize, String where) {
    }

    /** Whether this is a sizing search rather than a list of variants. */
    public boolean isSearch() {
        return search != null;
    }
}
