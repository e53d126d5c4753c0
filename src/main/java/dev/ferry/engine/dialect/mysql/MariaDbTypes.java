package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.ColumnType;

import java.util.ArrayList;
import java.util.List;

import static dev.ferry.engine.model.LogicalType.UUID;
import static dev.ferry.engine.model.LogicalType.VARCHAR;

/**
 * MariaDB's types: MySQL's plus UUID (10.7+) and INET4/INET6 (10.10+/10.5+), which read as
 * UUID and as text of their textual forms; an INET column stays INET on a MariaDB target.
 * JSON columns are MariaDB's alias (LONGTEXT with a json_valid check), so the text is kept as is.
 */
public class MariaDbTypes extends MySqlTypes {

    @Override
    protected List<MySqlTypeRow> rows() {
        List<MySqlTypeRow> rows = new ArrayList<>(super.rows());
        rows.add(MySqlTypeRow.of("uuid", UUID, "uuid"));
        rows.add(MySqlTypeRow.when("inet6", VARCHAR, "textual IPv6 address", d -> true, "inet6"));
        rows.add(MySqlTypeRow.when("inet4", VARCHAR, "textual IPv4 address", d -> true, "inet4"));
        return rows;
    }

    @Override
    public TypeDecision target(ColumnType source) {
        String base = MySqlDeclaredType.baseName(source.nativeType());
        if (base.equals("inet6") || base.equals("inet4")) {
            return new TypeDecision(source, parse(base), true, null);
        }
        TypeDecision decision = super.target(source);
        if (source.logical() == dev.ferry.engine.model.LogicalType.JSON) {
            return new TypeDecision(source, decision.target(), true, "MariaDB JSON: LONGTEXT with a json_valid check");
        }
        return decision;
    }
}
