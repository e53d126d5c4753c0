package dev.ferry.security;

import io.quarkus.security.identity.SecurityIdentity;

import java.security.Principal;

/** Who is calling: the token's name, its organization and id. */
public record Caller(String name, String organization, String tokenId) implements Principal {

    @Override
    public String getName() {
        return name;
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("Request was not authenticated with a Ferry token");
    }
}
