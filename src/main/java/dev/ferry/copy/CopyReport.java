package dev.ferry.copy;

import java.util.List;

/** The outcome of a copy: one report per table and the totals. */
public record CopyReport(List<TableReport> tables, long rowsWritten, long elapsedMs) {

    public CopyReport {
        tables = List.copyOf(tables);
    }

    public boolean passed() {
        return tables.stream().allMatch(TableReport::passed);
    }
}
