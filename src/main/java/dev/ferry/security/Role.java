package dev.ferry.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a token may do; each role includes the ones below it. */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String VIEWER_NAME = "viewer";
    public static final String OPERATOR_NAME = "operator";
    public static final String ADMIN_NAME = "admin";

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes. */
    public Set<String> granted() {
        return switch (this) {
            case VIEWER -> Set.of(VIEWER_NAME);
            case OPERATOR -> Set.of(VIEWER_NAME, OPERATOR_NAME);
            case ADMIN -> Set.of(VIEWER_NAME, OPERATOR_NAME, ADMIN_NAME);
        };
    }

    @JsonCreator
    static Role fromJson(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("unknown role " + id
                + "; expected viewer, operator or admin"));
    }

    public static Optional<Role> parse(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
