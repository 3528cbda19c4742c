package org.sgls.timeseries.weather;

/** What a PV plant's per-unit output is a fraction of. */
public enum CapacityBasis {
    /** The inverters' AC rating: output reaches 1 when the inverters clip. */
    AC("ac"),
    /** The modules' DC (peak, MWp) rating: output tops out at 1 / DC-to-AC ratio. */
    DC("dc");

    private final String label;

    CapacityBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CapacityBasis fromLabel(String label) {
        for (CapacityBasis b : values()) {
            if (b.label.equals(label)) {
                return b;
            }
        }
        return null;
    }
}
