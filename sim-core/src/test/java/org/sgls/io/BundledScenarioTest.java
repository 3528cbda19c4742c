package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.model.Component;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Exchange;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.SyntheticProfiles;
import org.sgls.timeseries.SyntheticProfiles.LoadShape;
import org.sgls.timeseries.TimeAxis;

/**
 * The bundled test-2zone scenario: it reads, it is physically sensible, it round-trips, and its profiles.csv is
 * exactly what the generator below makes. To regenerate the file after changing the generator:
 * {@code mvn -pl sim-core -am test -Dtest=BundledScenarioTest -Dsurefire.failIfNoSpecifiedTests=false -Dsgls.regenerate=true}.
 */
class BundledScenarioTest {
    static final Path FOLDER = Path.of("..", "scenarios", "bundled", "test-2zone");
    private static final TimeAxis YEAR_2030 = new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1, 8760);

    @TempDir
    Path dir;

    /** The synthetic series of the scenario, by column name; seeds fixed forever. */
    static Map<String, double[]> profiles(TimeAxis axis) {
        Map<String, double[]> out = new LinkedHashMap<>();
        put(out, SyntheticProfiles.loadPu("load_north", axis, LoadShape.INDUSTRIAL, 101));
        put(out, SyntheticProfiles.loadPu("load_south", axis, LoadShape.MIXED, 102));
        // Zhongwei (37.5 N, 105.2 E) and a site a little to the south-east.
        put(out, SyntheticProfiles.solarPu("pv_north", axis, 37.5, 105.2, 1550, 201));
        put(out, SyntheticProfiles.solarPu("pv_south", axis, 37.0, 106.2, 1550, 202));
        put(out, SyntheticProfiles.windPu("wind_north", axis, 2000, 301));
        put(out, SyntheticProfiles.windPu("wind_south", axis, 2000, 302));
        put(out, SyntheticProfiles.riverHydroPu("hydro_north", axis, 401));
        // The UHV export line runs at half its limit for a maintenance week in April.
        double[] export = new double[axis.steps()];
        for (int i = 0; i < export.length; i++) {
            LocalDateTime t = axis.time(i);
            boolean maintenance = t.getMonth() == Month.APRIL && t.getDayOfMonth() >= 15 && t.getDayOfMonth() <= 21;
            export[i] = maintenance ? 0.5 : 1;
        }
        out.put("export_limit", export);
        return out;
    }

    private static void put(Map<String, double[]> out, Profile p) {
        double[] v = new double[p.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = p.at(i);
        }
        out.put(p.name(), v);
    }

    @Test
    void profilesFileIsWhatTheGeneratorMakes() throws IOException {
        StringWriter csv = new StringWriter();
        ProfilesCsv.write(csv, YEAR_2030, profiles(YEAR_2030));
        Path file = FOLDER.resolve("profiles.csv");
        if (Boolean.getBoolean("sgls.regenerate")) {
            Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(csv.toString(), Files.readString(file), "profiles.csv is stale: regenerate it (see class doc)");
    }

    @Test
    void readsAndIsSensible() {
        Scenario s = ScenarioReader.read(FOLDER.resolve("scenario.json"));
        assertEquals(8760, s.system().axis().steps());
        assertEquals(List.of("north", "south"), s.system().zones().stream().map(Zone::id).toList());
        assertEquals(1, s.system().lines().size());

        List<ThermalUnit> thermal = s.system().all(ThermalUnit.class);
        assertEquals(10, thermal.size());
        assertEquals(1, thermal.stream().filter(u -> u.kind() == Kind.GAS).count());
        assertEquals(1, thermal.stream().filter(u -> u.heat() != null).count());
        assertTrue(thermal.stream().anyMatch(u -> u.minStableFraction() == 0.30));
        assertTrue(thermal.stream().anyMatch(u -> u.minStableFraction() == 0.35));
        for (ThermalUnit u : thermal) {
            if (u.kind() == Kind.COAL) {
                double fullLoadGcePerKwh = (u.fuelTcePerH() / u.pmaxMw() + u.fuelTcePerMwh()) * 1000;
                double minLoadGcePerKwh = (u.fuelTcePerH() / u.lowestPminMw() + u.fuelTcePerMwh()) * 1000;
                assertTrue(fullLoadGcePerKwh > 275 && fullLoadGcePerKwh < 325, u.id() + " " + fullLoadGcePerKwh);
                assertTrue(minLoadGcePerKwh > fullLoadGcePerKwh + 15, u.id() + " part load costs more per kWh");
            }
        }

        double peakLoadMw = Fixtures.peakLoadMw(s.system().all(Load.class));
        double thermalMw = thermal.stream().mapToDouble(ThermalUnit::pmaxMw).sum();
        double reserveMw = s.system().zones().stream()
                .mapToDouble(z -> z.reserveMw() + z.reserveFractionOfLoad() * peakLoadMw).sum();
        assertTrue(peakLoadMw > 2000 && peakLoadMw < 6000, "peak " + peakLoadMw);
        assertTrue(thermalMw > peakLoadMw + reserveMw, "thermal " + thermalMw + " covers peak + reserve");

        for (VariableSource v : s.system().all(VariableSource.class)) {
            double hours = v.availabilityPu().sum();
            switch (v.kind()) {
                case PV -> assertEquals(1550, hours, 5, v.id());
                case WIND -> assertEquals(2000, hours, 5, v.id());
                default -> assertTrue(hours > 3000 && hours < 6000, v.id() + " " + hours);
            }
        }
        for (int step : new int[] {0, 23 * 24, 100 * 24, 200 * 24, 8759}) {
            LocalDateTime t = s.system().axis().time(step);
            assertEquals(0, pv(s).availabilityPu().at(step), 0, "no PV at midnight " + t);
        }

        Storage battery = s.system().all(Storage.class).stream().filter(x -> x.technology().equals("battery")).findFirst()
                .orElseThrow();
        assertEquals(200, battery.dischargeMaxMw(), 0);
        assertEquals(800, battery.energyMwh(), 0);
        Electrolyzer h2 = s.system().all(Electrolyzer.class).get(0);
        assertTrue(h2.tank() != null && h2.tank().demandKgPerH() > 0);
        assertEquals(2, s.system().all(Exchange.class).size());
        assertTrue(s.description().contains("SYNTHETIC"));
    }

    private static VariableSource pv(Scenario s) {
        for (Component c : s.system().components()) {
            if (c.kind() == Kind.PV) {
                return (VariableSource) c;
            }
        }
        throw new AssertionError("no pv");
    }

    @Test
    void roundTripIsExact() throws IOException {
        Scenario first = ScenarioReader.read(FOLDER.resolve("scenario.json"));
        Path a = ScenarioWriter.write(first, dir.resolve("a"));
        Scenario second = ScenarioReader.read(a);
        SameModel.assertSame(first, second);
        Path b = ScenarioWriter.write(second, dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/profiles.csv")), Files.readAllBytes(dir.resolve("b/profiles.csv")));
    }
}
