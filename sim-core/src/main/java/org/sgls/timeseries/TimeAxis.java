package org.sgls.timeseries;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Equidistant steps from {@code start} (local time, UTC+8 for Ningxia). */
public record TimeAxis(LocalDateTime start, double stepHours, int steps) {
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public TimeAxis {
        if (!(stepHours > 0) || stepHours > 24 || Math.abs(stepHours * 60 - Math.round(stepHours * 60)) > 1e-9) {
            throw new IllegalArgumentException("step_hours must be a whole number of minutes in (0, 24], got " + stepHours);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
    }

    public LocalDateTime time(int step) {
        return start.plusMinutes(Math.round(step * stepHours * 60));
    }

    /** Whole steps needed to cover {@code hours} (a minimum up time of 2 h is 4 half-hour steps). */
    public int stepsCovering(double hours) {
        return hours <= 0 ? 0 : (int) Math.ceil(hours / stepHours - 1e-9);
    }

    public String label(int step) {
        return ISO_MINUTES.format(time(step));
    }
}
