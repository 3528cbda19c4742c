package org.sgls.timeseries.weather;

import java.time.LocalDateTime;

/**
 * Air temperature as a yearly cosine (coldest in mid-January) plus a daily cosine (warmest mid-afternoon): a
 * climatological mean day, without weather. Defaults are for central Ningxia (Zhongwei, Yinchuan: about -7 C in
 * January, 23 C in July, 12-13 C between night and afternoon; China Meteorological Administration climate
 * normals as commonly quoted, rounded) and are assumptions to replace with station data where there is some.
 *
 * @param meanC               annual mean
 * @param seasonalAmplitudeC  half the difference between the warmest and coldest day
 * @param diurnalAmplitudeC   half the difference between afternoon and pre-dawn
 */
public record AmbientTemperature(double meanC, double seasonalAmplitudeC, double diurnalAmplitudeC) {
    public static final AmbientTemperature NINGXIA = new AmbientTemperature(8.5, 15, 6.5);
    /** Day of the year of the coldest days. */
    static final double COLDEST_DAY = 15;
    /** Clock hour of the warmest time of day (UTC+8 clocks run about an hour ahead of the sun in Ningxia). */
    static final double WARMEST_HOUR = 15;

    public AmbientTemperature {
        if (!(meanC >= -50 && meanC <= 50)) {
            throw new IllegalArgumentException("mean temperature must be in [-50, 50] C, got " + meanC);
        }
        if (!(seasonalAmplitudeC >= 0 && seasonalAmplitudeC <= 40)) {
            throw new IllegalArgumentException("seasonal amplitude must be in [0, 40] C, got " + seasonalAmplitudeC);
        }
        if (!(diurnalAmplitudeC >= 0 && diurnalAmplitudeC <= 20)) {
            throw new IllegalArgumentException("diurnal amplitude must be in [0, 20] C, got " + diurnalAmplitudeC);
        }
    }

    /** Temperature at a clock time (fractional hours allowed through the minutes). */
    public double at(LocalDateTime t) {
        double hour = t.getHour() + t.getMinute() / 60.0;
        double day = t.getDayOfYear() - 1 + hour / 24;
        return meanC - seasonalAmplitudeC * StrictMath.cos(2 * StrictMath.PI * (day - COLDEST_DAY) / 365.25)
                + diurnalAmplitudeC * StrictMath.cos(2 * StrictMath.PI * (hour - WARMEST_HOUR) / 24);
    }

    /** Daily mean temperature of the day containing {@code t}. */
    public double dailyMeanC(LocalDateTime t) {
        double day = t.getDayOfYear() - 0.5;
        return meanC - seasonalAmplitudeC * StrictMath.cos(2 * StrictMath.PI * (day - COLDEST_DAY) / 365.25);
    }
}
