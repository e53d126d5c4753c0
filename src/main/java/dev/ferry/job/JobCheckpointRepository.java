package dev.ferry.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.state.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** job_checkpoint rows: per job and key (e.g. a table), the JSON state needed to resume exactly. */
@ApplicationScoped
public class JobCheckpointRepository {

    private final Jdbc jdbc;
    private final ObjectMapper mapper;

    public JobCheckpointRepository(Jdbc jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Inserts or replaces; ON CONFLICT ... DO UPDATE is the same on SQLite (3.24+) and PostgreSQL. */
    public void save(UUID jobId, String key, JsonNode state, long now) {
        jdbc.update("INSERT INTO job_checkpoint (job_id, checkpoint_key, state, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (job_id, checkpoint_key)"
                        + " DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                jobId.toString(), key, write(state), now);
    }

    public Optional<JsonNode> load(UUID jobId, String key) {
        return jdbc.queryOne("SELECT state FROM job_checkpoint WHERE job_id = ? AND checkpoint_key = ?",
                rs -> read(rs.getString("state")), jobId.toString(), key);
    }

    /** All checkpoints of a job, by key in key order. */
    public Map<String, JsonNode> all(UUID jobId) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        jdbc.query("SELECT checkpoint_key, state FROM job_checkpoint WHERE job_id = ? ORDER BY checkpoint_key",
                rs -> all.put(rs.getString("checkpoint_key"), read(rs.getString("state"))), jobId.toString());
        return all;
    }

    private String write(JsonNode state) {
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Checkpoint state is not serialisable", e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt checkpoint in state store", e);
        }
    }
}
