package org.sgls.rtsgmlc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgls.model.Component;
import org.sgls.model.CostCurve;
import org.sgls.model.Kind;
import org.sgls.model.Line;
import org.sgls.model.Load;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;

/**
 * The import of the real RTS-GMLC data against the data README's totals (computed there from the files) and
 * against hand-checked units. Energies in GWh to 0.1 GWh as the README prints them; the scenario's own totals
 * (without 29 February) to 1e-6 GWh, computed independently from the files.
 */
class RtsScenarioTest {
    private static final double GWH = 0.05;
    private static final double EXACT_GWH = 1e-6;
    private static RtsData data;
    private static Scenario scenario;
    private static ImportReport report;

    @BeforeAll
    static void importOnce() {
        data = RtsFixture.data();
        RtsScenario.Imported imported = RtsScenario.build(data);
        scenario = imported.scenario();
        report = imported.report();
    }

    @Test
    void theDataMatchTheReadmesAnnualTotals() {
        assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), data.start());
        assertEquals(8784, data.hours());
        double load = 0;
        double[] byArea = new double[4];
        for (int area = 1; area <= 3; area++) {
            byArea[area] = sum(RtsScenario.areaLoad(data, area)) / 1000;
            load += byArea[area];
        }
        assertEquals(37_655.8, load, GWH);
        assertArrayEquals(new double[] {0, 12_169.3, 12_188.6, 13_297.9}, byArea, GWH);
        assertEquals(7_149.4, seriesGwh(g -> g.fuel().equals("Wind")), GWH);
        assertEquals(3_751.6, seriesGwh(g -> g.unitType().equals("PV")), GWH);
        assertEquals(2_147.8, seriesGwh(g -> g.unitType().equals("RTPV")), GWH);
        assertEquals(4_082.1, seriesGwh(g -> g.fuel().equals("Hydro")), GWH);
        assertEquals(936.4, sum(data.series("212_CSP_HEAD_STORAGE")) / 1000, GWH);
        assertEquals(14_549.8, data.generators().stream().mapToDouble(RtsData.Generator::pmaxMw).sum(), 1e-6);
        assertEquals(158, data.generators().size());
    }

    @Test
    void theScenarioIsAYearWithout29February() {
        assertEquals(8760, scenario.system().axis().steps());
        assertEquals(LocalDateTime.of(2025, 1, 1, 0, 0), scenario.system().axis().start());
        assertEquals("2025-12-31T23:00", scenario.system().axis().label(8759));
        // 1 March 2020 00:00 is data hour 60 x 24 and step 59 x 24, labelled 1 March
        Load l101 = component("load_101", Load.class);
        assertEquals("2025-03-01T00:00", scenario.system().axis().label(59 * 24));
        assertEquals(RtsScenario.areaLoad(data, 1)[60 * 24] * 108 / 2850, l101.demandMw().at(59 * 24), 1e-9);
        assertEquals(RtsScenario.areaLoad(data, 1)[58 * 24 + 23] * 108 / 2850, l101.demandMw().at(58 * 24 + 23), 1e-9);
        assertEquals(24, report.hoursDropped());
    }

    @Test
    void theScenariosEnergiesAreTheDataLess29February() {
        // computed from the CSV files in Python: the 8,784-hour totals less 29 February
        double load = scenario.system().all(Load.class).stream().mapToDouble(l -> l.demandMw().sum()).sum() / 1000;
        assertEquals(37_572.678004, load, EXACT_GWH);
        assertEquals(7_136.6663, availableGwh(id -> id.contains("WIND")), EXACT_GWH);
        assertEquals(3_740.3445, availableGwh(id -> id.contains("_PV_")), EXACT_GWH);
        assertEquals(2_141.3287, availableGwh(id -> id.contains("RTPV")), EXACT_GWH);
        assertEquals(4_075.8566, availableGwh(id -> id.contains("HYDRO")), EXACT_GWH);
        assertEquals(51, scenario.system().all(Load.class).size());
        // each area's bus loads are its series: shares of bus.csv's MW Load sum to 1
        for (int area = 1; area <= 3; area++) {
            String zone = RtsScenario.zoneId(area);
            double zoneLoad = scenario.system().all(Load.class).stream().filter(l -> l.zone().equals(zone))
                    .mapToDouble(l -> l.demandMw().at(4000)).sum();
            assertEquals(RtsScenario.areaLoad(data, area)[4000 + 24], zoneLoad, 1e-9);
        }
    }

    @Test
    void unitsByKindAndTheInstalledCapacity() {
        Map<String, String> byKind = report.unitsByKind().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> (int) e.getValue()[0] + " x " + Math.round(e.getValue()[1] * 10) / 10.0));
        assertEquals(Map.of("coal", "16 x 2317.0", "gas", "37 x 5035.0", "oil", "19 x 324.0", "nuclear", "1 x 400.0",
                "hydro", "20 x 1000.0", "pv", "56 x 2715.9", "wind", "4 x 2507.9", "csp", "1 x 200.0",
                "storage", "1 x 50.0"), byKind);
        assertEquals(14_549.8, report.installedMw(), 1e-6);
        assertEquals(List.of("114_SYNC_COND_1", "214_SYNC_COND_1", "314_SYNC_COND_1"), report.skipped());
        assertEquals(List.of(), report.convexified());
    }

    @Test
    void aCoalUnitAsMatpowerCostsIt() {
        ThermalUnit u = component("101_STEAM_3", ThermalUnit.class);
        assertEquals(Kind.COAL, u.kind());
        assertEquals("area1", u.zone());
        assertEquals(30, u.lowestPminMw(), 1e-9);
        assertEquals(120, u.rampUpMwPerH(), 1e-9); // 2 MW/min
        assertEquals(8, u.minUpH());
        assertEquals(4, u.minDownH());
        // cold start heat x fuel price: RTS_GMLC.m's start-up cost of the unit
        assertEquals(11_172.01435, u.startupCost(), 1e-5);
        assertEquals(0, u.fuelPricePerTce());
        CostCurve c = u.costCurve();
        assertEquals(841.57942, c.costPerH(30), 1e-5);
        assertEquals(1_059.17805, c.costPerH(45.33333), 1e-4);
        assertEquals(1_596.51343, c.costPerH(76), 1e-5);
        // fuel line through the curve's ends, in tce (1 tce = 29.3076 GJ = 27.7781 MMBtu)
        double tce = 29.3076 / 1.055056;
        assertEquals(13_270 * 30 / 1000.0, (u.fuelTcePerH() + u.fuelTcePerMwh() * 30) * tce, 1e-9);
        assertEquals(1_596.51343 / 2.11399, (u.fuelTcePerH() + u.fuelTcePerMwh() * 76) * tce, 1e-5);
        // 210 lb CO2 per MMBtu
        assertEquals(210 * 0.45359237e-3 * tce, u.co2TPerTce(), 1e-12);
        assertTrue(!u.mustRun() && !u.onInitial());
    }

    @Test
    void minimumTimesAreRoundedUpAndNuclearRuns() {
        ThermalUnit ct = component("113_CT_1", ThermalUnit.class);
        assertEquals(3, ct.minUpH()); // 2.2 h
        assertEquals(3, ct.minDownH());
        ThermalUnit cc = component("107_CC_1", ThermalUnit.class);
        assertEquals(8, cc.minUpH());
        assertEquals(5, cc.minDownH()); // 4.5 h
        assertEquals(Kind.OIL, component("115_STEAM_1", ThermalUnit.class).kind());
        assertEquals(Kind.OIL, component("101_CT_1", ThermalUnit.class).kind());
        assertEquals(Kind.GAS, cc.kind());
        ThermalUnit nuclear = component("121_NUCLEAR_1", ThermalUnit.class);
        assertEquals(Kind.NUCLEAR, nuclear.kind());
        assertTrue(nuclear.mustRun() && nuclear.onInitial());
        assertEquals(400, nuclear.pInitialMw());
        assertEquals(0, nuclear.co2TPerTce());
        // flat: 10,000 BTU/kWh x 396 MW x 0.81035 $/MMBtu whatever the output
        assertEquals(3_208.986, nuclear.costCurve().costPerH(396), 1e-9);
        assertEquals(3_208.986, nuclear.costCurve().costPerH(400), 1e-9);
    }

    @Test
    void zonesLinesStorageAndCsp() {
        List<Zone> zones = scenario.system().zones();
        assertEquals(List.of("area1", "area2", "area3"), zones.stream().map(Zone::id).toList());
        for (Zone z : zones) {
            assertEquals(0.03, z.reserveFractionOfLoad(), 1e-7); // Spin_Up_R* = 3 % of the area load
            assertEquals(0, z.reserveMw());
        }
        assertEquals(List.of(new Line("area1-area2", "area1", "area2", 1175), new Line("area1-area3", "area1", "area3",
                600), new Line("area2-area3", "area2", "area3", 500)), scenario.system().lines());

        Storage battery = component("313_STORAGE_1", Storage.class);
        assertEquals(50, battery.dischargeMaxMw());
        assertEquals(50, battery.chargeMaxMw());
        assertEquals(150, battery.energyMwh(), 1e-9);
        assertEquals(75, battery.socInitialMwh(), 1e-9);
        assertEquals(0.85, battery.etaCharge() * battery.etaDischarge(), 1e-12);

        VariableSource csp = component("212_CSP_1", VariableSource.class);
        assertEquals(Kind.CSP, csp.kind());
        assertEquals(1.1, csp.marginalCostPerMwh()); // gen.csv VOM
        CspSchedule whole = CspSchedule.follow(data.series("212_CSP_HEAD_STORAGE"), 200, 1200, 0);
        assertEquals(11_072.0, whole.spilledMwh(), 0.05);
        double kept = 0;
        int[] hours = RtsScenario.keptHours(data);
        for (int h : hours) {
            kept += whole.outputMw()[h];
        }
        assertEquals(kept, csp.availabilityPu().sum() * 200, 1e-6);
        assertTrue(report.text().stream().anyMatch(s -> s.contains("11.1 GWh of it spilled")), report.text()::toString);
    }

    @Test
    void everyGeneratorButTheCondensersIsAComponentInItsArea() {
        List<Component> components = scenario.system().components();
        assertEquals(51 + 155, components.size());
        for (RtsData.Generator g : data.generators()) {
            Component c = components.stream().filter(x -> x.id().equals(g.id())).findFirst().orElse(null);
            if (g.fuel().equals("Sync_Cond")) {
                assertNull(c);
            } else {
                assertEquals("area" + (g.bus() / 100), c.zone(), g.id());
            }
        }
    }

    private static <T extends Component> T component(String id, Class<T> type) {
        return scenario.system().all(type).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static double availableGwh(Predicate<String> id) {
        return scenario.system().all(VariableSource.class).stream().filter(v -> id.test(v.id()))
                .mapToDouble(v -> v.availabilityPu().sum() * v.capacityMw()).sum() / 1000;
    }

    private static double seriesGwh(Predicate<RtsData.Generator> which) {
        return data.generators().stream().filter(which).mapToDouble(g -> sum(data.series(g.id()))).sum() / 1000;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
