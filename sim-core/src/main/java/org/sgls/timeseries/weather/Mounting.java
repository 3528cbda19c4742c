package org.sgls.timeseries.weather;

/** How PV modules are held. */
public enum Mounting {
    /** A fixed rack at a tilt and azimuth. */
    FIXED("fixed"),
    /** Horizontal single-axis tracker, axis north-south, turning the modules east to west with the sun. */
    SINGLE_AXIS("single_axis");

    private final String label;

    Mounting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The mounting with this label, or null. */
    public static Mounting fromLabel(String label) {
        for (Mounting m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        return null;
    }
}
