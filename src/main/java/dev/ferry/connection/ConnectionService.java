package dev.ferry.connection;

import dev.ferry.engine.client.ClientFailure;
import dev.ferry.engine.client.DatabaseClient;
import dev.ferry.engine.client.Failures;
import dev.ferry.engine.dialect.FailureKind;
import dev.ferry.error.FerryException;
import dev.ferry.security.SecretCipher;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Registers, changes, tests and inspects connections. CRUD methods block (JDBC state store) and
 * run on worker threads; {@link #test} and {@link #schema} return a Uni and move their state-store
 * read off the event loop themselves.
 */
@ApplicationScoped
public class ConnectionService {

    private static final Logger LOG = Logger.getLogger(ConnectionService.class);

    private final ConnectionRepository repository;
    private final ClientRegistry registry;
    private final SecretCipher cipher;
    private final SqliteDirectories sqliteDirectories;
    private final Duration testTimeout;
    private final Clock clock = Clock.systemUTC();

    public ConnectionService(ConnectionRepository repository, ClientRegistry registry, SecretCipher cipher,
                             SqliteDirectories sqliteDirectories, ConnectionsConfig config) {
        this.repository = repository;
        this.registry = registry;
        this.cipher = cipher;
        this.sqliteDirectories = sqliteDirectories;
        this.testTimeout = config.testTimeout();
    }

    public List<StoredConnection> list(String organization) {
        return repository.list(organization);
    }

    public StoredConnection get(String organization, UUID id) {
        return repository.find(organization, id).orElseThrow(() -> notFound(id));
    }

    public StoredConnection create(String organization, ConnectionRequest request) {
        ConnectionSpec spec = ConnectionInput.forCreate(requireBody(request), sqliteDirectories);
        if (repository.nameTaken(organization, spec.name(), null)) {
            throw duplicateName(spec.name());
        }
        long now = clock.millis();
        StoredConnection created = new StoredConnection(UUID.randomUUID(), organization, spec.name(), spec.engine(),
                spec.host(), spec.port(), spec.database(), spec.username(), secret(spec.password(), null),
                spec.sslMode(), now, now);
        repository.insert(created);
        LOG.infof("Connection %s created: %s (%s)", created.id(), created.name(), created.engine().id());
        return created;
    }

    public StoredConnection update(String organization, UUID id, ConnectionRequest request) {
        StoredConnection current = get(organization, id);
        ConnectionSpec spec = ConnectionInput.forUpdate(current, requireBody(request), sqliteDirectories);
        if (repository.nameTaken(organization, spec.name(), id)) {
            throw duplicateName(spec.name());
        }
        // updatedAt is the clients' version: it must move even within one millisecond.
        long now = Math.max(clock.millis(), current.updatedAt() + 1);
        StoredConnection updated = new StoredConnection(id, organization, spec.name(), spec.engine(), spec.host(),
                spec.port(), spec.database(), spec.username(), secret(spec.password(), current.passwordSecret()),
                spec.sslMode(), current.createdAt(), now);
        if (!repository.update(updated)) {
            throw notFound(id);
        }
        registry.evict(id);
        LOG.infof("Connection %s updated: %s (%s)", id, updated.name(), updated.engine().id());
        return updated;
    }

    public void delete(String organization, UUID id) {
        if (!repository.delete(organization, id)) {
            throw notFound(id);
        }
        registry.evict(id);
        LOG.infof("Connection %s deleted", id);
    }

    /** Connects with a session of its own and reads the server version; failures are an answer, not an error. */
    public Uni<ConnectionTestResult> test(String organization, UUID id) {
        return blocking(() -> registry.client(organization, id)).chain(client -> {
            long start = System.nanoTime();
            return client.serverVersion(testTimeout)
                    .map(version -> ConnectionTestResult.ok(version,
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)))
                    .onFailure().recoverWithItem(failure -> failed(id, client, failure));
        });
    }

    public Uni<SchemaView> schema(String organization, UUID id) {
        return blocking(() -> registry.client(organization, id))
                .chain(client -> client.tables(testTimeout))
                .map(tables -> new SchemaView(id, tables))
                .onFailure(ClientFailure.class).transform(failure -> unavailable(id, (ClientFailure) failure));
    }

    static FerryException notFound(UUID id) {
        return FerryException.notFound("Connection", id);
    }

    static FerryException duplicateName(String name) {
        return FerryException.conflict("A connection named '" + name + "' already exists in this organization");
    }

    /** Path parameters that are not UUIDs cannot name a connection. */
    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw FerryException.notFound("Connection", id);
        }
    }

    private String secret(String password, String current) {
        if (password == null) {
            return current;
        }
        return password.isEmpty() ? null : cipher.encrypt(password);
    }

    private static ConnectionRequest requireBody(ConnectionRequest request) {
        if (request == null) {
            throw FerryException.invalid("body", "a JSON object describing the connection is required");
        }
        return request;
    }

    private static ConnectionTestResult failed(UUID id, DatabaseClient client, Throwable failure) {
        ClientFailure classified = Failures.classify(failure, client.dialect());
        if (classified.kind() == FailureKind.OTHER) {
            // Unclassified: keep the driver's exception for whoever extends the classification.
            LOG.warnf(failure, "Connection %s test failed for an unclassified reason", id);
        } else {
            LOG.infof("Connection %s test failed: %s", id, classified.kind().id());
        }
        return ConnectionTestResult.failed(classified);
    }

    private static FerryException unavailable(UUID id, ClientFailure failure) {
        FerryException.Kind kind = failure.kind() == FailureKind.TIMEOUT
                ? FerryException.Kind.TIMEOUT : FerryException.Kind.UNAVAILABLE;
        return new FerryException(kind, "Connection " + id + ": " + failure.getMessage(), failure);
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
