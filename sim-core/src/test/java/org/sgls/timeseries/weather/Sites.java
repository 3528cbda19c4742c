package org.sgls.timeseries.weather;

import java.time.LocalDateTime;
import org.sgls.timeseries.TimeAxis;

/** The two Ningxia sites of the source documents and the defaults of each model, for tests. */
final class Sites {
    static final Site ZHONGWEI = Site.ningxia(37.5, 105.2);
    static final Site NINGDONG = Site.ningxia(38.1, 106.6);
    static final TimeAxis YEAR_2030 = new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1, 8760);

    private Sites() {
    }

    static PvModel pv(Site site, Mounting mounting, double dcAcRatio, CapacityBasis basis) {
        PlaneOfArray plane = mounting == Mounting.FIXED ? PlaneOfArray.fixedSouth(site.latitudeDeg()) : PlaneOfArray.singleAxis();
        return PvModel.ningxia(site, PvSystem.typical(plane, dcAcRatio, basis));
    }

    static PvModel pv(Site site) {
        return pv(site, Mounting.FIXED, PvSystem.DEFAULT_DC_AC_RATIO, CapacityBasis.AC);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double std(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / v.length);
    }

    /** Lag-1 autocorrelation. */
    static double autocorrelation(double[] v) {
        double m = mean(v);
        double num = 0;
        double den = 0;
        for (int i = 0; i < v.length; i++) {
            den += (v[i] - m) * (v[i] - m);
            if (i > 0) {
                num += (v[i] - m) * (v[i - 1] - m);
            }
        }
        return num / den;
    }

    /** Standard deviation of the step-to-step changes. */
    static double stdOfChanges(double[] v) {
        double[] d = new double[v.length - 1];
        for (int i = 1; i < v.length; i++) {
            d[i - 1] = v[i] - v[i - 1];
        }
        return std(d);
    }
}
