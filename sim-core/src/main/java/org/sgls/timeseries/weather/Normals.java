package org.sgls.timeseries.weather;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;

/**
 * A seeded stream of standard normal numbers, the same on every JVM: SplittableRandom's specified doubles through
 * the Box-Muller transform (Random.nextGaussian is not specified to that degree), and the standard normal
 * distribution function from commons-math's pure-Java erfc.
 */
public final class Normals {
    private final SplittableRandom random;

    /**
     * A stream for one purpose ({@code stream}: clouds, wind, load ...) of one weather sample ({@code seed},
     * {@code weatherYear}); different purposes or samples give unrelated streams.
     */
    public Normals(long seed, long weatherYear, long stream) {
        this.random = new SplittableRandom(mix(mix(mix(seed) + weatherYear) + stream));
    }

    public double next() {
        double u1 = 1 - random.nextDouble(); // in (0, 1]: the logarithm is finite
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /** Standard normal distribution function. */
    public static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / StrictMath.sqrt(2));
    }

    /** Standard normal upper tail, 1 - cdf(z), without losing digits for large z. */
    public static double upperTail(double z) {
        return 0.5 * Erf.erfc(z / StrictMath.sqrt(2));
    }

    /**
     * A step of a stationary AR(1) process with standard normal marginals: {@code rho x + sqrt(1 - rho^2) e}.
     */
    public double ar1(double previous, double rho) {
        return rho * previous + StrictMath.sqrt(1 - rho * rho) * next();
    }

    /** SplitMix64's output function (Steele, Lea and Flood, OOPSLA 2014): scrambles seeds that differ in few bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
