package org.sgls.timeseries.weather;

/**
 * Where the sun is, seen from a site on the ground.
 *
 * @param elevationDeg          angle above the horizon; zero or less at night
 * @param azimuthDeg            compass bearing, clockwise from north (90 east, 180 south)
 * @param extraterrestrialWPerM2 irradiance at the top of the atmosphere on a plane facing the sun
 */
public record SunPosition(double elevationDeg, double azimuthDeg, double extraterrestrialWPerM2) {
    /** True when the sun is above the horizon. */
    public boolean up() {
        return elevationDeg > 0;
    }

    public double zenithDeg() {
        return 90 - elevationDeg;
    }

    /** Cosine of the zenith angle: the share of a beam that falls on a horizontal plane. */
    public double cosZenith() {
        return StrictMath.sin(StrictMath.toRadians(elevationDeg));
    }

    /** Unit vector towards the sun, components east, north, up. */
    public double[] towardsSun() {
        double z = StrictMath.toRadians(zenithDeg());
        double a = StrictMath.toRadians(azimuthDeg);
        return new double[] {StrictMath.sin(z) * StrictMath.sin(a), StrictMath.sin(z) * StrictMath.cos(a), StrictMath.cos(z)};
    }
}
