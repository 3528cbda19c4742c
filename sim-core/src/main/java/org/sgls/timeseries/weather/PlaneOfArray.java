package org.sgls.timeseries.weather;

/**
 * Irradiance on the modules' plane: the beam at its angle of incidence, the sky diffuse and ground-reflected
 * light. The sky diffuse follows Hay and Davies ("Calculation of the solar radiation incident on an inclined
 * surface", Proc. 1st Canadian Solar Radiation Data Workshop, 1980): a circumsolar share, the anisotropy index
 * DNI / extraterrestrial irradiance, arrives like beam; the rest comes evenly from the visible sky as in the
 * isotropic model of Liu and Jordan (Solar Energy 7(2), 1963); the ground reflects global irradiance evenly
 * (Duffie and Beckman, Solar Engineering of Thermal Processes, sect. 2.15-2.16). Under an overcast sky (no beam)
 * this is the isotropic model. A horizontal north-south tracker turns to the ideal rotation
 * angle (W. F. Marion and A. P. Dobos, "Rotation angle for the optimum tracking of one-axis trackers",
 * NREL/TP-6A20-58891, 2013), limited to its range of motion, without backtracking.
 *
 * @param mounting       fixed or single-axis
 * @param tiltDeg        fixed: tilt from horizontal in [0, 90]; unused for a tracker
 * @param azimuthDeg     fixed: compass bearing the modules face, 180 = south; unused for a tracker
 * @param maxRotationDeg tracker: largest rotation either side of horizontal, in (0, 90]
 * @param albedo         ground reflectance in [0, 1]
 */
public record PlaneOfArray(Mounting mounting, double tiltDeg, double azimuthDeg, double maxRotationDeg, double albedo) {
    /** Typical range of motion of horizontal single-axis trackers. */
    public static final double DEFAULT_MAX_ROTATION_DEG = 60;
    /** Grass, bare soil and sand lie between 0.15 and 0.3; 0.2 is the usual default. */
    public static final double DEFAULT_ALBEDO = 0.2;
    private static final double MIN_COS_ZENITH = 0.0872; // cos 85 degrees

    /** Modules facing south at a tilt, on the usual ground. */
    public static PlaneOfArray fixedSouth(double tiltDeg) {
        return new PlaneOfArray(Mounting.FIXED, tiltDeg, 180, DEFAULT_MAX_ROTATION_DEG, DEFAULT_ALBEDO);
    }

    /** A horizontal north-south tracker with the usual range of motion, on the usual ground. */
    public static PlaneOfArray singleAxis() {
        return new PlaneOfArray(Mounting.SINGLE_AXIS, 0, 180, DEFAULT_MAX_ROTATION_DEG, DEFAULT_ALBEDO);
    }

    public PlaneOfArray {
        if (mounting == null) {
            throw new IllegalArgumentException("a mounting is required");
        }
        if (!(tiltDeg >= 0 && tiltDeg <= 90)) {
            throw new IllegalArgumentException("tilt must be in [0, 90] degrees, got " + tiltDeg);
        }
        if (!(azimuthDeg >= 0 && azimuthDeg <= 360)) {
            throw new IllegalArgumentException("azimuth must be in [0, 360] degrees, got " + azimuthDeg);
        }
        if (!(maxRotationDeg > 0 && maxRotationDeg <= 90)) {
            throw new IllegalArgumentException("maximum rotation must be in (0, 90] degrees, got " + maxRotationDeg);
        }
        if (!(albedo >= 0 && albedo <= 1)) {
            throw new IllegalArgumentException("albedo must be in [0, 1], got " + albedo);
        }
    }

    /**
     * Where the plane faces at one sun position: the cosine of the beam's angle of incidence (0 when the sun is
     * behind the plane) and the plane's tilt from horizontal.
     */
    public record Orientation(double cosIncidence, double tiltDeg) {
    }

    public Orientation orient(SunPosition sun) {
        double[] s = sun.towardsSun(); // east, north, up
        double tilt;
        double[] normal;
        if (mounting == Mounting.FIXED) {
            tilt = StrictMath.toRadians(tiltDeg);
            double az = StrictMath.toRadians(azimuthDeg);
            normal = new double[] {StrictMath.sin(tilt) * StrictMath.sin(az), StrictMath.sin(tilt) * StrictMath.cos(az),
                    StrictMath.cos(tilt)};
        } else {
            // The axis runs north-south; rotation r (positive = facing east) keeps the normal in the east-up plane.
            double limit = StrictMath.toRadians(maxRotationDeg);
            double r = StrictMath.max(-limit, StrictMath.min(limit, StrictMath.atan2(s[0], s[2])));
            tilt = StrictMath.abs(r);
            normal = new double[] {StrictMath.sin(r), 0, StrictMath.cos(r)};
        }
        double cosIncidence = normal[0] * s[0] + normal[1] * s[1] + normal[2] * s[2];
        return new Orientation(StrictMath.max(0, cosIncidence), StrictMath.toDegrees(tilt));
    }

    /**
     * Plane-of-array irradiance, W/m2, from the horizontal components, the sun and the plane's orientation.
     */
    public double irradianceWPerM2(Orientation o, SunPosition sun, double ghiWPerM2, double dniWPerM2,
            double dhiWPerM2) {
        double cosTilt = StrictMath.cos(StrictMath.toRadians(o.tiltDeg()));
        double anisotropy = StrictMath.min(1, dniWPerM2 / sun.extraterrestrialWPerM2());
        // The ratio of tilted to horizontal beam, with the sun held at least 5 degrees up (the usual guard).
        double beamRatio = o.cosIncidence() / StrictMath.max(sun.cosZenith(), MIN_COS_ZENITH);
        double beam = dniWPerM2 * o.cosIncidence();
        double sky = dhiWPerM2 * (anisotropy * beamRatio + (1 - anisotropy) * (1 + cosTilt) / 2);
        double ground = ghiWPerM2 * albedo * (1 - cosTilt) / 2;
        return beam + sky + ground;
    }
}
