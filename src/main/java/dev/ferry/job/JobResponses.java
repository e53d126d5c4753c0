package dev.ferry.job;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** How every feature that starts a job answers: 202 Accepted, the job, and where to follow it. */
public final class JobResponses {

    private JobResponses() {
    }

    public static URI location(Job job) {
        return URI.create("/api/v1/jobs/" + job.id());
    }

    public static Response accepted(Job job) {
        return Response.accepted(job).location(location(job)).build();
    }
}
