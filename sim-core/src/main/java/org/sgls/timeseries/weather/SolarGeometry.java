package org.sgls.timeseries.weather;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The sun's position from a site's latitude and longitude and a local clock time, by the low-accuracy solar
 * coordinates of J. Meeus, Astronomical Algorithms (2nd ed., Willmann-Bell, 1998), ch. 25 (declination,
 * earth-sun distance) and ch. 28 (equation of time), the algorithm of NOAA's Solar Calculator: about 0.01 degree from 1900
 * to 2100, and right for any year (simpler Fourier fits such as Spencer's are tied to one year and drift by up to
 * half a degree near the equinoxes). No atmospheric refraction. StrictMath throughout, so results are the same
 * on every platform.
 */
public final class SolarGeometry {
    /** Total solar irradiance at one astronomical unit (Kopp and Lean, Geophys. Res. Lett. 38, 2011). */
    public static final double SOLAR_CONSTANT_W_PER_M2 = 1361;
    private static final double JULIAN_DAY_OF_UNIX_EPOCH = 2440587.5;
    private static final double J2000 = 2451545.0;

    private SolarGeometry() {
    }

    /** The sun's coordinates at one instant. */
    record Coordinates(double declinationDeg, double equationOfTimeMin, double distanceAu) {
    }

    /** Solar coordinates at a clock time of a clock {@code utcOffsetHours} ahead of UTC. */
    static Coordinates coordinates(LocalDateTime local, double utcOffsetHours) {
        double epochSeconds = local.toEpochSecond(ZoneOffset.UTC) - utcOffsetHours * 3600;
        double t = (JULIAN_DAY_OF_UNIX_EPOCH + epochSeconds / 86400 - J2000) / 36525; // Julian centuries
        double l0 = StrictMath.toRadians(normalised(280.46646 + t * (36000.76983 + t * 0.0003032)));
        double m = StrictMath.toRadians(357.52911 + t * (35999.05029 - 0.0001537 * t));
        double e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
        double centre = StrictMath.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t))
                + StrictMath.sin(2 * m) * (0.019993 - 0.000101 * t) + StrictMath.sin(3 * m) * 0.000289;
        double trueLongitudeDeg = StrictMath.toDegrees(l0) + centre;
        double trueAnomaly = m + StrictMath.toRadians(centre);
        double distanceAu = 1.000001018 * (1 - e * e) / (1 + e * StrictMath.cos(trueAnomaly));
        double omega = StrictMath.toRadians(125.04 - 1934.136 * t);
        double apparentLongitude = StrictMath.toRadians(trueLongitudeDeg - 0.00569 - 0.00478 * StrictMath.sin(omega));
        double meanObliquityDeg = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
        double obliquity = StrictMath.toRadians(meanObliquityDeg + 0.00256 * StrictMath.cos(omega));
        double declination = StrictMath.asin(StrictMath.sin(obliquity) * StrictMath.sin(apparentLongitude));
        double y = StrictMath.tan(obliquity / 2) * StrictMath.tan(obliquity / 2);
        double eotRad = y * StrictMath.sin(2 * l0) - 2 * e * StrictMath.sin(m)
                + 4 * e * y * StrictMath.sin(m) * StrictMath.cos(2 * l0) - 0.5 * y * y * StrictMath.sin(4 * l0)
                - 1.25 * e * e * StrictMath.sin(2 * m);
        return new Coordinates(StrictMath.toDegrees(declination), 4 * StrictMath.toDegrees(eotRad), distanceAu);
    }

    private static double normalised(double deg) {
        double d = deg % 360;
        return d < 0 ? d + 360 : d;
    }

    /** Solar declination in degrees at a clock time. */
    public static double declinationDeg(LocalDateTime local, double utcOffsetHours) {
        return coordinates(local, utcOffsetHours).declinationDeg();
    }

    /** Equation of time in minutes (apparent minus mean solar time) at a clock time. */
    public static double equationOfTimeMin(LocalDateTime local, double utcOffsetHours) {
        return coordinates(local, utcOffsetHours).equationOfTimeMin();
    }

    /**
     * The hour angle in degrees: 0 at solar noon, negative in the morning, 15 degrees an hour.
     *
     * @param local          clock time at the site
     * @param utcOffsetHours the clock's offset from UTC (8 for China Standard Time)
     */
    public static double hourAngleDeg(LocalDateTime local, double longitudeDeg, double utcOffsetHours) {
        return hourAngleDeg(local, longitudeDeg, utcOffsetHours, equationOfTimeMin(local, utcOffsetHours));
    }

    private static double hourAngleDeg(LocalDateTime local, double longitudeDeg, double utcOffsetHours, double eotMin) {
        double clockMin = local.getHour() * 60 + local.getMinute() + local.getSecond() / 60.0;
        double trueSolarMin = clockMin + eotMin + 4 * longitudeDeg - 60 * utcOffsetHours;
        return trueSolarMin / 4 - 180;
    }

    /** The sun seen from (latitude, longitude) at a clock time, its clock {@code utcOffsetHours} ahead of UTC. */
    public static SunPosition position(LocalDateTime local, double latitudeDeg, double longitudeDeg,
            double utcOffsetHours) {
        Coordinates c = coordinates(local, utcOffsetHours);
        double decl = StrictMath.toRadians(c.declinationDeg());
        double omega = StrictMath.toRadians(hourAngleDeg(local, longitudeDeg, utcOffsetHours, c.equationOfTimeMin()));
        double lat = StrictMath.toRadians(latitudeDeg);
        double cosZenith = StrictMath.sin(lat) * StrictMath.sin(decl)
                + StrictMath.cos(lat) * StrictMath.cos(decl) * StrictMath.cos(omega);
        double elevationDeg = StrictMath.toDegrees(StrictMath.asin(StrictMath.max(-1, StrictMath.min(1, cosZenith))));
        // Azimuth from south, positive westward, then turned to a compass bearing.
        double fromSouth = StrictMath.atan2(StrictMath.sin(omega),
                StrictMath.cos(omega) * StrictMath.sin(lat) - StrictMath.tan(decl) * StrictMath.cos(lat));
        double azimuthDeg = StrictMath.toDegrees(fromSouth) + 180;
        double extraterrestrial = SOLAR_CONSTANT_W_PER_M2 / (c.distanceAu() * c.distanceAu());
        return new SunPosition(elevationDeg, azimuthDeg, extraterrestrial);
    }
}
