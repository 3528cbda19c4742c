package org.sgls.dispatch.lp;

/** The answer of a solve; {@code x} is null unless {@code status} is OPTIMAL. */
public record LpSolution(Status status, double[] x, double objective, String detail) {
    public enum Status { OPTIMAL, INFEASIBLE, FAILED }

    public boolean optimal() {
        return status == Status.OPTIMAL;
    }
}
