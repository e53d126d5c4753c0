package dev.ferry.cli;

import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;

import java.util.List;

/** The tables of Ferry's state store that carry data (everything but the excluded ones). */
final class StateTables {

    private StateTables() {
    }

    static List<String> list(SessionSource source, String... excluded) {
        List<String> skip = List.of(excluded);
        try (DbSession session = source.open()) {
            return Dialects.of(source.endpoint().engine()).schemaReader().read(session).tables().stream()
                    .map(Table::name).filter(name -> !skip.contains(name)).toList();
        }
    }
}
