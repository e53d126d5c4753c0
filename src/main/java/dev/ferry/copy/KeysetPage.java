package dev.ferry.copy;

import dev.ferry.engine.dialect.DataSql;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;

import java.util.Arrays;
import java.util.List;

/** One keyset page of a table: the rows after a key (or the first ones), in key order. */
final class KeysetPage {

    private KeysetPage() {
    }

    /** Sends the query for up to {@code limit} rows after {@code after} (null: from the start). */
    static DbSession.PendingRows send(DbSession session, DataSql sql, Table table, Object[] after, int limit) {
        String select = sql.selectPage(table, limit, after != null);
        return session.queryAhead(select, after == null ? List.of() : Arrays.asList(after));
    }
}
