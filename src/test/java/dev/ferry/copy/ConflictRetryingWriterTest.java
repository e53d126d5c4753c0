package dev.ferry.copy;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.Engine;
import dev.ferry.engine.session.SessionException;
import dev.ferry.support.MemoryCopyListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConflictRetryingWriterTest {

    private static final SessionException DEADLOCK =
            new SessionException("Deadlock found when trying to get lock", "40001", 1213, null);
    private static final SessionException DUPLICATE = new SessionException("Duplicate entry", "23000", 1062, null);

    /** Fails its writes with the queued failures, in order, then succeeds; counts the writes. */
    private static final class FailingWriter implements PageWriter {
        private final Deque<RuntimeException> failures;
        private int writes;

        FailingWriter(RuntimeException... failures) {
            this.failures = new ArrayDeque<>(List.of(failures));
        }

        @Override
        public Page prepare(List<Object[]> rows) {
            return new Page(rows.size(), null, 0);
        }

        @Override
        public void write(Page page) {
            writes++;
            if (!failures.isEmpty()) {
                throw failures.removeFirst();
            }
        }
    }

    private final MemoryCopyListener listener = new MemoryCopyListener();

    private ConflictRetryingWriter retrying(FailingWriter writer, Engine engine) {
        Dialect dialect = Dialects.of(engine);
        return new ConflictRetryingWriter(writer, dialect, listener, "playlist_track");
    }

    @Test
    void aPageRolledBackToBreakADeadlockIsWrittenAgain() {
        FailingWriter writer = new FailingWriter(DEADLOCK);
        retrying(writer, Engine.MARIADB).write(new PageWriter.Page(10, null, 0));
        assertEquals(2, writer.writes);
        assertEquals(1, listener.events().size(), listener.events().toString());
    }

    @Test
    void postgresDeadlocksAndSerializationFailuresAreConflictsToo() {
        FailingWriter writer = new FailingWriter(new SessionException("deadlock detected", "40P01", 0, null),
                new SessionException("could not serialize access", "40001", 0, null));
        retrying(writer, Engine.POSTGRESQL).write(new PageWriter.Page(10, null, 0));
        assertEquals(3, writer.writes);
    }

    @Test
    void aConflictThatKeepsComingBackFailsTheWriteAfterTheLastAttempt() {
        FailingWriter writer = new FailingWriter(DEADLOCK, DEADLOCK, DEADLOCK);
        SessionException thrown = assertThrows(SessionException.class,
                () -> retrying(writer, Engine.MARIADB).write(new PageWriter.Page(10, null, 0)));
        assertSame(DEADLOCK, thrown);
        assertEquals(ConflictRetryingWriter.ATTEMPTS, writer.writes);
    }

    @Test
    void otherFailuresAreNotWrittenAgain() {
        FailingWriter writer = new FailingWriter(DUPLICATE);
        assertThrows(SessionException.class, () -> retrying(writer, Engine.MARIADB).write(new PageWriter.Page(10, null, 0)));
        assertEquals(1, writer.writes);
        assertEquals(List.of(), listener.events());
    }
}
