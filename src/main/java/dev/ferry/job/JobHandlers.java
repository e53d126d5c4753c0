package dev.ferry.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every {@link JobHandler} bean, by job type. */
@ApplicationScoped
public class JobHandlers {

    private final Map<String, JobHandler> byType = new TreeMap<>();

    public JobHandlers(@Any Instance<JobHandler> handlers) {
        for (JobHandler handler : handlers) {
            JobHandler previous = byType.put(handler.type(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two handlers for job type " + handler.type() + ": "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
    }

    public Optional<JobHandler> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Set<String> types() {
        return byType.keySet();
    }
}
