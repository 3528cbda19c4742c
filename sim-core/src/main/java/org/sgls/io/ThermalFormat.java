package org.sgls.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.sgls.model.CostCurve;
import org.sgls.model.HeatRule;
import org.sgls.model.Kind;
import org.sgls.model.ThermalUnit;

/**
 * {@code coal}, {@code gas}, {@code oil}, {@code nuclear}: committable units. A {@code template} supplies the minimum stable fraction and,
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
    /** t CO2 per tce of fuel oil: IPCC 2006 default for residual fuel oil, 77.4 t CO2/TJ x 29.3076 GJ/tce. */
    static final double OIL_CO2_T_PER_TCE = 2.268;
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
        double co2 = f.number("co2_t_per_tce", Range.NON_NEGATIVE, defaultCo2TPerTce(in.kind()));
        double extraNoload = f.number("noload_cost_per_h", Range.NON_NEGATIVE, 0);
        double c2 = f.number("cost_c2_per_mw2h", Range.NON_NEGATIVE, 0);
        CostCurve curve = curve(f, pmaxMw, minStable);
        Boolean mustRun = f.bool("must_run", false);
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
                onInitial ? minStable * pmaxMw : 0, extraNoload, c2, curve, mustRun);
        if (Double.isNaN(pInitial)) {
            pInitial = onInitial ? probe.pminMw(in.axis().start()) : 0;
        }
        return new ThermalUnit(in.id(), in.zone(), in.kind(), pmaxMw, minStable, heat, rampUp, rampDown, minUpH,
                minDownH, startupCost, fuelPrice, fuelPerH, fuelPerMwh, vom, co2, onInitial, hoursInState, pInitial,
                extraNoload, c2, curve, mustRun);
    }

    static double defaultCo2TPerTce(Kind kind) {
        return switch (kind) {
            case GAS -> GAS_CO2_T_PER_TCE;
            case OIL -> OIL_CO2_T_PER_TCE;
            case NUCLEAR -> 0;
            default -> COAL_CO2_T_PER_TCE;
        };
    }

    /**
     * The {@code cost_curve}: [mw, cost_per_h] pairs, MW strictly increasing from the minimum stable output to
     * pmax_mw, slopes non-decreasing. Null when absent or wrong (reported at the offending pair).
     */
    private static CostCurve curve(JsonFields f, double pmaxMw, double minStable) {
        JsonNode array = f.array("cost_curve");
        if (array == null) {
            return null;
        }
        String at = f.pathOf("cost_curve");
        if (array.isEmpty()) {
            f.report("cost_curve", "is empty", "list [mw, cost_per_h] pairs from the minimum stable output to pmax_mw");
            return null;
        }
        List<CostCurve.Point> points = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode pair = array.get(i);
            String here = at + "[" + i + "]";
            if (!pair.isArray() || pair.size() != 2) {
                f.problems().add(f.file(), here, JsonFields.quote(pair) + " is not a pair", "must be [mw, cost_per_h]");
                ok = false;
                continue;
            }
            double mw = f.numberValue(pair.get(0), here + "[0]");
            double cost = f.numberValue(pair.get(1), here + "[1]");
            if (Double.isNaN(mw) || Double.isNaN(cost)) {
                ok = false;
                continue;
            }
            CostCurve.Point p = new CostCurve.Point(mw, cost);
            if (ok && !points.isEmpty() && !(mw > points.get(points.size() - 1).mw())) {
                f.problems().add(f.file(), here + "[0]", Num.text(mw) + " MW is not above the point before ("
                        + Num.text(points.get(points.size() - 1).mw()) + " MW)", "mw must increase strictly");
                ok = false;
            }
            points.add(p);
            if (ok && points.size() > 2 && !CostCurve.convexAt(points, points.size() - 1)) {
                f.problems().add(f.file(), here, "the slope into this point, " + Num.text(CostCurve.slope(points, i))
                        + " per MWh, is below the slope before it, " + Num.text(CostCurve.slope(points, i - 1)),
                        "the curve must be convex: slopes non-decreasing");
                ok = false;
            }
        }
        if (!ok || Double.isNaN(pmaxMw + minStable)) {
            return null;
        }
        double pmin = minStable * pmaxMw;
        double tolerance = ThermalUnit.END_TOLERANCE * Math.max(1, pmaxMw);
        double first = points.get(0).mw();
        double last = points.get(points.size() - 1).mw();
        if (Math.abs(first - pmin) > tolerance) {
            f.problems().add(f.file(), at + "[0][0]", Num.text(first) + " MW is not the minimum stable output",
                    "the first point must be at min_stable_fraction x pmax_mw = " + Num.text(pmin) + " MW");
            ok = false;
        }
        if (Math.abs(last - pmaxMw) > tolerance) {
            f.problems().add(f.file(), at + "[" + (points.size() - 1) + "][0]", Num.text(last) + " MW is not pmax_mw",
                    "the last point must be at pmax_mw = " + Num.text(pmaxMw) + " MW");
            ok = false;
        }
        return ok ? new CostCurve(points) : null;
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
        Json.put(out, "noload_cost_per_h", u.extraNoloadCostPerH());
        Json.put(out, "cost_c2_per_mw2h", u.costC2PerMw2h());
        if (u.costCurve() == null) {
            out.putNull("cost_curve");
        } else {
            ArrayNode curve = out.putArray("cost_curve");
            for (CostCurve.Point p : u.costCurve().points()) {
                ArrayNode pair = curve.addArray();
                Json.add(pair, p.mw());
                Json.add(pair, p.costPerH());
            }
        }
        out.put("must_run", u.mustRun());
        out.put("on_initial", u.onInitial());
        out.put("hours_in_state_initial", u.hoursInStateInitial());
        Json.put(out, "p_initial_mw", u.pInitialMw());
    }
}
