package dev.ferry.connection;

import dev.ferry.engine.Endpoint;
import dev.ferry.engine.client.DatabaseClient;
import dev.ferry.engine.client.DatabaseClients;
import dev.ferry.error.FerryException;
import dev.ferry.security.SecretCipher;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client per registered connection, for every feature that talks to user databases. A client
 * (and its pool) is built on first use, rebuilt when the connection changed, and closed when the
 * connection is deleted or Ferry stops. Clients are keyed by the connection's {@code updatedAt},
 * so a replica that did not see an update still rebuilds once it reads the new version.
 */
@ApplicationScoped
public class ClientRegistry {

    private static final Logger LOG = Logger.getLogger(ClientRegistry.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private record Entry(long version, DatabaseClient client) { }

    private final ConcurrentHashMap<UUID, Entry> clients = new ConcurrentHashMap<>();
    private final DatabaseClients factory;
    private final SecretCipher cipher;
    private final ConnectionRepository repository;
    private final SqliteDirectories sqliteDirectories;

    public ClientRegistry(Vertx vertx, ConnectionsConfig config, SecretCipher cipher, ConnectionRepository repository,
                          SqliteDirectories sqliteDirectories) {
        this.factory = new DatabaseClients(vertx, config.poolSize(), config.connectTimeout());
        this.cipher = cipher;
        this.repository = repository;
        this.sqliteDirectories = sqliteDirectories;
    }

    /**
     * The client for a connection of the organization. Reads the state store (JDBC), so call it
     * from a worker thread.
     */
    public DatabaseClient client(String organization, UUID id) {
        return client(repository.find(organization, id).orElseThrow(() -> ConnectionService.notFound(id)));
    }

    /** The client for a connection already read from the state store. */
    public DatabaseClient client(StoredConnection connection) {
        return clients.compute(connection.id(), (id, current) -> {
            // A caller holding an older read must not throw away the newer pool.
            if (current != null && current.version() >= connection.updatedAt()) {
                return current;
            }
            if (current != null) {
                close(id, current.client());
            }
            // Pool metrics are registered by name: a rebuilt pool needs a name of its own.
            String poolName = "ferry-" + id + "-" + connection.updatedAt();
            return new Entry(connection.updatedAt(), factory.open(poolName, endpoint(connection)));
        }).client();
    }

    /** Closes and forgets the client of a changed or deleted connection. */
    public void evict(UUID id) {
        Entry entry = clients.remove(id);
        if (entry != null) {
            close(id, entry.client());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        clients.forEach((id, entry) -> {
            try {
                entry.client().close().await().atMost(CLOSE_TIMEOUT);
            } catch (RuntimeException e) {
                LOG.warnf("Client of connection %s did not close cleanly: %s", id, e.getMessage());
            }
        });
        clients.clear();
    }

    private Endpoint endpoint(StoredConnection c) {
        String database = c.database();
        if (!c.engine().isNetworked()) {
            // Checked again at use: a symbolic link may have been changed since registration.
            try {
                database = sqliteDirectories.resolve(database).toString();
            } catch (IllegalArgumentException e) {
                throw FerryException.invalid("database", e.getMessage());
            }
        }
        String password = c.passwordSecret() == null ? null : cipher.decrypt(c.passwordSecret());
        return new Endpoint(c.engine(), c.host(), c.port() == null ? 0 : c.port(), database, c.username(), password,
                c.sslMode());
    }

    private static void close(UUID id, DatabaseClient client) {
        client.close().subscribe().with(
                ignored -> LOG.debugf("Closed client of connection %s", id),
                failure -> LOG.warnf("Client of connection %s did not close cleanly: %s", id, failure.getMessage()));
    }
}
