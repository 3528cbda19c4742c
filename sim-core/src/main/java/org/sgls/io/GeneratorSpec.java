package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.sgls.timeseries.TimeAxis;
import org.sgls.timeseries.weather.Generated;

/**
 * One entry of {@code profiles.generate}, read and checked, to be run once the scenario's time axis is known.
 *
 * @param resolved  the spec as used, defaults filled in
 * @param targetKey the field a calibration target was given in (where an unreachable one is reported), or null
 * @param run       makes the series; may throw {@code Calibration.UnreachableTarget} or another
 *                  IllegalArgumentException with a message for the user
 */
record GeneratorSpec(ObjectNode resolved, String targetKey, Function<TimeAxis, Generated> run) {
}
