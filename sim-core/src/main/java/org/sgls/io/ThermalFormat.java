package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import org.sgls.model.HeatRule;
import org.sgls.model.Kind;
import org.sgls.model.ThermalUnit;

/**
 * {@code coal}, {@code gas}: committable units. A {@code template} supplies the minimum stable fraction and,
 * for CHP, the heat rule; fields given explicitly override it. The written form never names a template: it
 * spells out what the template gave.
 */
final class ThermalFormat implements ComponentFormat<ThermalUnit> {
    /** t CO2 per tce of coal (domain.md: 2.6-2.7). */
    static final double COAL_CO2_T_PER_TCE = 2.66;
    /**
     * t CO2 per tce of natural gas: IPCC 2006 default 56.1 t CO2/TJ x 29.3076 GJ/tce. Gas burns cleaner per
     * unit of energy, so its factor is below coal's.
     */
    static final double GAS_CO2_T_PER_TCE = 1.644;
    /** A ramp rate that never binds; written as null, since JSON has no infinity. */
    static final double UNLIMITED = Double.POSITIVE_INFINITY;
    /** Long enough off or on that the minimum up and down times do not bind at the start. */
    static final int DEFAULT_HOURS_IN_STATE = 1000;

    @Override
    public Class<ThermalUnit> type() {
        return ThermalUnit.class;
    }

    @Override
    public ThermalUnit read(ComponentInput in) {
        JsonFields f = in.fields();
        boolean templated = f.has("template");
        ThermalTemplate template = ThermalTemplate.fromLabel(f.choice("template", ThermalTemplate.labels(), null));
        double pmaxMw = f.number("pmax_mw", Range.POSITIVE);
        double minStable;
        if (!templated && !f.has("min_stable_fraction")) {
            f.report("min_stable_fraction", "missing", "required unless a template gives it");
            minStable = Double.NaN;
        } else {
            minStable = f.number("min_stable_fraction", Range.FRACTION, template == null ? Double.NaN : template.minStableFraction);
        }
        HeatRule heat = heat(f, template == null ? null : template.heat);
        double rampUp = f.number("ramp_up_mw_per_h", Range.POSITIVE, UNLIMITED);
        double rampDown = f.number("ramp_down_mw_per_h", Range.POSITIVE, UNLIMITED);
        int minUpH = (int) f.integer("min_up_h", 1, 8760, 1);
        int minDownH = (int) f.integer("min_down_h", 1, 8760, 1);
        double startupCost = f.number("startup_cost", Range.NON_NEGATIVE, 0);
        double fuelPrice = f.number("fuel_price_per_tce", Range.NON_NEGATIVE);
        double fuelPerH = f.number("fuel_tce_per_h", Range.NON_NEGATIVE);
        double fuelPerMwh = f.number("fuel_tce_per_mwh", Range.NON_NEGATIVE);
        double vom = f.number("vom_cost_per_mwh", Range.ANY, 0);
        double co2 = f.number("co2_t_per_tce", Range.NON_NEGATIVE,
                in.kind() == Kind.GAS ? GAS_CO2_T_PER_TCE : COAL_CO2_T_PER_TCE);
        Boolean on = f.bool("on_initial", false);
        int hoursInState = (int) f.integer("hours_in_state_initial", 0, Integer.MAX_VALUE, DEFAULT_HOURS_IN_STATE);
        double pInitial = f.optionalNumber("p_initial_mw", Range.NON_NEGATIVE);
        if (Boolean.FALSE.equals(on) && f.has("p_initial_mw") && pInitial != 0) {
            f.report("p_initial_mw", Num.text(pInitial) + " is out of range", "must be 0 for a unit with on_initial false");
        } else if (Boolean.TRUE.equals(on) && !Double.isNaN(pInitial + minStable + pmaxMw)
                && !(pInitial >= minStable * pmaxMw && pInitial <= pmaxMw)) {
            f.report("p_initial_mw", Num.text(pInitial) + " is out of range", "must be in [pmin, pmax] = ["
                    + Num.text(minStable * pmaxMw) + ", " + Num.text(pmaxMw) + "] for a unit that is on");
        }
        if (!in.ready()) {
            return null;
        }
        boolean onInitial = on;
        // Built once to ask the model what minimum is in force at the start: the default initial output.
        ThermalUnit probe = new ThermalUnit(in.id(), in.zone(), in.kind(), pmaxMw, minStable, heat, rampUp, rampDown,
                minUpH, minDownH, startupCost, fuelPrice, fuelPerH, fuelPerMwh, vom, co2, onInitial, hoursInState,
                onInitial ? minStable * pmaxMw : 0);
        if (Double.isNaN(pInitial)) {
            pInitial = onInitial ? probe.pminMw(in.axis().start()) : 0;
        }
        return new ThermalUnit(in.id(), in.zone(), in.kind(), pmaxMw, minStable, heat, rampUp, rampDown, minUpH,
                minDownH, startupCost, fuelPrice, fuelPerH, fuelPerMwh, vom, co2, onInitial, hoursInState, pInitial);
    }

    /** The heat rule: the template's, with the fields of a {@code heat} object overriding it; null if none. */
    private static HeatRule heat(JsonFields f, HeatRule base) {
        JsonFields h = f.object("heat");
        if (h == null) {
            return base;
        }
        MonthDay seasonStart = monthDay(h, "season_start", base == null ? null : base.seasonStart());
        MonthDay seasonEnd = monthDay(h, "season_end", base == null ? null : base.seasonEnd());
        double mustRun = fraction(h, "must_run_fraction", base == null ? null : base.mustRunFraction());
        double decoupled = fraction(h, "decoupled_fraction", base == null ? null : base.decoupledFraction());
        long startHour = base == null ? nullable(h.integer("decoupled_start_hour", 0, 23))
                : h.integer("decoupled_start_hour", 0, 23, base.decoupledStartHour());
        long hours = base == null ? nullable(h.integer("decoupled_hours", 0, 24))
                : h.integer("decoupled_hours", 0, 24, base.decoupledHours());
        if (decoupled > mustRun) {
            h.report("decoupled_fraction", Num.text(decoupled) + " is out of range",
                    "must be <= must_run_fraction = " + Num.text(mustRun));
        }
        h.finish();
        if (!h.clean()) {
            return null;
        }
        return new HeatRule(seasonStart, seasonEnd, mustRun, decoupled, (int) startHour, (int) hours);
    }

    private static long nullable(Long v) {
        return v == null ? -1 : v;
    }

    private static double fraction(JsonFields h, String key, Double fallback) {
        return fallback == null ? h.number(key, Range.FRACTION) : h.number(key, Range.FRACTION, fallback);
    }

    private static MonthDay monthDay(JsonFields h, String key, MonthDay fallback) {
        if (fallback != null && !h.has(key)) {
            return fallback;
        }
        String text = h.text(key);
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d\\d-\\d\\d")) {
                return MonthDay.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3)));
            }
        } catch (DateTimeException e) {
            // falls through to the report
        }
        h.report(key, "'" + text + "' is not a day of the year", "must be MM-DD, e.g. 11-01");
        return null;
    }

    static String monthDayText(MonthDay d) {
        return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    }

    @Override
    public void write(ThermalUnit u, ObjectNode out, SeriesNames names) {
        Json.put(out, "pmax_mw", u.pmaxMw());
        Json.put(out, "min_stable_fraction", u.minStableFraction());
        if (u.heat() == null) {
            out.putNull("heat");
        } else {
            ObjectNode h = out.putObject("heat");
            h.put("season_start", monthDayText(u.heat().seasonStart()));
            h.put("season_end", monthDayText(u.heat().seasonEnd()));
            Json.put(h, "must_run_fraction", u.heat().mustRunFraction());
            Json.put(h, "decoupled_fraction", u.heat().decoupledFraction());
            h.put("decoupled_start_hour", u.heat().decoupledStartHour());
            h.put("decoupled_hours", u.heat().decoupledHours());
        }
        Json.putUnlimited(out, "ramp_up_mw_per_h", u.rampUpMwPerH());
        Json.putUnlimited(out, "ramp_down_mw_per_h", u.rampDownMwPerH());
        out.put("min_up_h", u.minUpH());
        out.put("min_down_h", u.minDownH());
        Json.put(out, "startup_cost", u.startupCost());
        Json.put(out, "fuel_price_per_tce", u.fuelPricePerTce());
        Json.put(out, "fuel_tce_per_h", u.fuelTcePerH());
        Json.put(out, "fuel_tce_per_mwh", u.fuelTcePerMwh());
        Json.put(out, "vom_cost_per_mwh", u.vomCostPerMwh());
        Json.put(out, "co2_t_per_tce", u.co2TPerTce());
        out.put("on_initial", u.onInitial());
        out.put("hours_in_state_initial", u.hoursInStateInitial());
        Json.put(out, "p_initial_mw", u.pInitialMw());
    }
}
