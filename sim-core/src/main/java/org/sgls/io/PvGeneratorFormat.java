package org.sgls.io;

import java.util.Arrays;
import java.util.List;
import org.sgls.timeseries.weather.AmbientTemperature;
import org.sgls.timeseries.weather.CapacityBasis;
import org.sgls.timeseries.weather.ClearSky;
import org.sgls.timeseries.weather.CloudProcess;
import org.sgls.timeseries.weather.Mounting;
import org.sgls.timeseries.weather.PlaneOfArray;
import org.sgls.timeseries.weather.PvModel;
import org.sgls.timeseries.weather.PvSystem;
import org.sgls.timeseries.weather.Site;
import org.sgls.timeseries.weather.WeatherSample;

/** {@code "model": "pv"}: per-unit PV output from solar geometry and seeded weather ({@link PvModel}). */
final class PvGeneratorFormat {
    static final Range FRACTION_BELOW_1 = new Range(0, false, 1, true);
    private static final List<String> MOUNTINGS = Arrays.stream(Mounting.values()).map(Mounting::label).toList();
    private static final List<String> BASES = Arrays.stream(CapacityBasis.values()).map(CapacityBasis::label).toList();

    private PvGeneratorFormat() {
    }

    static GeneratorSpec read(SpecFields s, long scenarioSeed) {
        Site site = site(s);
        Mounting mounting = Mounting.fromLabel(s.choice("mounting", MOUNTINGS, Mounting.FIXED.label()));
        double tiltDeg = 0;
        double azimuthDeg = 180;
        double maxRotationDeg = PlaneOfArray.DEFAULT_MAX_ROTATION_DEG;
        if (mounting == Mounting.SINGLE_AXIS) {
            s.unused("tilt_deg", "by a single_axis mounting (the tracker's tilt follows the sun)");
            s.unused("azimuth_deg", "by a single_axis mounting (its axis runs north-south)");
            maxRotationDeg = s.number("max_rotation_deg", new Range(0, true, 90, false), maxRotationDeg);
        } else if (mounting == Mounting.FIXED) {
            double defaultTilt = site == null ? 0 : Math.abs(site.latitudeDeg());
            tiltDeg = s.number("tilt_deg", Range.between(0, 90), defaultTilt);
            azimuthDeg = s.number("azimuth_deg", Range.between(0, 360), azimuthDeg);
            s.unused("max_rotation_deg", "by a fixed mounting (only trackers rotate)");
        } else {
            s.fields().allow("tilt_deg", "azimuth_deg", "max_rotation_deg"); // judged once the mounting is known
        }
        double albedo = s.number("albedo", Range.FRACTION, PlaneOfArray.DEFAULT_ALBEDO);
        double dcAcRatio = s.number("dc_ac_ratio", Range.between(0.5, 3), PvSystem.DEFAULT_DC_AC_RATIO);
        CapacityBasis basis = CapacityBasis.fromLabel(s.choice("capacity_basis", BASES, CapacityBasis.AC.label()));
        double inverterEfficiency = s.number("inverter_efficiency", Range.EFFICIENCY, PvSystem.DEFAULT_INVERTER_EFFICIENCY);
        double dcLoss = s.number("dc_loss_fraction", FRACTION_BELOW_1, PvSystem.DEFAULT_DC_LOSS_FRACTION);
        double noctC = s.number("noct_c", Range.between(20, 80), PvSystem.DEFAULT_NOCT_C);
        double perDegree = s.number("temperature_coefficient_per_c", Range.between(-0.01, 0),
                PvSystem.DEFAULT_POWER_PER_DEGREE_C);
        double turbidity = s.number("linke_turbidity", Range.between(1, 10), ClearSky.NINGXIA_LINKE_TURBIDITY);
        CloudProcess.Parameters d = CloudProcess.Parameters.NINGXIA;
        double kMean = s.number("clear_sky_index_mean", new Range(0, true, 1, true), d.mean());
        double kWinter = s.number("clear_sky_index_winter_amplitude", Range.between(-0.5, 0.5), d.winterAmplitude());
        double kConcentration = s.number("clear_sky_index_concentration", Range.between(0.5, 1000), d.concentration());
        double dayPersistence = s.number("day_persistence", FRACTION_BELOW_1, d.dayPersistence());
        double hourlyVariability = s.number("hourly_variability", Range.between(0, 2), d.hourlyVariability());
        double hourPersistence = s.number("hour_persistence", FRACTION_BELOW_1, d.hourPersistence());
        AmbientTemperature temperature = WeatherFields.temperature(s);
        WeatherSample sample = WeatherFields.sample(s, scenarioSeed);
        double target = WeatherFields.targetFullLoadHours(s);
        if (!s.fields().clean() || site == null || mounting == null || basis == null) {
            return null;
        }
        PlaneOfArray plane = new PlaneOfArray(mounting, tiltDeg, azimuthDeg, maxRotationDeg, albedo);
        PvSystem system = new PvSystem(plane, noctC, perDegree, dcLoss, inverterEfficiency, dcAcRatio, basis);
        CloudProcess.Parameters clouds = new CloudProcess.Parameters(kMean, kWinter, kConcentration, dayPersistence,
                hourlyVariability, hourPersistence);
        PvModel model = new PvModel(site, system, turbidity, clouds, temperature);
        return new GeneratorSpec(s.resolved(), WeatherFields.TARGET_FULL_LOAD_HOURS,
                axis -> model.generate(axis, sample, target));
    }

    /** {@code latitude_deg} and {@code longitude_deg} (required), {@code altitude_m} and {@code utc_offset_hours}. */
    private static Site site(SpecFields s) {
        double lat = s.number("latitude_deg", Range.between(-90, 90));
        double lon = s.number("longitude_deg", Range.between(-180, 180));
        double altitudeM = WeatherFields.altitudeM(s);
        double offset = s.number("utc_offset_hours", Range.between(-12, 14), Site.CHINA_STANDARD_TIME_UTC_OFFSET_HOURS);
        if (Double.isNaN(lat) || Double.isNaN(lon) || Double.isNaN(altitudeM) || Double.isNaN(offset)) {
            return null;
        }
        return new Site(lat, lon, altitudeM, offset);
    }
}
