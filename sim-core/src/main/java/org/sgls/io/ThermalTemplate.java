package org.sgls.io;

import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sgls.model.HeatRule;

/**
 * Coal-unit classes of the Zhongwei climate plan's flexibility rules (domain.md, "Coal-unit flexibility
 * rules"): the minimum stable output of each class and, for CHP, the heating-season rule.
 */
enum ThermalTemplate {
    /** Existing units after a flexibility retrofit: about 30 % minimum stable output. */
    RETROFITTED(0.30, null),
    /** New pure-condensing units: 35 %. */
    NEW(0.35, null),
    /**
     * Combined heat and power: 35 % outside the heating season like a new unit; in the season (1 Nov - 31 Mar)
     * 40 % for 6 h a day through heat-power decoupling (10:00-16:00, the solar peak when going low helps most)
     * and otherwise 60 % for heat. The 60 % and the window's placement are assumptions, not in the plan.
     */
    CHP(0.35, new HeatRule(MonthDay.of(11, 1), MonthDay.of(3, 31), 0.60, 0.40, 10, 6));

    final double minStableFraction;
    /** null when the class has no heat duty. */
    final HeatRule heat;

    ThermalTemplate(double minStableFraction, HeatRule heat) {
        this.minStableFraction = minStableFraction;
        this.heat = heat;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> labels() {
        return Arrays.stream(values()).map(ThermalTemplate::label).toList();
    }

    static ThermalTemplate fromLabel(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
