package dev.ferry.engine.session;

/**
 * A statement or connection failed on a user database. Carries the SQLSTATE (or the vendor code
 * as text) so that callers classify failures without reading messages.
 */
public class SessionException extends RuntimeException {

    private final String sqlState;
    private final int vendorCode;

    public SessionException(String message, String sqlState, int vendorCode, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
    }

    public String sqlState() {
        return sqlState;
    }

    public int vendorCode() {
        return vendorCode;
    }
}
