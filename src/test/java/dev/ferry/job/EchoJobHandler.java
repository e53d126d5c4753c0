package dev.ferry.job;

import jakarta.enterprise.context.ApplicationScoped;

/** Job type {@code echo}: completes at once with its parameters as result. */
@ApplicationScoped
public class EchoJobHandler implements JobHandler {

    public static final String TYPE = "echo";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Object run(JobContext context) {
        return context.params();
    }
}
