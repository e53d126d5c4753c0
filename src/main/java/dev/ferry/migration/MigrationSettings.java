package dev.ferry.migration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to migrate and how, independent of where the endpoints come from (registered connections
 * or CLI URLs). Policies are keyed {@code table.column}.
 */
public record MigrationSettings(List<String> tables, Include include, int batchSize, int parallelTables,
                                boolean force, Verify verify, Map<String, ColumnPolicy> policies) {

    public MigrationSettings {
        tables = tables == null ? List.of() : List.copyOf(tables);
        policies = policies == null ? Map.of() : Map.copyOf(policies);
    }

    /** Which parts of the tables to carry. */
    public enum Include {
        SCHEMA, DATA, BOTH;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        static Include fromJson(String id) {
            for (Include include : values()) {
                if (include.id().equalsIgnoreCase(id)) {
                    return include;
                }
            }
            throw new IllegalArgumentException("unknown include " + id + "; expected schema, data or both");
        }

        public boolean schema() {
            return this != DATA;
        }

        public boolean data() {
            return this != SCHEMA;
        }
    }

    /** How hard to check the result: row counts always, checksums on request. */
    public enum Verify {
        COUNT, CHECKSUM;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        static Verify fromJson(String id) {
            for (Verify verify : values()) {
                if (verify.id().equalsIgnoreCase(id)) {
                    return verify;
                }
            }
            throw new IllegalArgumentException("unknown verify " + id + "; expected count or checksum");
        }
    }

    public ColumnPolicy policy(String table, String column) {
        return policies.getOrDefault(table + "." + column, ColumnPolicy.ERROR);
    }
}
