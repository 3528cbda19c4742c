package org.sgls.dispatch.lp;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A solver-neutral linear (or mixed-integer) program: min c'x s.t. rowLo <= Ax <= rowHi, lb <= x <= ub.
 * Formulations fill it; an {@link LpSolver} solves it. Rows are stored sparse, term by term.
 */
public final class LinearModel {
    private String name = "";
    /** the name still to be made, or null: a step's name formats a date, wasted on the steps nobody dumps */
    private Supplier<String> pendingName;
    private int vars;
    private double[] lb = new double[64];
    private double[] ub = new double[64];
    private double[] cost = new double[64];
    private boolean[] integer = new boolean[64];
    /** names in parts, joined only when asked for (an hour's LP has 40 and more, read only in a dump) */
    private String[] varOwners = new String[64];
    private String[] varQuantities = new String[64];
    private int[] varSteps = new int[64];

    private int rows;
    private double[] rowLo = new double[64];
    private double[] rowHi = new double[64];
    private String[] rowOwners = new String[64];
    private String[] rowQuantities = new String[64];
    private int[] rowSteps = new int[64];
    private int[][] rowVars = new int[64][];
    private double[][] rowCoefs = new double[64][];
    private int[] rowSize = new int[64];
    private double[] rowPriceHint = new double[64];

    /** What the model is, for dumps and diagnostics (e.g. {@code step 2030-01-01T05:00, planned}). */
    public void name(String text) {
        this.name = text;
        this.pendingName = null;
    }

    /** As {@link #name(String)}, the text made when it is first asked for. */
    public void name(Supplier<String> text) {
        this.pendingName = text;
    }

    public String name() {
        if (pendingName != null) {
            name = pendingName.get();
            pendingName = null;
        }
        return name;
    }

    /** A variable named {@code name}. */
    public int addVariable(String name, double lower, double upper, double costPerUnit) {
        return addVariable(name, null, 0, lower, upper, costPerUnit);
    }

    /**
     * A variable named {@code owner_quantity_t}, e.g. {@code coal1_p_0}: a component's quantity at step t (or its
     * t-th segment, as in {@code bat1_ctg_3}).
     */
    public int addVariable(String owner, String quantity, int t, double lower, double upper, double costPerUnit) {
        if (vars == lb.length) {
            int n = vars * 2;
            lb = Arrays.copyOf(lb, n);
            ub = Arrays.copyOf(ub, n);
            cost = Arrays.copyOf(cost, n);
            integer = Arrays.copyOf(integer, n);
            varOwners = Arrays.copyOf(varOwners, n);
            varQuantities = Arrays.copyOf(varQuantities, n);
            varSteps = Arrays.copyOf(varSteps, n);
        }
        lb[vars] = lower;
        ub[vars] = upper;
        cost[vars] = costPerUnit;
        varOwners[vars] = owner;
        varQuantities[vars] = quantity;
        varSteps[vars] = t;
        return vars++;
    }

    public void markInteger(int var) {
        integer[var] = true;
    }

    public void addCost(int var, double costPerUnit) {
        cost[var] += costPerUnit;
    }

    public void setBounds(int var, double lower, double upper) {
        lb[var] = lower;
        ub[var] = upper;
    }

    /** A row named {@code name}. */
    public int addRow(String name, double lower, double upper) {
        return addRow(name, null, 0, lower, upper);
    }

    /** A row named {@code owner_quantity_t}, e.g. {@code north_balance_0}. */
    public int addRow(String owner, String quantity, int t, double lower, double upper) {
        if (rows == rowLo.length) {
            int n = rows * 2;
            rowLo = Arrays.copyOf(rowLo, n);
            rowHi = Arrays.copyOf(rowHi, n);
            rowOwners = Arrays.copyOf(rowOwners, n);
            rowQuantities = Arrays.copyOf(rowQuantities, n);
            rowSteps = Arrays.copyOf(rowSteps, n);
            rowVars = Arrays.copyOf(rowVars, n);
            rowCoefs = Arrays.copyOf(rowCoefs, n);
            rowSize = Arrays.copyOf(rowSize, n);
            rowPriceHint = Arrays.copyOf(rowPriceHint, n);
        }
        rowLo[rows] = lower;
        rowHi[rows] = upper;
        rowOwners[rows] = owner;
        rowQuantities[rows] = quantity;
        rowSteps[rows] = t;
        rowVars[rows] = new int[4];
        rowCoefs[rows] = new double[4];
        return rows++;
    }

    public void addTerm(int row, int var, double coef) {
        int n = rowSize[row];
        if (n == rowVars[row].length) {
            rowVars[row] = Arrays.copyOf(rowVars[row], n * 2);
            rowCoefs[row] = Arrays.copyOf(rowCoefs[row], n * 2);
        }
        rowVars[row][n] = var;
        rowCoefs[row][n] = coef;
        rowSize[row] = n + 1;
    }

    /**
     * An estimate of an equality row's price, its dual: the rate at which the optimum's cost would rise if the
     * row's right-hand side were higher (a zone's marginal cost of energy, for its balance). A solver may start
     * from it: adding {@code -price x expression} to the objective is a constant on the rows' solutions, so the
     * optimum is the same, while the variables cheaper than the price start where the optimum will likely want
     * them. Any value is valid; 0 (the default) is none. Ignored on inequality rows.
     */
    public void priceHint(int row, double costPerUnit) {
        if (!Double.isFinite(costPerUnit)) {
            throw new IllegalArgumentException("price hint of row " + rowName(row) + " must be finite, got "
                    + costPerUnit);
        }
        rowPriceHint[row] = costPerUnit;
    }

    public double priceHint(int row) {
        return rowPriceHint[row];
    }

    /** Moves a constant term {@code value} of the row's expression to its bounds. */
    public void addConstant(int row, double value) {
        rowLo[row] -= value;
        rowHi[row] -= value;
    }

    public int variables() {
        return vars;
    }

    public int rows() {
        return rows;
    }

    public double lower(int var) {
        return lb[var];
    }

    public double upper(int var) {
        return ub[var];
    }

    public double cost(int var) {
        return cost[var];
    }

    public boolean isInteger(int var) {
        return integer[var];
    }

    public String variableName(int var) {
        return name(varOwners[var], varQuantities[var], varSteps[var]);
    }

    public double rowLower(int row) {
        return rowLo[row];
    }

    public double rowUpper(int row) {
        return rowHi[row];
    }

    public String rowName(int row) {
        return name(rowOwners[row], rowQuantities[row], rowSteps[row]);
    }

    private static String name(String owner, String quantity, int t) {
        return quantity == null ? owner : owner + "_" + quantity + "_" + t;
    }

    public int rowSize(int row) {
        return rowSize[row];
    }

    public int rowVar(int row, int k) {
        return rowVars[row][k];
    }

    public double rowCoef(int row, int k) {
        return rowCoefs[row][k];
    }

    public double activity(int row, double[] x) {
        double s = 0;
        for (int k = 0; k < rowSize[row]; k++) {
            s += rowCoefs[row][k] * x[rowVars[row][k]];
        }
        return s;
    }

    public double objective(double[] x) {
        double s = 0;
        for (int j = 0; j < vars; j++) {
            s += cost[j] * x[j];
        }
        return s;
    }

    /**
     * The largest violation of a bound or row by {@code x}, relative to the magnitude of the row's terms, so
     * that a 1e-7 slip on a 5,000 MW row is not mistaken for an error.
     */
    public double maxViolation(double[] x) {
        double worst = 0;
        for (int j = 0; j < vars; j++) {
            double scale = 1 + Math.abs(x[j]);
            worst = Math.max(worst, Math.max(lb[j] - x[j], x[j] - ub[j]) / scale);
            if (integer[j]) {
                worst = Math.max(worst, Math.abs(x[j] - Math.rint(x[j])));
            }
        }
        for (int r = 0; r < rows; r++) {
            double a = 0;
            double scale = 1;
            for (int k = 0; k < rowSize[r]; k++) {
                double term = rowCoefs[r][k] * x[rowVars[r][k]];
                a += term;
                scale += Math.abs(term);
            }
            scale += Math.abs(Double.isFinite(rowLo[r]) ? rowLo[r] : 0) + Math.abs(Double.isFinite(rowHi[r]) ? rowHi[r] : 0);
            worst = Math.max(worst, Math.max(rowLo[r] - a, a - rowHi[r]) / scale);
        }
        return worst;
    }

    /** A readable dump (LP-like text, the name as a {@code \} comment) for reproducing a failed window. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        if (!name().isEmpty()) {
            sb.append("\\ ").append(name()).append('\n');
        }
        sb.append("minimize\n");
        for (int j = 0; j < vars; j++) {
            if (cost[j] != 0) {
                sb.append("  ").append(cost[j]).append(' ').append(variableName(j)).append('\n');
            }
        }
        sb.append("subject to\n");
        for (int r = 0; r < rows; r++) {
            sb.append("  ").append(rowName(r)).append(": ").append(rowLo[r]).append(" <=");
            for (int k = 0; k < rowSize[r]; k++) {
                sb.append(' ').append(rowCoefs[r][k] >= 0 ? "+" : "").append(rowCoefs[r][k]).append(' ')
                        .append(variableName(rowVars[r][k]));
            }
            sb.append(" <= ").append(rowHi[r]).append('\n');
            if (rowPriceHint[r] != 0) {
                sb.append("  \\ price hint ").append(rowPriceHint[r]).append('\n');
            }
        }
        sb.append("bounds\n");
        for (int j = 0; j < vars; j++) {
            sb.append("  ").append(lb[j]).append(" <= ").append(variableName(j)).append(" <= ").append(ub[j])
                    .append(integer[j] ? " integer" : "").append('\n');
        }
        return sb.toString();
    }
}
