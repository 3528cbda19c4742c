package org.sgls.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Laying a UTC year of hourly data onto a local scenario clock. */
class UtcHourlyYearTest {
    private static final int CST = 8;

    /** Data whose value is its own hour index. */
    private static UtcHourlyYear indexed(int year) {
        double[] v = new double[UtcHourlyYear.hoursIn(year)];
        for (int h = 0; h < v.length; h++) {
            v[h] = h;
        }
        return new UtcHourlyYear(year, v);
    }

    @Test
    void shiftsUtcToTheLocalClockAndWrapsTheFirstHours() {
        TimeAxis day = new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1, 24);
        double[] v = indexed(2019).onto(day, CST);
        assertEquals(0, v[8], 0, "08:00 CST is 00:00 UTC, the data's first hour");
        assertEquals(8752, v[0], 0, "00:00 CST on 1 January comes from 16:00 UTC on 31 December of the same data year");
        assertEquals(15, v[23], 0);
    }

    @Test
    void mapsAnotherYearByMonthDayAndHourSkippingALeapDay() {
        TimeAxis march = new TimeAxis(LocalDateTime.of(2030, 3, 1, 8, 0), 1, 1);
        // 2020 is a leap year: 1 March 00:00 UTC is hour (31 + 29) x 24; 29 February is never used for 2030.
        assertEquals((31 + 29) * 24, indexed(2020).onto(march, CST)[0], 0);
        assertEquals((31 + 28) * 24, indexed(2019).onto(march, CST)[0], 0);
        assertEquals(8784, UtcHourlyYear.hoursIn(2020));
    }

    @Test
    void aLeapDayTheDataLacksIsExplained() {
        TimeAxis leapYear = new TimeAxis(LocalDateTime.of(2028, 1, 1, 0, 0), 1, 8784);
        UtcHourlyYear.MissingDay e = assertThrows(UtcHourlyYear.MissingDay.class, () -> indexed(2019).onto(leapYear, CST));
        assertEquals("the data's year 2019 has no 29 February, which the scenario's 2028 has: use data of a leap year"
                + " (e.g. 2020) or a scenario in a common year", e.getMessage());
        assertEquals(8784, indexed(2024).onto(leapYear, CST).length);
    }

    @Test
    void shorterStepsHoldTheirHourLongerStepsAverage() {
        UtcHourlyYear data = indexed(2019);
        double[] quarters = data.onto(new TimeAxis(LocalDateTime.of(2030, 1, 1, 8, 0), 0.25, 8), CST);
        assertEquals(0, quarters[3], 0);
        assertEquals(1, quarters[4], 0);
        double[] threeHours = data.onto(new TimeAxis(LocalDateTime.of(2030, 1, 1, 8, 0), 3, 2), CST);
        assertEquals(1, threeHours[0], 0, "mean of hours 0, 1, 2");
        assertEquals(4, threeHours[1], 0);
        double[] halfPast = data.onto(new TimeAxis(LocalDateTime.of(2030, 1, 1, 8, 30), 1, 1), CST);
        assertEquals(0.5, halfPast[0], 0, "half of hour 0 and half of hour 1");
    }

    @Test
    void otherUtcOffsets() {
        TimeAxis day = new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1, 24);
        assertEquals(0, indexed(2019).onto(day, 0)[0], 0);
        assertEquals(5, indexed(2019).onto(day, -5)[0], 0, "00:00 at UTC-5 is 05:00 UTC");
    }
}
