package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sgls.model.Storage;

/**
 * {@code storage}: energy as {@code energy_mwh} or {@code duration_h} x {@code pmax_mw}; efficiencies one-way
 * or as a round trip split evenly (sqrt); state-of-charge bounds in MWh or as fractions of the energy. The
 * written form uses the MWh and one-way fields only.
 */
final class StorageFormat implements ComponentFormat<Storage> {
    /** Known technologies: a label for reports, and a guard against typos. */
    static final List<String> TECHNOLOGIES = List.of("battery", "pumped_hydro", "compressed_air", "flow_battery");
    static final double DEFAULT_SOC_INITIAL_FRACTION = 0.5;

    @Override
    public Class<Storage> type() {
        return Storage.class;
    }

    @Override
    public Storage read(ComponentInput in) {
        JsonFields f = in.fields();
        String technology = f.choice("technology", TECHNOLOGIES);
        double pmaxMw = f.number("pmax_mw", Range.NON_NEGATIVE);
        double chargeMaxMw = f.number("charge_max_mw", Range.NON_NEGATIVE, pmaxMw);
        double energyMwh = energy(f, pmaxMw);
        double[] eta = efficiencies(f);
        double socMin = mwhOrFraction(f, "soc_min_mwh", "soc_min_fraction", energyMwh, 0);
        double selfDischarge = f.number("self_discharge_per_h", Range.FRACTION, 0);
        double socInitial = mwhOrFraction(f, "soc_initial_mwh", "soc_initial_fraction", energyMwh,
                DEFAULT_SOC_INITIAL_FRACTION);
        double marginalCost = f.number("marginal_cost_per_mwh", Range.NON_NEGATIVE, 0);
        if (socMin > energyMwh) {
            f.report("soc_min_mwh", Num.text(socMin) + " is out of range", "must be <= energy_mwh = " + Num.text(energyMwh));
        } else if (socInitial < socMin || socInitial > energyMwh) {
            boolean inMwh = f.has("soc_initial_mwh");
            String key = inMwh ? "soc_initial_mwh" : "soc_initial_fraction";
            String value = inMwh ? Num.text(socInitial) : (f.has(key) ? "" : "default ") + "soc_initial_mwh "
                    + Num.text(socInitial);
            f.report(key, value + " is out of range", "must be in [soc_min_mwh, energy_mwh] = [" + Num.text(socMin)
                    + ", " + Num.text(energyMwh) + "]");
        }
        if (!in.ready()) {
            return null;
        }
        return new Storage(in.id(), in.zone(), technology, pmaxMw, chargeMaxMw, energyMwh, eta[0], eta[1], socMin,
                selfDischarge, socInitial, marginalCost);
    }

    private static double energy(JsonFields f, double pmaxMw) {
        String key = exclusive(f, "energy_mwh", "duration_h");
        if (key == null) {
            if (!f.has("energy_mwh") && !f.has("duration_h")) {
                f.report("energy_mwh", "missing", "give energy_mwh or duration_h");
            }
            return Double.NaN;
        }
        double value = f.number(key, Range.POSITIVE);
        return key.equals("energy_mwh") ? value : value * pmaxMw;
    }

    /** {eta_charge, eta_discharge}, given or split from round_trip_efficiency. */
    private static double[] efficiencies(JsonFields f) {
        boolean oneWay = f.has("eta_charge") || f.has("eta_discharge");
        if (f.has("round_trip_efficiency")) {
            if (oneWay) {
                f.report("round_trip_efficiency", "given together with eta_charge/eta_discharge",
                        "give round_trip_efficiency or eta_charge and eta_discharge, not both");
                return new double[] {Double.NaN, Double.NaN};
            }
            double eta = Math.sqrt(f.number("round_trip_efficiency", Range.EFFICIENCY));
            return new double[] {eta, eta};
        }
        if (!oneWay) {
            f.report("eta_charge", "missing", "give eta_charge and eta_discharge, or round_trip_efficiency");
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {f.number("eta_charge", Range.EFFICIENCY), f.number("eta_discharge", Range.EFFICIENCY)};
    }

    /** A value in MWh given directly or as a fraction of {@code energyMwh}; {@code fallbackFraction} if neither. */
    private static double mwhOrFraction(JsonFields f, String mwhKey, String fractionKey, double energyMwh,
            double fallbackFraction) {
        String key = exclusive(f, mwhKey, fractionKey);
        if (key == null) {
            return f.has(mwhKey) || f.has(fractionKey) ? Double.NaN : fallbackFraction * energyMwh;
        }
        return key.equals(mwhKey) ? f.number(mwhKey, Range.NON_NEGATIVE) : f.number(fractionKey, Range.FRACTION) * energyMwh;
    }

    /** Which one of two alternative keys is given; null when neither is, or both are (reported). */
    private static String exclusive(JsonFields f, String a, String b) {
        boolean hasA = f.has(a);
        boolean hasB = f.has(b);
        if (hasA && hasB) {
            f.report(b, "given together with " + a, "give " + a + " or " + b + ", not both");
            return null;
        }
        return hasA ? a : hasB ? b : null;
    }

    @Override
    public void write(Storage s, ObjectNode out, SeriesNames names) {
        out.put("technology", s.technology());
        Json.put(out, "pmax_mw", s.dischargeMaxMw());
        Json.put(out, "charge_max_mw", s.chargeMaxMw());
        Json.put(out, "energy_mwh", s.energyMwh());
        Json.put(out, "eta_charge", s.etaCharge());
        Json.put(out, "eta_discharge", s.etaDischarge());
        Json.put(out, "soc_min_mwh", s.socMinMwh());
        Json.put(out, "self_discharge_per_h", s.selfDischargePerH());
        Json.put(out, "soc_initial_mwh", s.socInitialMwh());
        Json.put(out, "marginal_cost_per_mwh", s.marginalCostPerMwh());
    }
}
