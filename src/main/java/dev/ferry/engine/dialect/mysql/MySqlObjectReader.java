package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.session.DbSession;

import java.util.List;

import static dev.ferry.engine.dialect.mysql.MySqlCatalog.text;
import static dev.ferry.engine.dialect.mysql.MySqlSql.quote;

/** Reads what is not a table (views, triggers, routines, events, partitioning) so the plan can list it. */
final class MySqlObjectReader {

    void read(DbSession session, List<SchemaObject> into) {
        for (Object[] r : session.query(MySqlCatalog.VIEWS)) {
            into.add(new SchemaObject(SchemaObject.Kind.VIEW, text(r, 0),
                    "CREATE VIEW " + quote(text(r, 0)) + " AS " + text(r, 1)));
        }
        for (Object[] r : session.query(MySqlCatalog.TRIGGERS)) {
            into.add(new SchemaObject(SchemaObject.Kind.TRIGGER, text(r, 0), "CREATE TRIGGER " + quote(text(r, 0)) + " "
                    + text(r, 1) + " " + text(r, 2) + " ON " + quote(text(r, 3)) + " FOR EACH ROW " + text(r, 4)));
        }
        for (Object[] r : session.query(MySqlCatalog.ROUTINES)) {
            // ROUTINE_DEFINITION is null when the user may not see the body.
            into.add(new SchemaObject(SchemaObject.Kind.ROUTINE, text(r, 0),
                    text(r, 1) + " " + quote(text(r, 0)) + (text(r, 2) == null ? "" : " " + text(r, 2))));
        }
        for (Object[] r : session.query(MySqlCatalog.EVENTS)) {
            into.add(new SchemaObject(SchemaObject.Kind.EVENT, text(r, 0), "EVENT " + quote(text(r, 0)) + " DO " + text(r, 1)));
        }
        for (Object[] r : session.query(MySqlCatalog.PARTITIONS)) {
            // The table itself is migrated, unpartitioned.
            into.add(new SchemaObject(SchemaObject.Kind.PARTITIONED_TABLE, text(r, 0), "PARTITION BY " + text(r, 1)
                    + (text(r, 2) == null ? "" : " (" + text(r, 2) + ")") + " PARTITIONS " + MySqlCatalog.number(r, 3)));
        }
    }
}
