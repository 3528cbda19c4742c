package org.sgls.cli;

/** A mistake the user can fix (exit status 2); the message is shown as is, never with a stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
