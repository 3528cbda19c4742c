package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgls.model.DispatchableSource;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;

/**
 * The four Ningxia scenarios: each profiles.csv is exactly what {@link NingxiaProfiles} makes, and each scenario
 * carries the source documents' numbers (domain.md) it claims to carry. To regenerate the profiles after changing a
 * seed or the generator:
 * {@code mvn -pl sim-core -am test -Dtest=NingxiaScenariosTest -Dsurefire.failIfNoSpecifiedTests=false -Dsgls.regenerate=true}.
 */
class NingxiaScenariosTest {
    static final Path BUNDLED = Path.of("..", "scenarios", "bundled");
    private static final double MW = 1e-6;

    static Iterable<String> scenarios() {
        return NingxiaProfiles.SCENARIOS;
    }

    private static Scenario read(String name) {
        return ScenarioReader.read(BUNDLED.resolve(name).resolve("scenario.json"));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void profilesFileIsWhatTheGeneratorMakes(String scenario) throws IOException {
        StringWriter csv = new StringWriter();
        ProfilesCsv.write(csv, NingxiaProfiles.axis(scenario), NingxiaProfiles.profiles(scenario));
        Path file = BUNDLED.resolve(scenario).resolve("profiles.csv");
        if (Boolean.getBoolean("sgls.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(csv.toString(), Files.readString(file), scenario + "/profiles.csv is stale: regenerate it (see class doc)");
    }

    /** Coal units are real units: a heat rate in the documents' band at full load that rises at part load. */
    @ParameterizedTest
    @MethodSource("scenarios")
    void coalUnitsHaveSensibleHeatRatesAndEnoughFirmCapacity(String name) {
        Scenario s = read(name);
        List<ThermalUnit> thermal = s.system().all(ThermalUnit.class);
        for (ThermalUnit u : thermal) {
            double full = (u.fuelTcePerH() / u.pmaxMw() + u.fuelTcePerMwh()) * 1000;
            double atMin = (u.fuelTcePerH() / u.lowestPminMw() + u.fuelTcePerMwh()) * 1000;
            // domain.md: 290-330 gce/kWh at full load; small captive units of the chemical plants a little worse.
            assertTrue(full > 275 && full < 370, u.id() + " " + full);
            assertTrue(atMin > full + 10, u.id() + " part load costs more per kWh");
            assertTrue(u.minStableFraction() >= 0.30 && u.minStableFraction() <= 0.5, u.id());
        }
        double peakLoad = Fixtures.peakLoadMw(s.system().all(Load.class));
        double firm = thermal.stream().mapToDouble(ThermalUnit::pmaxMw).sum()
                + s.system().all(Storage.class).stream().mapToDouble(Storage::dischargeMaxMw).sum();
        assertTrue(firm > peakLoad, name + ": firm " + firm + " vs peak " + peakLoad);
    }

    /**
     * Generated PV and wind meet their calibration: a typical Ningxia year (domain.md: PV 1,500-1,650 full-load hours,
     * wind 1,800-2,200 h; rooftop PV lower), or zhongwei-2020's calibration to what the plan reports for 2020.
     */
    @ParameterizedTest
    @MethodSource("scenarios")
    void renewablesAreCalibrated(String name) {
        Scenario s = read(name);
        for (VariableSource v : s.system().all(VariableSource.class)) {
            double hours = v.availabilityPu().sum() / v.availabilityPu().length() * 8760;
            String what = name + " " + v.id() + " " + hours + " h";
            switch (v.kind()) {
                case PV -> {
                    if (name.equals("zhongwei-2020")) {
                        assertEquals(880, hours, 880 * 0.002, what);
                    } else if (v.id().contains("rooftop")) {
                        assertEquals(1300, hours, 1300 * 0.002, what);
                    } else {
                        assertTrue(hours >= 1500 && hours <= 1650, what);
                    }
                }
                case WIND -> {
                    if (name.equals("zhongwei-2020")) {
                        assertEquals(1150, hours, 1150 * 0.002, what);
                    } else {
                        assertTrue(hours >= 1800 && hours <= 2200, what);
                    }
                }
                default -> assertTrue(hours > 3000 && hours < 6000, what);
            }
        }
        for (Load l : s.system().all(Load.class)) {
            double loadFactor = l.demandMw().sum() / l.demandMw().length() / l.demandMw().max();
            assertTrue(loadFactor >= 0.69 && loadFactor <= 0.95, name + " " + l.id() + " load factor " + loadFactor);
        }
    }

    @Test
    void zhongwei2020HasTheInstalledMixOfEnd2020() {
        Scenario s = read("zhongwei-2020");
        assertEquals(8784, s.system().axis().steps(), "the whole of 2020, a leap year");
        assertEquals(4589, capacity(s, Kind.PV), MW);
        assertEquals(3196, capacity(s, Kind.WIND), MW);
        assertEquals(124.3, capacity(s, Kind.HYDRO), MW);
        assertEquals(50, s.system().all(DispatchableSource.class).stream().mapToDouble(DispatchableSource::pmaxMw).sum(), MW);
        // New energy 82.4 % and renewables 83.7 % of installed capacity (Zhongwei plan): the thermal fleet follows.
        double thermal = s.system().all(ThermalUnit.class).stream().mapToDouble(ThermalUnit::pmaxMw).sum();
        double total = 4589 + 3196 + 124.3 + 50 + thermal;
        assertEquals(0.824, (4589 + 3196 + 50) / total, 0.002);
        assertEquals(0.837, (4589 + 3196 + 124.3 + 50) / total, 0.002);
    }

    @Test
    void zhongwei2025HasThePlannedMix() {
        Scenario s = read("zhongwei-2025");
        assertEquals(11600, capacity(s, Kind.PV), MW);
        assertEquals(400, s.system().all(VariableSource.class).stream().filter(v -> v.id().contains("rooftop"))
                .mapToDouble(VariableSource::capacityMw).sum(), MW);
        assertEquals(4500, capacity(s, Kind.WIND), MW);
        List<Storage> stores = s.system().all(Storage.class);
        assertTrue(stores.stream().anyMatch(b -> b.dischargeMaxMw() == 200 && b.energyMwh() == 800), "200 MW / 800 MWh");
        assertEquals(2, stores.stream().filter(b -> b.technology().equals("battery") && b.dischargeMaxMw() == 200).count());
        assertEquals(1000, stores.stream().filter(b -> b.technology().equals("pumped_hydro"))
                .mapToDouble(Storage::dischargeMaxMw).sum(), MW);
        List<ThermalUnit> coal = s.system().all(ThermalUnit.class);
        assertTrue(coal.stream().anyMatch(u -> u.minStableFraction() == 0.30), "retrofitted");
        assertTrue(coal.stream().anyMatch(u -> u.minStableFraction() == 0.35 && u.heat() == null), "new");
        assertTrue(coal.stream().anyMatch(u -> u.heat() != null && u.heat().decoupledFraction() == 0.40
                && u.heat().decoupledHours() == 6), "chp");
        assertEquals(2, s.system().zones().size(), "a weak southern zone");
        assertEquals(1, s.system().lines().size());
    }

    @Test
    void ningdong2025MeetsThePlansTargets() {
        Scenario s = read("ningdong-2025");
        assertTrue(capacity(s, Kind.PV) + capacity(s, Kind.WIND) > 7000, "> 7 GW new energy");
        assertEquals(1800, s.system().all(Storage.class).stream().mapToDouble(Storage::dischargeMaxMw).sum(), MW);
        assertEquals(80_000, hydrogenTonnesPerYear(s), 1, "80 kt/yr of green hydrogen");
        assertTrue(s.system().all(ThermalUnit.class).size() >= 40, "the performance benchmark: >= 40 thermal units");
    }

    @Test
    void ningdong2030MeetsThePlansTargets() {
        Scenario s = read("ningdong-2030");
        assertEquals(15000, capacity(s, Kind.PV) + capacity(s, Kind.WIND), MW);
        assertEquals(300_000, hydrogenTonnesPerYear(s), 1, "300 kt/yr of green hydrogen");
        assertTrue(s.system().all(ThermalUnit.class).size() >= 40, "the performance benchmark: >= 40 thermal units");
    }

    private static double capacity(Scenario s, Kind kind) {
        return s.system().all(VariableSource.class).stream().filter(v -> v.kind() == kind)
                .mapToDouble(VariableSource::capacityMw).sum();
    }

    /** The steady downstream demand of the electrolysers' tanks over a year of 8,760 h. */
    private static double hydrogenTonnesPerYear(Scenario s) {
        double kgPerH = 0;
        for (Electrolyzer e : s.system().all(Electrolyzer.class)) {
            assertTrue(e.tank() != null, e.id() + " feeds a tank");
            kgPerH += e.tank().demandKgPerH();
            // The electrolysers can make the demand in the hours the sun shines most, not only around the clock.
            assertTrue(e.pmaxMw() * 1000 / e.kwhPerKg() > 1.5 * e.tank().demandKgPerH(), e.id() + " oversized for solar hours");
        }
        return kgPerH * 8760 / 1000;
    }
}
