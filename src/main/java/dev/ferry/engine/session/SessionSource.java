package dev.ferry.engine.session;

import dev.ferry.engine.Endpoint;

/** Hands out sessions to one database; closing it releases whatever it owns (a pool, a file). */
public interface SessionSource extends AutoCloseable {

    Endpoint endpoint();

    DbSession open();

    @Override
    void close();
}
