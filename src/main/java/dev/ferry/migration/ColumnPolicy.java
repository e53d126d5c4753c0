package dev.ferry.migration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What to do with values the target cannot hold as they are: fail ({@code error}, the default),
 * store NULL instead ({@code null}, reported value by value count), or choose a wider target type
 * that holds them exactly ({@code widen}, only where that is lossless).
 */
public enum ColumnPolicy {
    ERROR, NULL, WIDEN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static ColumnPolicy fromJson(String id) {
        for (ColumnPolicy policy : values()) {
            if (policy.id().equalsIgnoreCase(id)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown policy " + id + "; expected error, null or widen");
    }
}
