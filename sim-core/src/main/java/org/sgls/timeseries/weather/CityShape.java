package org.sgls.timeseries.weather;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * The regular shape of residential and commercial demand, relative to its mean: a day with a late-morning and a
 * higher evening peak and a night trough, quieter weekends, electric heating that grows as the day's mean
 * temperature falls below a base (heating degree-days) and cooling that grows with the hour's temperature above a
 * base (cooling degree-hours), both from an {@link AmbientTemperature}: the degree-day method of energy
 * estimating (e.g. ASHRAE Handbook - Fundamentals, 2017, ch. 19).
 *
 * @param morningPeak      height of the bump around 10:00, share of the mean, in [0, 1]
 * @param eveningPeak      height of the bump around 20:00, in [0, 1]
 * @param nightDip         depth of the trough around 04:00, in [0, 1]
 * @param weekendDip       reduction on Saturdays and Sundays, in [0, 0.5]
 * @param heatingPerDegreeC extra demand per kelvin the daily mean is below {@code heatingBaseC}, in [0, 0.2]
 * @param heatingBaseC     daily mean temperature below which electric heating runs
 * @param coolingPerDegreeC extra demand per kelvin the hour is above {@code coolingBaseC}, in [0, 0.2]
 * @param coolingBaseC     hourly temperature above which air conditioning runs
 */
public record CityShape(double morningPeak, double eveningPeak, double nightDip, double weekendDip,
        double heatingPerDegreeC, double heatingBaseC, double coolingPerDegreeC, double coolingBaseC) {
    /**
     * Ningxia's towns, an assumption: an evening peak above the morning one, heating (heat pumps, electric boilers
     * that replace coal stoves) below a 10 C daily mean, so the highest demand comes in the January evenings; a
     * little air conditioning on hot afternoons.
     */
    public static final CityShape NINGXIA = new CityShape(0.12, 0.25, 0.3, 0.05, 0.015, 10, 0.015, 26);

    public CityShape {
        checkShare("morning peak", morningPeak, 1);
        checkShare("evening peak", eveningPeak, 1);
        checkShare("night dip", nightDip, 1);
        checkShare("weekend dip", weekendDip, 0.5);
        checkShare("heating per degree", heatingPerDegreeC, 0.2);
        checkShare("cooling per degree", coolingPerDegreeC, 0.2);
        if (!(heatingBaseC >= -30 && heatingBaseC <= 30 && coolingBaseC >= 0 && coolingBaseC <= 50)) {
            throw new IllegalArgumentException("heating base must be in [-30, 30] C and cooling base in [0, 50] C, got "
                    + heatingBaseC + ", " + coolingBaseC);
        }
    }

    private static void checkShare(String what, double v, double max) {
        if (!(v >= 0 && v <= max)) {
            throw new IllegalArgumentException(what + " must be in [0, " + max + "], got " + v);
        }
    }

    /** Demand at a time relative to a flat day (before normalising to a mean of 1). */
    public double at(LocalDateTime t, AmbientTemperature temperature) {
        double hour = t.getHour() + t.getMinute() / 60.0;
        double daily = 1 + morningPeak * bump(hour, 10, 2.5) + eveningPeak * bump(hour, 20, 2) - nightDip * bump(hour, 4, 3);
        DayOfWeek day = t.getDayOfWeek();
        double weekly = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 1 - weekendDip : 1;
        double heating = heatingPerDegreeC * StrictMath.max(0, heatingBaseC - temperature.dailyMeanC(t));
        double cooling = coolingPerDegreeC * StrictMath.max(0, temperature.at(t) - coolingBaseC);
        return daily * weekly * (1 + heating + cooling);
    }

    /** A Gaussian bump of width {@code width} hours centred on {@code centre}, wrapping round midnight. */
    static double bump(double hour, double centre, double width) {
        double d = hour - centre;
        d -= 24 * StrictMath.rint(d / 24);
        return StrictMath.exp(-0.5 * d * d / (width * width));
    }
}
