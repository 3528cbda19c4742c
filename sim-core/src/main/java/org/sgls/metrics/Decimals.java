package org.sgls.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written to the run files, and the exact value a reader gets back.
 *
 * <p>Per-step values are written with at most {@value #HOURLY_DIGITS} decimals (1 W, 1 mg), trailing zeros
 * stripped, never in exponent notation (Excel reads "1.0E-5" as text in some locales) and never as "-0".
 * {@link #round6} is the double a reader parses back from that text, so the summary, which is computed from
 * rounded values, agrees with what {@code check-run} re-derives from the file to the last bit of each value.
 */
public final class Decimals {
    public static final int HOURLY_DIGITS = 6;
    private static final double SCALE = 1e6;
    /** Below this, v x 1e6 fits a long exactly and the fast path is exact. */
    private static final double FAST_LIMIT = 9e18;

    private Decimals() {
    }

    /**
     * The value a reader gets back from {@link #append6}'s text: the nearest double to n / 10^6. Non-finite
     * values pass through (the writer rejects them with the column and step named).
     */
    public static double round6(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double scaled = value * SCALE;
        if (Math.abs(scaled) < FAST_LIMIT) {
            // rint(scaled) is an exact integer n, and IEEE division by the exact 1e6 is correctly rounded,
            // so this is the same double as parsing the decimal text of n / 10^6.
            return Math.rint(scaled) / SCALE + 0.0;
        }
        return Double.parseDouble(slow6(value));
    }

    /** Appends {@code value} with at most 6 decimals; rejects NaN and infinities (the contract forbids them). */
    public static void append6(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        double scaled = value * SCALE;
        if (Math.abs(scaled) >= FAST_LIMIT) {
            out.append(slow6(value));
            return;
        }
        long n = (long) Math.rint(scaled);
        if (n == 0) {
            out.append('0');
            return;
        }
        if (n < 0) {
            out.append('-');
            n = -n;
        }
        out.append(n / 1_000_000L);
        long fraction = n % 1_000_000L;
        if (fraction != 0) {
            int digits = HOURLY_DIGITS;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            for (int width = stringSize(fraction); width < digits; width++) {
                out.append('0');
            }
            out.append(fraction);
        }
    }

    public static String format6(double value) {
        StringBuilder sb = new StringBuilder(24);
        append6(sb, value);
        return sb.toString();
    }

    /**
     * Text that reads back as exactly {@code value} (Double.toString's digits), without exponent: for parameters
     * ({@code components.csv}), where a self-discharge of 2e-7 per hour must not become 0.
     */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * Text that reads back as exactly {@code value}, always with a decimal point and never with an exponent:
     * for {@code summary.json}, where "2.6295882349275556E9" is valid but hard to read.
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        String text = Double.toString(value + 0.0);
        if (text.indexOf('E') < 0) {
            return text;
        }
        String digits = new BigDecimal(text).stripTrailingZeros().toPlainString();
        return digits.indexOf('.') < 0 ? digits + ".0" : digits;
    }

    private static String slow6(double value) {
        String text = new BigDecimal(value).setScale(HOURLY_DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static int stringSize(long positive) {
        int size = 1;
        for (long p = 10; p <= positive && size < 19; p *= 10) {
            size++;
        }
        return size;
    }
}
