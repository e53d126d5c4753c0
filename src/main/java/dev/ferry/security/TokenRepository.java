package dev.ferry.security;

import dev.ferry.state.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** api_token rows in the state store. */
@ApplicationScoped
public class TokenRepository {

    private static final String COLUMNS = "id, name, organization, roles, created_at, created_by, last_used_at";

    private final Jdbc jdbc;

    public TokenRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ApiToken token, String hash) {
        jdbc.update("INSERT INTO api_token (id, name, organization, roles, token_hash, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                token.id(), token.name(), token.organization(), encodeRoles(token), hash,
                token.createdAt(), token.createdBy());
    }

    public Optional<ApiToken> findByHash(String hash) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = ?", TokenRepository::map, hash);
    }

    public Optional<ApiToken> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", TokenRepository::map, id);
    }

    public List<ApiToken> listByOrganization(String organization) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE organization = ? ORDER BY created_at, id",
                TokenRepository::map, organization);
    }

    public boolean updateHash(String id, String hash) {
        return jdbc.update("UPDATE api_token SET token_hash = ? WHERE id = ?", hash, id) == 1;
    }

    public void touch(String id, long now) {
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", now, id);
    }

    public boolean delete(String id, String organization) {
        return jdbc.update("DELETE FROM api_token WHERE id = ? AND organization = ?", id, organization) == 1;
    }

    private static String encodeRoles(ApiToken token) {
        return token.roles().stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        var roles = Arrays.stream(rs.getString("roles").split(","))
                .map(Role::parse).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
        return new ApiToken(rs.getString("id"), rs.getString("name"), rs.getString("organization"), roles,
                rs.getLong("created_at"), rs.getString("created_by"), Jdbc.getLong(rs, "last_used_at"));
    }
}
