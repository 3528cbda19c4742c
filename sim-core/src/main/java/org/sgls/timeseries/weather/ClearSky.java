package org.sgls.timeseries.weather;

/**
 * Cloudless-sky irradiance by the Ineichen-Perez model (P. Ineichen and R. Perez, "A new airmass independent
 * formulation for the Linke turbidity coefficient", Solar Energy 73(3), 2002), with the relative air mass of
 * Kasten and Young (Applied Optics 28(22), 1989). The Linke turbidity says how hazy the sky is: about 2 for very
 * clean mountain air, 3-4 for dry continental air, 5 and more with dust or pollution.
 *
 * @param linkeTurbidity the Linke turbidity factor at air mass 2, in [1, 10]
 * @param altitudeM      site altitude above sea level, m
 */
public record ClearSky(double linkeTurbidity, double altitudeM) {
    /** An assumption for Ningxia: dry continental air at 1,200 m with some desert dust. */
    public static final double NINGXIA_LINKE_TURBIDITY = 3.5;

    public ClearSky {
        if (!(linkeTurbidity >= 1 && linkeTurbidity <= 10)) {
            throw new IllegalArgumentException("Linke turbidity must be in [1, 10], got " + linkeTurbidity);
        }
        if (!(altitudeM >= -500 && altitudeM <= 9000)) {
            throw new IllegalArgumentException("altitude must be in [-500, 9000] m, got " + altitudeM);
        }
    }

    /**
     * Global horizontal and direct normal irradiance under a cloudless sky, W/m2; zero with the sun down.
     *
     * @return {ghiWPerM2, dniWPerM2}
     */
    public double[] irradianceWPerM2(SunPosition sun) {
        if (!sun.up()) {
            return new double[] {0, 0};
        }
        double cosZ = sun.cosZenith();
        double airMass = relativeAirMass(sun.zenithDeg());
        double fh1 = StrictMath.exp(-altitudeM / 8000);
        double fh2 = StrictMath.exp(-altitudeM / 1250);
        double cg1 = 5.09e-5 * altitudeM + 0.868;
        double cg2 = 3.92e-5 * altitudeM + 0.0387;
        double i0 = sun.extraterrestrialWPerM2();
        double ghi = cg1 * i0 * cosZ * StrictMath.exp(-cg2 * airMass * (fh1 + fh2 * (linkeTurbidity - 1)));
        double b = 0.664 + 0.163 / fh1;
        double dni = b * i0 * StrictMath.exp(-0.09 * airMass * (linkeTurbidity - 1));
        // The beam may not exceed what the global allows (the model's own consistency limit).
        double dniFromGhi = ghi * (1 - (0.1 - 0.2 * StrictMath.exp(-linkeTurbidity)) / (0.1 + 0.882 / fh1)) / cosZ;
        return new double[] {StrictMath.max(0, ghi), StrictMath.max(0, StrictMath.min(dni, dniFromGhi))};
    }

    /** Kasten and Young (1989) relative optical air mass; 1 with the sun overhead, about 38 at the horizon. */
    static double relativeAirMass(double zenithDeg) {
        double cosZ = StrictMath.cos(StrictMath.toRadians(zenithDeg));
        return 1 / (cosZ + 0.50572 * StrictMath.pow(96.07995 - zenithDeg, -1.6364));
    }
}
