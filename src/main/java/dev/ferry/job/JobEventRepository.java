package dev.ferry.job;

import dev.ferry.state.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** job_event rows: the append-only log of each job. */
@ApplicationScoped
public class JobEventRepository {

    private final Jdbc jdbc;

    public JobEventRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public JobEvent append(UUID jobId, EventLevel level, String message, long now) {
        return jdbc.inTransaction(c -> append(c, jobId, level, message, now));
    }

    /**
     * Appends inside the caller's transaction. The first statement writes the job row, which takes
     * its lock before anything is read: concurrent writers of one job queue up instead of
     * computing the same seq (PostgreSQL row lock; SQLite's single writer).
     */
    static JobEvent append(Connection c, UUID jobId, EventLevel level, String message, long now) throws SQLException {
        String id = jobId.toString();
        if (Jdbc.update(c, "UPDATE job SET last_event_seq = last_event_seq + 1 WHERE id = ?", id) != 1) {
            throw new SQLException("job " + id + " does not exist");
        }
        long seq = Jdbc.query(c, "SELECT last_event_seq FROM job WHERE id = ?", rs -> rs.getLong(1), id).get(0);
        Jdbc.update(c, "INSERT INTO job_event (job_id, seq, created_at, level, message) VALUES (?, ?, ?, ?, ?)",
                id, seq, now, level.id(), message);
        return new JobEvent(seq, now, level, message);
    }

    /** Events of a job with a seq above {@code afterSeq}, oldest first. */
    public List<JobEvent> after(UUID jobId, long afterSeq) {
        return jdbc.query("SELECT seq, created_at, level, message FROM job_event WHERE job_id = ? AND seq > ?"
                + " ORDER BY seq", JobEventRepository::map, jobId.toString(), afterSeq);
    }

    private static JobEvent map(ResultSet rs) throws SQLException {
        return new JobEvent(rs.getLong("seq"), rs.getLong("created_at"), EventLevel.fromId(rs.getString("level")),
                rs.getString("message"));
    }
}
