package dev.ferry.state;

/** The state store could not be read or written; surfaces as 503 so clients retry. */
public class StateStoreException extends RuntimeException {
    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
