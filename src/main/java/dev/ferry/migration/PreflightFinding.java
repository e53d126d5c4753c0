package dev.ferry.migration;

import dev.ferry.engine.dialect.PreflightRule;

import java.util.List;

/**
 * Values of one source column that the target cannot hold as they are: how many, the key of
 * one of them, and what the chosen policy does with them ({@code error} stops the migration).
 */
public record PreflightFinding(String table, String column, PreflightRule rule, long count, List<Object> exampleKey,
                               ColumnPolicy policy, String detail) {
}
