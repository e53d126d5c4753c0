package dev.ferry.connection;

import dev.ferry.state.StateConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The directories SQLite connections may use ({@code ferry.connections.allowed-sqlite-dirs}),
 * created at startup. A path is judged after {@code ..} and symbolic links are resolved, so
 * neither can lead out of them.
 */
@Startup
@ApplicationScoped
public class SqliteDirectories {

    private final ConnectionsConfig config;
    private final StateConfig state;
    private final List<Path> roots = new ArrayList<>();
    private Path stateDir;

    public SqliteDirectories(ConnectionsConfig config, StateConfig state) {
        this.config = config;
        this.state = state;
    }

    @PostConstruct
    void create() {
        for (Path dir : config.allowedSqliteDirs()) {
            try {
                Files.createDirectories(dir);
                roots.add(dir.toRealPath());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create allowed SQLite directory " + dir.toAbsolutePath(), e);
            }
        }
        stateDir = resolveExisting(state.dataDir().toAbsolutePath().normalize());
    }

    public List<Path> roots() {
        return List.copyOf(roots);
    }

    /**
     * The file a SQLite path really designates, which may not exist yet.
     *
     * @throws IllegalArgumentException saying why the path is refused
     */
    public Path resolve(String raw) {
        Path path;
        try {
            path = Path.of(raw);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("is not a valid file path");
        }
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("must be an absolute file path");
        }
        Path real = resolveExisting(path.normalize());
        if (roots.stream().noneMatch(root -> real.startsWith(root) && !real.equals(root))) {
            throw new IllegalArgumentException("must lie under an allowed SQLite directory ("
                    + roots.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")");
        }
        if (Files.isDirectory(real)) {
            throw new IllegalArgumentException("is a directory, not a SQLite file");
        }
        if (real.getParent().equals(stateDir) && real.getFileName().toString().startsWith("ferry.db")) {
            throw new IllegalArgumentException("is Ferry's own state store");
        }
        return real;
    }

    /** Resolves symbolic links in the part of the path that exists and keeps the rest as written. */
    private static Path resolveExisting(Path path) {
        Path existing = path;
        Path rest = path.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            throw new IllegalArgumentException("leads through a broken symbolic link");
        }
    }
}
