package org.sgls.model;

import java.util.Locale;

/** Component kinds as named in the run-output contract ({@code components.csv} column {@code kind}). */
public enum Kind {
    LOAD, PV, WIND, HYDRO, CSP, BIOMASS, COAL, GAS, OIL, NUCLEAR, STORAGE, ELECTROLYZER, IMPORT, EXPORT, LINE;

    /** The lower-case name used in files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Counted as renewable generation in {@code renewable_share}. */
    public boolean renewable() {
        return variable() || this == BIOMASS;
    }

    /**
     * Profile-driven, curtailable sources that carry {@code avail_mw}/{@code curtail_mw} columns ({@code csp}:
     * solar thermal, its profile the plant's available output).
     */
    public boolean variable() {
        return this == PV || this == WIND || this == HYDRO || this == CSP;
    }

    public boolean committable() {
        return this == COAL || this == GAS || this == OIL || this == NUCLEAR;
    }

    public boolean generator() {
        return renewable() || committable();
    }

    public static Kind fromLabel(String label) {
        for (Kind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }
}
