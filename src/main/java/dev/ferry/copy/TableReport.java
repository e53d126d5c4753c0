package dev.ferry.copy;

import java.util.List;

/** What happened to one table: rows read and written, rows verified, duration, checks. */
public record TableReport(String table, long rowsRead, long rowsWritten, long rowsVerified, long durationMs,
                          List<Check> checks) {

    public TableReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }
}
