package org.sgls.sim;

import java.time.LocalDateTime;
import java.util.List;
import org.sgls.dispatch.EconomicDispatch;

/**
 * A step the solver failed on, kept so that the case can be reproduced: the attempts that failed, each with its
 * reason and the text of its LP, the attempt that then dispatched the step, and the state the step started from.
 *
 * @param step absolute step index (row {@code step + 2} of {@code hourly.csv})
 */
public record StepFailure(int step, LocalDateTime time, List<EconomicDispatch.FailedAttempt> failed,
        EconomicDispatch.Attempt solvedBy, SystemState before) {
    public StepFailure {
        failed = List.copyOf(failed);
    }
}
