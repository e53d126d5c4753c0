package dev.ferry.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ferry.engine.client.ClientFailure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of testing a connection; a failed test is a normal answer, not an HTTP error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConnectionTestResult")
public record ConnectionTestResult(
        boolean ok,
        @Schema(description = "Server version, when ok") String serverVersion,
        @Schema(description = "Time to connect, log in and read the version, when ok") Long latencyMs,
        @Schema(description = "Why the test failed, for people") String error,
        @Schema(description = "Why the test failed, for programs: authentication, unknown-database, access-denied, "
                + "unreachable, timeout, tls, too-many-connections, server-unavailable, not-a-database or error")
        String reason) {

    static ConnectionTestResult ok(String serverVersion, long latencyMs) {
        return new ConnectionTestResult(true, serverVersion, latencyMs, null, null);
    }

    static ConnectionTestResult failed(ClientFailure failure) {
        return new ConnectionTestResult(false, null, null, failure.getMessage(), failure.kind().id());
    }
}
