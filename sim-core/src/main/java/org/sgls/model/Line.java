package org.sgls.model;

/** A transfer corridor between two zones (transport model): |flow| <= {@code capacityMw}. */
public record Line(String id, String fromZone, String toZone, double capacityMw) {
    public Line {
        Checks.id(id);
        Checks.nonNegative(id, "capacity_mw", capacityMw);
        if (fromZone.equals(toZone)) {
            throw new IllegalArgumentException(id + ": a line must join two different zones, both are '" + fromZone + "'");
        }
    }
}
