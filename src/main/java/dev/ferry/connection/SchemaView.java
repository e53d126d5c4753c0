package dev.ferry.connection;

import dev.ferry.engine.client.TableSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The tables of a connection's database. */
@Schema(name = "ConnectionSchema")
public record SchemaView(UUID connectionId, List<TableSummary> tables) {
}
