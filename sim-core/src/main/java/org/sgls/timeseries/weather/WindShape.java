package org.sgls.timeseries.weather;

import java.time.LocalDateTime;

/**
 * The regular part of the wind: a multiplier on the speed, {@code (1 + a_s cos(2 pi (day - windiestDay) / 365.25))
 * x (1 + a_d cos(2 pi (hour - windiestHour) / 24))}, averaging 1 over a year.
 *
 * @param seasonalAmplitude a_s in [0, 0.5]
 * @param windiestDay       day of the year with the strongest winds, in [1, 366]
 * @param diurnalAmplitude  a_d in [0, 0.5]
 * @param windiestHour      clock hour with the strongest winds, in [0, 24)
 */
public record WindShape(double seasonalAmplitude, double windiestDay, double diurnalAmplitude, double windiestHour) {
    /**
     * Ningxia, an assumption: windy in spring (March-May, the season of the Mongolian cyclones and dust storms;
     * peak mid-April), calm in late summer; at hub height the wind picks up in the evening and at night as the
     * ground cools and the low-level flow decouples from the surface (peak about 22:00).
     */
    public static final WindShape NINGXIA = new WindShape(0.12, 105, 0.08, 22);
    public static final WindShape NONE = new WindShape(0, 1, 0, 0);

    public WindShape {
        if (!(seasonalAmplitude >= 0 && seasonalAmplitude <= 0.5)) {
            throw new IllegalArgumentException("seasonal amplitude must be in [0, 0.5], got " + seasonalAmplitude);
        }
        if (!(windiestDay >= 1 && windiestDay <= 366)) {
            throw new IllegalArgumentException("windiest day must be in [1, 366], got " + windiestDay);
        }
        if (!(diurnalAmplitude >= 0 && diurnalAmplitude <= 0.5)) {
            throw new IllegalArgumentException("diurnal amplitude must be in [0, 0.5], got " + diurnalAmplitude);
        }
        if (!(windiestHour >= 0 && windiestHour < 24)) {
            throw new IllegalArgumentException("windiest hour must be in [0, 24), got " + windiestHour);
        }
    }

    public double factor(LocalDateTime t) {
        double hour = t.getHour() + t.getMinute() / 60.0;
        double day = t.getDayOfYear() - 1 + hour / 24;
        return (1 + seasonalAmplitude * StrictMath.cos(2 * StrictMath.PI * (day - windiestDay) / 365.25))
                * (1 + diurnalAmplitude * StrictMath.cos(2 * StrictMath.PI * (hour - windiestHour) / 24));
    }
}
