package dev.ferry.security;

import java.util.Set;

/** A stored API token; only the SHA-256 of the secret is kept. */
public record ApiToken(String id, String name, String organization, Set<Role> roles,
                       long createdAt, String createdBy, Long lastUsedAt) {
}
