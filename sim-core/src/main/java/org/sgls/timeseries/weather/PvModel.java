package org.sgls.timeseries.weather;

import java.time.LocalDateTime;
import org.sgls.timeseries.TimeAxis;

/**
 * Hourly PV output from physics and seeded weather. For each step, at its midpoint (steps longer than an hour are
 * averaged over the midpoints of their hours): the sun's position ({@link SolarGeometry}); cloudless-sky global
 * and beam irradiance ({@link ClearSky}); the step's clear-sky index ({@link CloudProcess}) gives global
 * irradiance; {@link Erbs} splits it into beam and diffuse; {@link PlaneOfArray} turns it onto the modules; the
 * air temperature ({@link AmbientTemperature}) and {@link PvSystem} give the per-unit output. Exactly 0 while the
 * sun is down.
 *
 * <p>Calibration, when a target is given, shifts the mean daily clear-sky index (same random draws, clearer or
 * cloudier days) until the annual full-load hours match.
 */
public final class PvModel {
    /** The name calibration reports for the parameter it moves. */
    public static final String CALIBRATED_PARAMETER = "clear_sky_index_shift";
    /** Beam irradiance from a cloudy hour's decomposition may not exceed this share of the extraterrestrial. */
    private static final double MAX_KT = 1.0;

    private final Site site;
    private final PvSystem system;
    private final ClearSky clearSky;
    private final CloudProcess.Parameters clouds;
    private final AmbientTemperature temperature;

    public PvModel(Site site, PvSystem system, double linkeTurbidity, CloudProcess.Parameters clouds,
            AmbientTemperature temperature) {
        this.site = site;
        this.system = system;
        this.clearSky = new ClearSky(linkeTurbidity, site.altitudeM());
        this.clouds = clouds;
        this.temperature = temperature;
    }

    /** A plant in Ningxia's climate: the default turbidity, clouds and air temperature. */
    public static PvModel ningxia(Site site, PvSystem system) {
        return new PvModel(site, system, ClearSky.NINGXIA_LINKE_TURBIDITY, CloudProcess.Parameters.NINGXIA,
                AmbientTemperature.NINGXIA);
    }

    /**
     * Per-unit output for each step of {@code axis}, rounded to 1e-4.
     *
     * @param targetFullLoadHours annual full-load hours to calibrate to, or NaN to keep the parameters as given
     * @throws Calibration.UnreachableTarget when the target is out of reach
     */
    public Generated generate(TimeAxis axis, WeatherSample sample, double targetFullLoadHours) {
        Sky sky = new Sky(axis, sample);
        if (Double.isNaN(targetFullLoadHours)) {
            return new Generated(Generated.rounded(sky.output(0)), null);
        }
        Calibration.Result found = Calibration.bisect(CALIBRATED_PARAMETER,
                shift -> Generated.fullLoadHours(sky.output(shift)), -1, 1, targetFullLoadHours);
        double[] values = Generated.rounded(sky.output(found.value()));
        return new Generated(values, new Calibration.Result(found.parameter(), found.value(),
                Generated.fullLoadHours(values)));
    }

    /** Everything that does not depend on the calibrated shift, computed once per axis. */
    private final class Sky {
        private final int steps;
        private final int samplesPerStep;
        private final CloudProcess cloudProcess;
        private final int[] stepOfSample;
        private final boolean[] up;
        private final double[] clearGhi;
        private final double[] clearDni;
        private final double[] extraterrestrialHorizontal;
        private final double[] cosZenith;
        private final PlaneOfArray.Orientation[] orientation;
        private final SunPosition[] sun;
        private final double[] airC;

        Sky(TimeAxis axis, WeatherSample sample) {
            steps = axis.steps();
            samplesPerStep = (int) StrictMath.max(1, StrictMath.ceil(axis.stepHours() - 1e-9));
            cloudProcess = new CloudProcess(clouds, axis, sample.normals(WeatherSample.CLOUDS));
            int n = steps * samplesPerStep;
            stepOfSample = new int[n];
            up = new boolean[n];
            clearGhi = new double[n];
            clearDni = new double[n];
            extraterrestrialHorizontal = new double[n];
            cosZenith = new double[n];
            orientation = new PlaneOfArray.Orientation[n];
            sun = new SunPosition[n];
            airC = new double[n];
            long sampleSeconds = StrictMath.round(axis.stepHours() * 3600 / samplesPerStep);
            for (int i = 0; i < steps; i++) {
                for (int s = 0; s < samplesPerStep; s++) {
                    int j = i * samplesPerStep + s;
                    stepOfSample[j] = i;
                    LocalDateTime mid = axis.time(i).plusSeconds(sampleSeconds * s + sampleSeconds / 2);
                    SunPosition at = SolarGeometry.position(mid, site.latitudeDeg(), site.longitudeDeg(),
                            site.utcOffsetHours());
                    airC[j] = temperature.at(mid);
                    up[j] = at.up();
                    if (!up[j]) {
                        continue;
                    }
                    sun[j] = at;
                    double[] clear = clearSky.irradianceWPerM2(at);
                    clearGhi[j] = clear[0];
                    clearDni[j] = clear[1];
                    cosZenith[j] = at.cosZenith();
                    extraterrestrialHorizontal[j] = at.extraterrestrialWPerM2() * cosZenith[j];
                    orientation[j] = system.plane().orient(at);
                }
            }
        }

        /** Per-unit output of every step with the daily clear-sky mean shifted by {@code shift}. */
        double[] output(double shift) {
            double[] out = new double[steps];
            for (int j = 0; j < up.length; j++) {
                if (!up[j]) {
                    continue;
                }
                int i = stepOfSample[j];
                double ghi = clearGhi[j] * cloudProcess.index(i, shift);
                double kt = StrictMath.min(MAX_KT, ghi / extraterrestrialHorizontal[j]);
                double dhi = Erbs.diffuseFraction(kt) * ghi;
                // The beam may not exceed the cloudless beam; what it cannot carry stays diffuse.
                double dni = StrictMath.min(clearDni[j], (ghi - dhi) / cosZenith[j]);
                dhi = ghi - dni * cosZenith[j];
                double poa = system.plane().irradianceWPerM2(orientation[j], sun[j], ghi, dni, dhi);
                out[i] += system.outputPu(poa, airC[j]) / samplesPerStep;
            }
            return out;
        }
    }
}
