package dev.ferry.copy;

/**
 * How to run a copy. {@code parallelTables} tables copy at once, each in pages of at most
 * {@code batchSize} rows and about {@code pageBytes} bytes of values (whichever is fewer rows),
 * written by up to {@code writersPerTable} target connections;
 * {@code force} drops and recreates the planned target tables; {@code bulk} loads through the
 * target's bulk path (COPY, LOAD DATA LOCAL) where it has one.
 */
public record CopyOptions(boolean schema, boolean data, int batchSize, long pageBytes, int parallelTables,
                          int writersPerTable, boolean force, boolean checksum, boolean bulk) {

    public CopyOptions {
        if (batchSize < 1 || pageBytes < 1 || parallelTables < 1 || writersPerTable < 1) {
            throw new IllegalArgumentException("batchSize, pageBytes, parallelTables and writersPerTable must be positive");
        }
    }
}
