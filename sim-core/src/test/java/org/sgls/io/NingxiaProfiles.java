package org.sgls.io;

import java.time.LocalDateTime;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.SyntheticProfiles;
import org.sgls.timeseries.TimeAxis;

/**
 * The hourly series of the four Ningxia scenarios (zhongwei-2020, zhongwei-2025, ningdong-2025, ningdong-2030) that
 * the weather models of {@code profiles.generate} do not make: the Yellow River hydro plant's availability (the seeded
 * {@link SyntheticProfiles#riverHydroPu}) and the schedules of the export lines. Their PV, wind and load series are
 * generated from each scenario's {@code profiles.generate}. Seeds fixed forever, so each {@code profiles.csv} is
 * reproducible byte for byte (see {@link NingxiaScenariosTest} for how to regenerate the files).
 */
final class NingxiaProfiles {
    static final List<String> SCENARIOS = List.of("zhongwei-2020", "zhongwei-2025", "ningdong-2025", "ningdong-2030");

    private NingxiaProfiles() {
    }

    static TimeAxis axis(String scenario) {
        int year = Integer.parseInt(scenario.substring(scenario.length() - 4));
        LocalDateTime start = LocalDateTime.of(year, 1, 1, 0, 0);
        int steps = (int) java.time.Duration.between(start, start.plusYears(1)).toHours();
        return new TimeAxis(start, 1, steps);
    }

    static Map<String, double[]> profiles(String scenario) {
        TimeAxis axis = axis(scenario);
        Map<String, double[]> out = new LinkedHashMap<>();
        switch (scenario) {
            case "zhongwei-2020" -> put(out, SyntheticProfiles.riverHydroPu("hydro", axis, 2005));
            case "zhongwei-2025" -> {
                put(out, SyntheticProfiles.riverHydroPu("hydro", axis, 2509));
                out.put("uhv_limit", maintenance(axis, Month.APRIL, 10, 16, 0.5));
                out.put("ac_limit", middayLimit(axis, 0.5));
            }
            case "ningdong-2025", "ningdong-2030" -> {
                // DC lines: a round-the-clock block (0.6 of Ningdong's share of the line) and a peak block (the other
                // 0.4) in the receiving provinces' peak hours; half the line out for a maintenance week.
                double[] lingshaoOut = maintenance(axis, Month.APRIL, 8, 14, 0.5);
                double[] yindongOut = maintenance(axis, Month.OCTOBER, 14, 20, 0.5);
                out.put("lingshao_base", block(axis, lingshaoOut, 0.6, 0, 24, 0, 0));
                out.put("lingshao_peak", block(axis, lingshaoOut, 0.4, 7, 11, 17, 23));
                out.put("yindong_base", block(axis, yindongOut, 0.6, 0, 24, 0, 0));
                out.put("yindong_peak", block(axis, yindongOut, 0.4, 17, 23, 0, 0));
                out.put("ac_limit", middayLimit(axis, 0.3));
            }
            default -> throw new IllegalArgumentException(scenario);
        }
        return out;
    }

    /** Per-unit limit of a DC line: 1, or {@code level} during a maintenance week. */
    private static double[] maintenance(TimeAxis axis, Month month, int fromDay, int toDay, double level) {
        double[] v = new double[axis.steps()];
        for (int i = 0; i < v.length; i++) {
            LocalDateTime t = axis.time(i);
            boolean off = t.getMonth() == month && t.getDayOfMonth() >= fromDay && t.getDayOfMonth() <= toDay;
            v[i] = off ? level : 1;
        }
        return v;
    }

    /**
     * Per-unit limit of sales into the rest of the Ningxia grid: 1, but only {@code level} from 10:00 to 17:00, when
     * the rest of the province's own PV covers its load (Ningxia had 41.33 GW of wind and solar in 2024).
     */
    private static double[] middayLimit(TimeAxis axis, double level) {
        double[] v = new double[axis.steps()];
        for (int i = 0; i < v.length; i++) {
            int h = axis.time(i).getHour();
            v[i] = h >= 10 && h < 17 ? level : 1;
        }
        return v;
    }

    /**
     * A block of a DC line: {@code size} of the line during hours [from1, to1) and [from2, to2), scaled by the line's
     * maintenance factor {@code out} (a block keeps its share of what is left: 1 → size, 0.5 → size/2).
     */
    private static double[] block(TimeAxis axis, double[] out, double size, int from1, int to1, int from2, int to2) {
        double[] v = new double[axis.steps()];
        for (int i = 0; i < v.length; i++) {
            int h = axis.time(i).getHour();
            boolean on = (h >= from1 && h < to1) || (h >= from2 && h < to2);
            v[i] = on ? size * out[i] : 0;
        }
        return v;
    }

    private static void put(Map<String, double[]> out, Profile p) {
        double[] v = new double[p.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = p.at(i);
        }
        out.put(p.name(), v);
    }
}
