package dev.ferry.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of the job history, newest first. */
@Schema(name = "JobPage")
public record JobPage(List<Job> items, long total, int page, int size) {
}
