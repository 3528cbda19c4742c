package org.sgls.dispatch;

import org.sgls.dispatch.lp.LinearModel;

/** The solver could not answer a step; carries the model so the case can be dumped and reproduced. */
public final class DispatchFailure extends RuntimeException {
    private final transient LinearModel model;

    public DispatchFailure(String message) {
        this(message, null);
    }

    public DispatchFailure(String message, LinearModel model) {
        super(message);
        this.model = model;
    }

    /** The failing model, or null. */
    public LinearModel model() {
        return model;
    }
}
