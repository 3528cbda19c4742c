package org.sgls.model;

import java.time.LocalDateTime;
import java.time.MonthDay;

/**
 * Combined heat and power in the heating season (Zhongwei climate plan, coal flexibility section): the unit
 * must run, at no less than {@code mustRunFraction} of rating, except in a daily window of
 * {@code decoupledHours} hours from {@code decoupledStartHour} in which heat-power decoupling lets it go down
 * to {@code decoupledFraction} (40 % in the plan). The season may wrap the new year (Nov 1 to Mar 31).
 */
public record HeatRule(MonthDay seasonStart, MonthDay seasonEnd, double mustRunFraction, double decoupledFraction,
        int decoupledStartHour, int decoupledHours) {
    public HeatRule {
        Checks.fraction("heat", "must_run_fraction", mustRunFraction);
        Checks.fraction("heat", "decoupled_fraction", decoupledFraction);
        if (decoupledStartHour < 0 || decoupledStartHour > 23) {
            throw new IllegalArgumentException("heat: decoupled_start_hour must be in 0..23, got " + decoupledStartHour);
        }
        if (decoupledHours < 0 || decoupledHours > 24) {
            throw new IllegalArgumentException("heat: decoupled_hours must be in 0..24, got " + decoupledHours);
        }
    }

    public boolean inSeason(LocalDateTime time) {
        MonthDay day = MonthDay.from(time);
        if (!seasonStart.isAfter(seasonEnd)) {
            return !day.isBefore(seasonStart) && !day.isAfter(seasonEnd);
        }
        return !day.isBefore(seasonStart) || !day.isAfter(seasonEnd);
    }

    public boolean inDecoupledWindow(LocalDateTime time) {
        int offset = Math.floorMod(time.getHour() - decoupledStartHour, 24);
        return offset < decoupledHours;
    }
}
