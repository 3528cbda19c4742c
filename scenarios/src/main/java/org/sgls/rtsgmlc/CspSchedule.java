package org.sgls.rtsgmlc;

/**
 * The CSP plant's output when it follows its heat: the solar field's energy goes into the thermal store, and the
 * turbine runs at min(turbine rating, what the store holds plus this hour's inflow). Energy the full store cannot
 * take is spilled (defocused mirrors). The engine has no kind for a store that only the sun can charge, so this
 * schedule becomes the plant's available power, a profile like PV's; without the store, every MW of inflow above
 * the turbine rating would be lost (about a third of RTS-GMLC's CSP energy).
 *
 * @param outputMw available power per hour
 * @param spilledMwh energy the full store could not take, over the whole series
 */
record CspSchedule(double[] outputMw, double spilledMwh) {
    CspSchedule {
        outputMw = outputMw.clone();
    }

    static CspSchedule follow(double[] inflowMw, double turbineMw, double storeMwh, double initialMwh) {
        double[] out = new double[inflowMw.length];
        double stored = initialMwh;
        double spilled = 0;
        for (int h = 0; h < out.length; h++) {
            double available = stored + inflowMw[h];
            out[h] = Math.min(turbineMw, available);
            stored = available - out[h];
            if (stored > storeMwh) {
                spilled += stored - storeMwh;
                stored = storeMwh;
            }
        }
        return new CspSchedule(out, spilled);
    }
}
