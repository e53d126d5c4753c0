package dev.ferry.state;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;

/** Ferry cannot accept work while its own store is unreachable. */
@Readiness
@ApplicationScoped
public class StateStoreReadiness implements HealthCheck {

    private final StateStore store;

    public StateStoreReadiness(StateStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("state-store").withData("kind", store.kind().name());
        try (Connection c = store.connection()) {
            boolean valid = c.isValid(2);
            return response.status(valid).build();
        } catch (SQLException e) {
            return response.down().withData("sqlState", String.valueOf(e.getSQLState())).build();
        }
    }
}
