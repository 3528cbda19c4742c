package org.sgls.timeseries.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The sun's position against almanac values. */
class SolarGeometryTest {
    private static final double CST = 8;
    private static final double DEGREE = 1;

    @Test
    void declinationOnSolsticesAndEquinoxes() {
        // The obliquity of the ecliptic, 23.44 degrees, at the solstices (2030: 21 June 09:31 and
        // 21 December 20:09 UTC).
        assertEquals(23.44, SolarGeometry.declinationDeg(LocalDateTime.of(2030, 6, 21, 17, 31), CST), 0.02);
        assertEquals(-23.44, SolarGeometry.declinationDeg(LocalDateTime.of(2030, 12, 22, 4, 9), CST), 0.02);
        // Zero at the equinoxes (2030: 20 March 13:51 and 22 September 23:26 UTC), moving 0.4 degree a day.
        assertEquals(0, SolarGeometry.declinationDeg(LocalDateTime.of(2030, 3, 20, 21, 51), CST), 0.02);
        assertEquals(0, SolarGeometry.declinationDeg(LocalDateTime.of(2030, 9, 23, 7, 26), CST), 0.02);
        assertEquals(-0.39, SolarGeometry.declinationDeg(LocalDateTime.of(2030, 3, 19, 21, 51), CST), 0.03);
        // The same on other years' dates, leap or not (2024 March equinox: 20 March 03:06 UTC).
        assertEquals(0, SolarGeometry.declinationDeg(LocalDateTime.of(2024, 3, 20, 11, 6), CST), 0.02);
    }

    @Test
    void equationOfTimeExtremes() {
        // About +16.4 min on 3 November and -14.2 min on 11 February.
        assertEquals(16.4, SolarGeometry.equationOfTimeMin(LocalDateTime.of(2030, 11, 3, 12, 0), CST), 0.2);
        assertEquals(-14.2, SolarGeometry.equationOfTimeMin(LocalDateTime.of(2030, 2, 11, 12, 0), CST), 0.2);
    }

    @Test
    void solarNoonAtZhongweiIsAboutOnePmBeijingTime() {
        // 105.2 E keeps solar time 59 min behind the 120 E meridian of China Standard Time; on 21 June the
        // equation of time is about -1.7 min, so the sun crosses the meridian at about 13:01.
        LocalDateTime noon = LocalDateTime.of(2030, 6, 21, 13, 1);
        assertEquals(0, SolarGeometry.hourAngleDeg(noon, 105.2, CST), 0.25);
        SunPosition sun = SolarGeometry.position(noon, 37.5, 105.2, CST);
        // Elevation at noon on the solstice = 90 - latitude + 23.44.
        assertEquals(90 - 37.5 + 23.44, sun.elevationDeg(), 0.3);
        assertEquals(180, sun.azimuthDeg(), DEGREE);
    }

    @Test
    void morningSunIsInTheEastAndNightIsBelowTheHorizon() {
        SunPosition morning = SolarGeometry.position(LocalDateTime.of(2030, 3, 20, 8, 0), 37.5, 105.2, CST);
        assertTrue(morning.up());
        assertTrue(morning.azimuthDeg() > 80 && morning.azimuthDeg() < 120, "azimuth " + morning.azimuthDeg());
        SunPosition evening = SolarGeometry.position(LocalDateTime.of(2030, 3, 20, 18, 0), 37.5, 105.2, CST);
        assertTrue(evening.azimuthDeg() > 240 && evening.azimuthDeg() < 280, "azimuth " + evening.azimuthDeg());
        SunPosition midnight = SolarGeometry.position(LocalDateTime.of(2030, 6, 21, 1, 0), 37.5, 105.2, CST);
        assertTrue(midnight.elevationDeg() < -20, "elevation " + midnight.elevationDeg());
    }

    @Test
    void extraterrestrialIrradianceFollowsTheEarthsOrbit() {
        // Perihelion in early January (about 1,405 W/m2), aphelion in early July (about 1,317 W/m2).
        double january = SolarGeometry.position(LocalDateTime.of(2030, 1, 3, 13, 0), 37.5, 105.2, CST).extraterrestrialWPerM2();
        double july = SolarGeometry.position(LocalDateTime.of(2030, 7, 4, 13, 0), 37.5, 105.2, CST).extraterrestrialWPerM2();
        assertEquals(1405, january, 5);
        assertEquals(1317, july, 5);
    }
}
