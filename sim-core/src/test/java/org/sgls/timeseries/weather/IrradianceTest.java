package org.sgls.timeseries.weather;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Clear sky, decomposition and plane of array against hand-worked values. */
class IrradianceTest {
    private static final double W = 1e-9;
    private static final LocalDateTime SOLSTICE_NOON = LocalDateTime.of(2030, 6, 21, 13, 1);

    @Test
    void noonClearSkyOnTheSummerSolsticeAt37Point5North() {
        SunPosition sun = SolarGeometry.position(SOLSTICE_NOON, 37.5, 105.2, 8);
        double[] clear = new ClearSky(3.5, 1200).irradianceWPerM2(sun);
        // By hand (Ineichen-Perez, TL 3.5, 1,200 m): zenith 14.06, cos 0.9700, air mass 1.0305; I0 = 1361 x 0.9674
        // = 1316.7; fh1 0.8607, fh2 0.3829, cg1 0.9291, cg2 0.0857; GHI = 0.9291 x 1316.7 x 0.9700
        // x exp(-0.0857 x 1.0305 x (0.8607 + 0.3829 x 2.5)) = 1010.6 W/m2.
        assertEquals(1010.6, clear[0], 1010.6 * 0.02);
        // Textbook cross-check: Haurwitz's cloudless global, 1098 cos z exp(-0.057 / cos z) = 1004 W/m2.
        assertEquals(1004, clear[0], 1004 * 0.05);
        // The beam is most of it on a clear day, and below the extraterrestrial irradiance.
        assertTrue(clear[1] > 800 && clear[1] < sun.extraterrestrialWPerM2(), "DNI " + clear[1]);
        assertTrue(clear[1] * sun.cosZenith() < clear[0]);
    }

    @Test
    void clearSkyIsZeroAtNightAndFallsWithHaze() {
        SunPosition night = SolarGeometry.position(LocalDateTime.of(2030, 6, 21, 1, 0), 37.5, 105.2, 8);
        assertArrayEquals(new double[] {0, 0}, new ClearSky(3.5, 1200).irradianceWPerM2(night), 0);
        SunPosition sun = SolarGeometry.position(SOLSTICE_NOON, 37.5, 105.2, 8);
        assertTrue(new ClearSky(2, 1200).irradianceWPerM2(sun)[0] > new ClearSky(5, 1200).irradianceWPerM2(sun)[0]);
        assertTrue(new ClearSky(3.5, 2000).irradianceWPerM2(sun)[0] > new ClearSky(3.5, 0).irradianceWPerM2(sun)[0]);
    }

    @Test
    void erbsIsContinuousAndBounded() {
        assertEquals(1 - 0.09 * 0.22, Erbs.diffuseFraction(0.22), 2e-3);
        assertEquals(0.165, Erbs.diffuseFraction(0.8), 2e-3);
        assertEquals(1, Erbs.diffuseFraction(0), W);
        for (double kt = 0; kt <= 1; kt += 0.01) {
            double f = Erbs.diffuseFraction(kt);
            assertTrue(f >= 0.16 && f <= 1, kt + " -> " + f);
        }
    }

    @Test
    void aHorizontalPlaneGetsTheGlobalIrradiance() {
        SunPosition sun = SolarGeometry.position(LocalDateTime.of(2030, 4, 10, 10, 30), 37.5, 105.2, 8);
        PlaneOfArray flat = new PlaneOfArray(Mounting.FIXED, 0, 180, 60, 0.2);
        double ghi = 700;
        double dni = 600;
        double dhi = ghi - dni * sun.cosZenith();
        assertEquals(ghi, flat.irradianceWPerM2(flat.orient(sun), sun, ghi, dni, dhi), 1e-6);
    }

    @Test
    void aPlaneFacingTheSunGetsTheWholeBeam() {
        SunPosition sun = SolarGeometry.position(SOLSTICE_NOON, 37.5, 105.2, 8);
        PlaneOfArray facing = new PlaneOfArray(Mounting.FIXED, sun.zenithDeg(), sun.azimuthDeg(), 60, 0);
        assertEquals(1, facing.orient(sun).cosIncidence(), 1e-6);
        // Overcast (no beam): isotropic sky, (1 + cos tilt) / 2 of the diffuse.
        PlaneOfArray vertical = new PlaneOfArray(Mounting.FIXED, 90, 180, 60, 0);
        assertEquals(100, vertical.irradianceWPerM2(vertical.orient(sun), sun, 200, 0, 200), 1e-9);
    }

    @Test
    void aTrackerTurnsTowardsTheSunWithinItsRange() {
        PlaneOfArray tracker = new PlaneOfArray(Mounting.SINGLE_AXIS, 0, 180, 60, 0.2);
        // At the equinox the sun moves in the east-west plane through the zenith, tilted by the latitude:
        // in the morning the tracker faces east.
        SunPosition morning = SolarGeometry.position(LocalDateTime.of(2030, 3, 20, 10, 0), 37.5, 105.2, 8);
        PlaneOfArray.Orientation o = tracker.orient(morning);
        assertTrue(o.tiltDeg() > 20 && o.tiltDeg() <= 60, "tilt " + o.tiltDeg());
        PlaneOfArray flat = new PlaneOfArray(Mounting.FIXED, 0, 180, 60, 0.2);
        assertTrue(o.cosIncidence() > flat.orient(morning).cosIncidence());
        SunPosition low = SolarGeometry.position(LocalDateTime.of(2030, 6, 21, 6, 30), 37.5, 105.2, 8);
        assertEquals(60, tracker.orient(low).tiltDeg(), 1e-9, "held at its stop");
    }
}
