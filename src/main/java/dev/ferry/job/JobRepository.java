package dev.ferry.job;

import dev.ferry.state.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * job rows. Every status change is a conditional UPDATE on the expected current status, so two
 * replicas (or a replica and a cancel request) never both win the same transition; the event that
 * tells about the change is written in the same transaction.
 */
@ApplicationScoped
public class JobRepository {

    private static final String COLUMNS = "id, organization, type, status, parameters, phase, items_done,"
            + " items_total, rows_done, bytes_done, eta_seconds, result, error_message, error_context, created_by,"
            + " cancel_requested, created_at, started_at, finished_at, updated_at";
    private static final String PROGRESS = "phase = ?, items_done = ?, items_total = ?, rows_done = ?,"
            + " bytes_done = ?, eta_seconds = ?";

    /** A status change and the event that records it. */
    public record Transition(EventLevel level, String message) { }

    private final Jdbc jdbc;
    private final JobJson json;

    public JobRepository(Jdbc jdbc, JobJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Job job, Transition event) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "INSERT INTO job (id, organization, type, status, parameters, created_by, created_at,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    job.id().toString(), job.organization(), job.type(), job.status().id(),
                    json.write(job.parameters()), job.createdBy(), job.createdAt(), job.updatedAt());
            return record(c, job.id(), event, job.createdAt());
        });
    }

    public Optional<Job> find(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM job WHERE id = ?", this::map, id.toString());
    }

    public List<Job> list(String organization, String type, JobStatus status, int offset, int limit) {
        List<Object> params = filterParams(organization, type, status);
        params.add(limit);
        params.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM job" + filter(type, status)
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", this::map, params.toArray());
    }

    public long count(String organization, String type, JobStatus status) {
        return jdbc.queryOne("SELECT COUNT(*) FROM job" + filter(type, status), rs -> rs.getLong(1),
                filterParams(organization, type, status).toArray()).orElse(0L);
    }

    /** The queue: pending jobs of every organization, oldest first. */
    public List<Job> oldestPending(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM job WHERE status = ? ORDER BY created_at, id LIMIT ?",
                this::map, JobStatus.PENDING.id(), limit);
    }

    public List<Job> running() {
        return jdbc.query("SELECT " + COLUMNS + " FROM job WHERE status = ?", this::map, JobStatus.RUNNING.id());
    }

    /** Takes a pending job for this replica; false when someone else took (or cancelled) it first. */
    public boolean claim(UUID id, long now, Transition event) {
        return transition(id, JobStatus.PENDING, "status = ?, started_at = ?, updated_at = ?", event, now,
                JobStatus.RUNNING.id(), now, now);
    }

    public boolean cancelPending(UUID id, long now, Transition event) {
        return transition(id, JobStatus.PENDING, "status = ?, cancel_requested = 1, finished_at = ?, updated_at = ?",
                event, now, JobStatus.CANCELLED.id(), now, now);
    }

    public boolean requestCancel(UUID id, long now, Transition event) {
        return transition(id, JobStatus.RUNNING, "cancel_requested = 1, updated_at = ?", event, now, now);
    }

    /** Puts an ended job back in the queue, keeping its checkpoints; false if it was not in {@code from}. */
    public boolean requeue(UUID id, JobStatus from, long now, Transition event) {
        return transition(id, from, "status = ?, cancel_requested = 0, result = NULL, error_message = NULL,"
                + " error_context = NULL, finished_at = NULL, eta_seconds = NULL, updated_at = ?", event, now,
                JobStatus.PENDING.id(), now);
    }

    public boolean isCancelRequested(UUID id) {
        return jdbc.queryOne("SELECT cancel_requested FROM job WHERE id = ?", rs -> rs.getInt(1) == 1, id.toString())
                .orElse(false);
    }

    /** Persists progress of a running job. */
    public void updateProgress(UUID id, JobProgress p, long now) {
        jdbc.update("UPDATE job SET " + PROGRESS + ", updated_at = ? WHERE id = ? AND status = ?",
                p.phase(), p.itemsDone(), p.itemsTotal(), p.rows(), p.bytes(), p.etaSeconds(), now,
                id.toString(), JobStatus.RUNNING.id());
    }

    /** Ends a running job with its final progress, result or error. */
    public boolean finish(UUID id, JobStatus status, JobProgress p, Object result, JobError error, long now,
                          Transition event) {
        return transition(id, JobStatus.RUNNING, "status = ?, " + PROGRESS
                        + ", result = ?, error_message = ?, error_context = ?, finished_at = ?, updated_at = ?",
                event, now, status.id(), p.phase(), p.itemsDone(), p.itemsTotal(), p.rows(), p.bytes(),
                p.etaSeconds(), json.write(result), errorMessage(error), errorContext(error), now, now);
    }

    /** Fails a running job without touching its progress (the runner that knew it is gone). */
    public boolean failRunning(UUID id, JobError error, long now, Transition event) {
        return transition(id, JobStatus.RUNNING, "status = ?, error_message = ?, error_context = ?, eta_seconds = NULL,"
                        + " finished_at = ?, updated_at = ?",
                event, now, JobStatus.FAILED.id(), errorMessage(error), errorContext(error), now, now);
    }

    private boolean transition(UUID id, JobStatus from, String set, Transition event, long now, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = id.toString();
        params[values.length + 1] = from.id();
        return jdbc.inTransaction(c -> {
            if (Jdbc.update(c, "UPDATE job SET " + set + " WHERE id = ? AND status = ?", params) != 1) {
                return false;
            }
            return record(c, id, event, now);
        });
    }

    private static boolean record(Connection c, UUID id, Transition event, long now) throws SQLException {
        JobEventRepository.append(c, id, event.level(), event.message(), now);
        return true;
    }

    private static String filter(String type, JobStatus status) {
        return " WHERE organization = ?" + (type == null ? "" : " AND type = ?") + (status == null ? "" : " AND status = ?");
    }

    private static List<Object> filterParams(String organization, String type, JobStatus status) {
        List<Object> params = new ArrayList<>(List.of(organization));
        if (type != null) {
            params.add(type);
        }
        if (status != null) {
            params.add(status.id());
        }
        return params;
    }

    private static String errorMessage(JobError error) {
        return error == null ? null : error.message();
    }

    private String errorContext(JobError error) {
        return error == null || error.context().isEmpty() ? null : json.write(error.context());
    }

    private Job map(ResultSet rs) throws SQLException {
        String errorMessage = rs.getString("error_message");
        JobError error = errorMessage == null ? null
                : new JobError(errorMessage, json.readContext(rs.getString("error_context")));
        JobProgress progress = new JobProgress(rs.getString("phase"), Jdbc.getLong(rs, "items_done"),
                Jdbc.getLong(rs, "items_total"), rs.getLong("rows_done"), rs.getLong("bytes_done"),
                Jdbc.getLong(rs, "eta_seconds"));
        return new Job(UUID.fromString(rs.getString("id")), rs.getString("organization"), rs.getString("type"),
                JobStatus.fromId(rs.getString("status")), json.read(rs.getString("parameters")), progress,
                json.read(rs.getString("result")), error, rs.getString("created_by"),
                rs.getInt("cancel_requested") == 1, rs.getLong("created_at"), Jdbc.getLong(rs, "started_at"),
                Jdbc.getLong(rs, "finished_at"), rs.getLong("updated_at"));
    }
}
