package org.sgls.timeseries.weather;

/**
 * A place on the ground and its clock.
 *
 * @param latitudeDeg    north positive, in [-90, 90]
 * @param longitudeDeg   east positive, in [-180, 180]
 * @param altitudeM      above sea level
 * @param utcOffsetHours how far the scenario's clock is ahead of UTC: 8 for China Standard Time
 */
public record Site(double latitudeDeg, double longitudeDeg, double altitudeM, double utcOffsetHours) {
    /** Ningxia's plains along the Yellow River lie at 1,100-1,300 m. */
    public static final double NINGXIA_ALTITUDE_M = 1200;
    public static final double CHINA_STANDARD_TIME_UTC_OFFSET_HOURS = 8;

    public Site {
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90] degrees, got " + latitudeDeg);
        }
        if (!(longitudeDeg >= -180 && longitudeDeg <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180] degrees, got " + longitudeDeg);
        }
        if (!(altitudeM >= -500 && altitudeM <= 9000)) {
            throw new IllegalArgumentException("altitude must be in [-500, 9000] m, got " + altitudeM);
        }
        if (!(utcOffsetHours >= -12 && utcOffsetHours <= 14)) {
            throw new IllegalArgumentException("UTC offset must be in [-12, 14] hours, got " + utcOffsetHours);
        }
    }

    /** A site in Ningxia: default altitude, China Standard Time. */
    public static Site ningxia(double latitudeDeg, double longitudeDeg) {
        return new Site(latitudeDeg, longitudeDeg, NINGXIA_ALTITUDE_M, CHINA_STANDARD_TIME_UTC_OFFSET_HOURS);
    }
}
