package dev.ferry.security;

import dev.ferry.error.FerryException;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and checks API tokens. A token is 32 random bytes, so a plain SHA-256 is enough to store
 * it safely (no password-grade hashing needed) and lets a request find its token in one lookup.
 */
@ApplicationScoped
public class TokenService {

    static final String PREFIX = "fry_";
    private static final long TOUCH_INTERVAL_MS = 60_000;

    /** A token as returned once, at creation. */
    public record IssuedToken(ApiToken token, String secret) { }

    private final TokenRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(TokenRepository repository) {
        this.repository = repository;
        this.clock = Clock.systemUTC();
    }

    public IssuedToken issue(String name, String organization, Set<Role> roles, String createdBy) {
        String secret = newSecret();
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), name, organization, roles,
                clock.millis(), createdBy, null);
        repository.insert(token, hash(secret));
        return new IssuedToken(token, secret);
    }

    /** Stores (or re-keys) a token whose secret is chosen by configuration. */
    public void ensure(String id, String name, String organization, Set<Role> roles, String secret) {
        if (repository.findById(id).isPresent()) {
            repository.updateHash(id, hash(secret));
        } else {
            repository.insert(new ApiToken(id, name, organization, roles, clock.millis(), "bootstrap", null), hash(secret));
        }
    }

    public Optional<ApiToken> authenticate(String secret) {
        Optional<ApiToken> token = repository.findByHash(hash(secret));
        token.ifPresent(this::touch);
        return token;
    }

    public List<ApiToken> list(String organization) {
        return repository.listByOrganization(organization);
    }

    public boolean exists(String id) {
        return repository.findById(id).isPresent();
    }

    public void revoke(String id, String organization) {
        if (!repository.delete(id, organization)) {
            throw FerryException.notFound("Token", id);
        }
    }

    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void touch(ApiToken token) {
        long now = clock.millis();
        // Writing on every request would serialise all readers on SQLite's single writer.
        if (token.lastUsedAt() == null || now - token.lastUsedAt() > TOUCH_INTERVAL_MS) {
            repository.touch(token.id(), now);
        }
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
