package dev.ferry.engine.client;

import dev.ferry.engine.dialect.FailureKind;

/**
 * A user database could not be reached or refused the work, already classified. The message is
 * safe to show: the kind's sentence plus what the server or network said (never a password).
 */
public class ClientFailure extends RuntimeException {

    private final FailureKind kind;

    public ClientFailure(FailureKind kind, String detail, Throwable cause) {
        super(detail == null || detail.isBlank() ? kind.description() : kind.description() + " (" + detail + ")",
                cause, false, false);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }
}
