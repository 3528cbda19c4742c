package org.sgls.timeseries;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * One calendar year of hourly values stamped in UTC, as PVGIS and renewables.ninja export them (value h is the hour
 * starting h hours after 1 January 00:00 UTC), and how it is laid onto a scenario's local clock.
 *
 * <p>Each local hour of the scenario takes the value of the same month, day and local hour in the data's year,
 * whatever the scenario's year: weather is weather. The data's local hours are its UTC hours shifted by the clock's
 * offset; the hours this pushes out of the year (the first 8 local hours of 1 January for UTC+8) come round from
 * the other end of the same year, so a whole year is always covered. A leap year's 29 February is skipped when the
 * scenario's year has none; a scenario with a 29 February needs data from a leap year. Steps shorter than an hour
 * take their hour's value, longer steps the mean of the hours they cover.
 */
public final class UtcHourlyYear {
    private final int year;
    private final double[] values;

    /**
     * @param year   the calendar year of the data
     * @param values one per hour of that year, 8,760 or 8,784
     */
    public UtcHourlyYear(int year, double[] values) {
        if (values.length != hoursIn(year)) {
            throw new IllegalArgumentException(year + " has " + hoursIn(year) + " hours, got " + values.length + " values");
        }
        this.year = year;
        this.values = values.clone();
    }

    public static int hoursIn(int year) {
        return Year.isLeap(year) ? 8784 : 8760;
    }

    public int year() {
        return year;
    }

    /** Thrown when the scenario needs a day the data does not have: {@link #what()}, ": ", {@link #remedy()}. */
    public static final class MissingDay extends IllegalArgumentException {
        private final String what;
        private final String remedy;

        MissingDay(String what, String remedy) {
            super(what + ": " + remedy);
            this.what = what;
            this.remedy = remedy;
        }

        public String what() {
            return what;
        }

        public String remedy() {
            return remedy;
        }
    }

    /**
     * The index into the data of the hour that holds local time {@code local} (its month, day and hour).
     *
     * @throws MissingDay for 29 February when the data's year has none
     */
    public int hourIndex(LocalDateTime local, int utcOffsetHours) {
        if (local.getMonth() == Month.FEBRUARY && local.getDayOfMonth() == 29 && !Year.isLeap(year)) {
            throw new MissingDay("the data's year " + year + " has no 29 February, which the scenario's "
                    + local.getYear() + " has", "use data of a leap year (e.g. " + nearestLeapYear(year)
                    + ") or a scenario in a common year");
        }
        LocalDateTime inDataYear = local.withYear(year).withMinute(0).withSecond(0).withNano(0);
        LocalDateTime utc = inDataYear.minusHours(utcOffsetHours);
        long h = Duration.between(LocalDateTime.of(year, 1, 1, 0, 0), utc).toHours();
        return (int) Math.floorMod(h, (long) values.length);
    }

    private static int nearestLeapYear(int year) {
        int y = year;
        while (!Year.isLeap(y)) {
            y++;
        }
        return y;
    }

    /**
     * One value per step of {@code axis} on a clock {@code utcOffsetHours} ahead of UTC.
     *
     * @throws MissingDay when the axis has a 29 February and the data's year has none
     */
    public double[] onto(TimeAxis axis, int utcOffsetHours) {
        double[] out = new double[axis.steps()];
        long stepMinutes = Math.round(axis.stepHours() * 60);
        for (int i = 0; i < out.length; i++) {
            LocalDateTime from = axis.time(i);
            LocalDateTime to = from.plusMinutes(stepMinutes);
            double sum = 0;
            LocalDateTime t = from;
            while (t.isBefore(to)) {
                LocalDateTime nextHour = t.withMinute(0).withSecond(0).withNano(0).plusHours(1);
                LocalDateTime end = nextHour.isBefore(to) ? nextHour : to;
                sum += values[hourIndex(t, utcOffsetHours)] * Duration.between(t, end).toMinutes();
                t = end;
            }
            out[i] = sum / stepMinutes;
        }
        return out;
    }
}
