package org.sgls.model;

/**
 * A hydrogen buffer between electrolysis and a steady downstream consumer (coal chemistry). Each step the tank
 * receives the production and delivers {@code demandKgPerH} x dtH; what it cannot deliver is unserved and
 * costs {@code unservedCostPerKg}.
 */
public record HydrogenTank(double capacityKg, double initialKg, double demandKgPerH, double unservedCostPerKg) {
    public HydrogenTank {
        Checks.nonNegative("tank", "capacity_kg", capacityKg);
        Checks.nonNegative("tank", "initial_kg", initialKg);
        Checks.atMost("tank", "initial_kg", initialKg, "capacity_kg", capacityKg);
        Checks.nonNegative("tank", "demand_kg_per_h", demandKgPerH);
        Checks.nonNegative("tank", "unserved_cost_per_kg", unservedCostPerKg);
    }
}
