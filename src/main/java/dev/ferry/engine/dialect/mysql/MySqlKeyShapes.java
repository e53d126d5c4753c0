package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fits a table's keys into InnoDB's limits: an index key holds at most 3072 bytes, and TEXT/BLOB
 * columns can only be indexed by a prefix. Prefixes would change what a primary key, unique
 * constraint or foreign key means, so unbounded text or binary columns in those become
 * VARCHAR(n)/VARBINARY(n) sharing the 3072 bytes (a longer value is then refused on insert, not
 * cut); plain indexes use prefixes instead.
 */
final class MySqlKeyShapes {

    static final int MAX_KEY_BYTES = 3072;
    /** utf8mb4 needs up to four bytes per character. */
    private static final int BYTES_PER_CHAR = 4;
    /** Upper bound for the key bytes of non-string columns (DECIMAL(65) takes 30). */
    private static final int OTHER_BYTES = 32;

    private enum Kind { TEXT_LOB, BLOB_LOB, CHARS, BYTES, OTHER }

    private final Map<String, String> types = new HashMap<>();

    MySqlKeyShapes(Table table) {
        for (Column column : table.columns()) {
            types.put(column.name(), column.type().nativeType());
        }
        List<List<String>> exactKeys = new ArrayList<>();
        exactKeys.add(table.primaryKey());
        table.indexes().stream().filter(Index::unique).forEach(i -> exactKeys.add(i.columns()));
        table.foreignKeys().stream().map(ForeignKey::columns).forEach(exactKeys::add);
        Map<String, Integer> bounded = new HashMap<>();
        for (List<String> key : exactKeys) {
            List<String> lobs = key.stream().filter(c -> isLob(kind(c))).toList();
            if (lobs.isEmpty()) {
                continue;
            }
            int rest = key.stream().filter(c -> !isLob(kind(c))).mapToInt(this::keyBytes).sum();
            int share = Math.max(1, (MAX_KEY_BYTES - rest) / lobs.size());
            for (String column : lobs) {
                int units = kind(column) == Kind.TEXT_LOB ? share / BYTES_PER_CHAR : share;
                bounded.merge(column, Math.max(1, units), Math::min);
            }
        }
        bounded.forEach((column, units) -> types.put(column,
                (kind(column) == Kind.TEXT_LOB ? "varchar(" : "varbinary(") + units + ")"));
    }

    /** The DDL type of a column, after keys made it bounded where needed. */
    String type(Column column) {
        return types.get(column.name());
    }

    /** The column list of a plain index, with prefix lengths where the columns would not fit. */
    String indexColumns(Index index) {
        int fixed = index.columns().stream().filter(c -> !isString(kind(c))).mapToInt(this::keyBytes).sum();
        List<String> strings = index.columns().stream().filter(c -> isString(kind(c))).toList();
        long stringBytes = strings.stream().mapToLong(c -> isLob(kind(c)) ? Long.MAX_VALUE / 16 : keyBytes(c)).sum();
        boolean fits = fixed + stringBytes <= MAX_KEY_BYTES;
        int share = strings.isEmpty() ? 0 : Math.max(1, (MAX_KEY_BYTES - fixed) / strings.size());
        return index.columns().stream().map(c -> {
            Kind kind = kind(c);
            if (!isString(kind) || (fits && !isLob(kind)) || (!isLob(kind) && keyBytes(c) <= share)) {
                return MySqlSql.quote(c);
            }
            int units = kind == Kind.TEXT_LOB || kind == Kind.CHARS ? share / BYTES_PER_CHAR : share;
            return MySqlSql.quote(c) + "(" + Math.max(1, units) + ")";
        }).collect(Collectors.joining(", "));
    }

    private Kind kind(String column) {
        String type = types.get(column);
        if (type == null) {
            throw new IllegalArgumentException("Key column " + column + " is not a column of the table");
        }
        return switch (MySqlDeclaredType.baseName(type)) {
            case "tinytext", "text", "mediumtext", "longtext" -> Kind.TEXT_LOB;
            case "tinyblob", "blob", "mediumblob", "longblob" -> Kind.BLOB_LOB;
            case "char", "varchar" -> Kind.CHARS;
            case "binary", "varbinary" -> Kind.BYTES;
            default -> Kind.OTHER;
        };
    }

    private int keyBytes(String column) {
        Kind kind = kind(column);
        Integer length = MySqlDeclaredType.parse(types.get(column), false).intArg(0);
        return switch (kind) {
            case CHARS -> (length == null ? 1 : length) * BYTES_PER_CHAR;
            case BYTES -> length == null ? 1 : length;
            case OTHER -> OTHER_BYTES;
            case TEXT_LOB, BLOB_LOB -> MAX_KEY_BYTES;
        };
    }

    private static boolean isLob(Kind kind) {
        return kind == Kind.TEXT_LOB || kind == Kind.BLOB_LOB;
    }

    private static boolean isString(Kind kind) {
        return kind != Kind.OTHER;
    }
}
