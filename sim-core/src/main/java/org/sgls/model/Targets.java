package org.sgls.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The yardsticks a scenario's source documents set, for judging a run: NaN where a document sets none. Each is
 * compared with the {@code summary.json} key of the same name (e.g. the Ningdong plan's < 300 gce/kWh for coal
 * plants, 80 kt of green hydrogen in 2025; the national 95 % renewable utilisation, i.e. curtailment <= 5 %).
 */
public record Targets(double curtailmentRateMax, double renewableShareMin, double coalGcePerKwhMax, double hydrogenTMin,
        double co2TMax) {
    public static final Targets NONE = new Targets(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** One target: the summary key it applies to, whether the value must be at most (else at least) the bound. */
    public record Target(String summaryKey, boolean atMost, double bound) {
        public boolean met(double value) {
            return atMost ? value <= bound : value >= bound;
        }
    }

    /** The targets that are set, in a fixed order. */
    public List<Target> list() {
        List<Target> all = new ArrayList<>();
        add(all, "curtailment_rate", true, curtailmentRateMax);
        add(all, "renewable_share", false, renewableShareMin);
        add(all, "coal_gce_per_kwh", true, coalGcePerKwhMax);
        add(all, "hydrogen_t", false, hydrogenTMin);
        add(all, "co2_t", true, co2TMax);
        return all;
    }

    private static void add(List<Target> all, String key, boolean atMost, double bound) {
        if (!Double.isNaN(bound)) {
            all.add(new Target(key, atMost, bound));
        }
    }
}
