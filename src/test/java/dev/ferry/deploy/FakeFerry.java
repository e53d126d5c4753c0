package dev.ferry.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of Ferry's migrations and jobs API on loopback to drive the CronJob script:
 * POST /api/v1/migrations answers 202 with a Location, GET /api/v1/jobs/{id} walks through the
 * given statuses and then repeats the last one.
 */
final class FakeFerry implements AutoCloseable {

    static final String JOB_ID = "0b6f7c1e-4a4e-4c55-9f0e-3f1d2a9b8c70";

    record Request(String method, String path, String authorization, String body) { }

    private final HttpServer server;
    private final Deque<String> statuses;
    private final int migrationStatus;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    /** @param migrationStatus what POST /api/v1/migrations answers (202, or an error status) */
    FakeFerry(int migrationStatus, String... statuses) {
        this.migrationStatus = migrationStatus;
        this.statuses = new ArrayDeque<>(List.of(statuses));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (method.equals("POST") && path.equals("/api/v1/migrations")) {
            if (migrationStatus == 202) {
                // Absolute, as JAX-RS makes it, so the script has to cut the id out of a full URL.
                exchange.getResponseHeaders().add("Location", url() + "/api/v1/jobs/" + JOB_ID);
                respond(exchange, 202, job("pending"));
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                respond(exchange, migrationStatus, "{\"status\":" + migrationStatus + ",\"title\":\"Invalid request\"}");
            }
        } else if (method.equals("GET") && path.equals("/api/v1/jobs/" + JOB_ID)) {
            respond(exchange, 200, job(nextStatus()));
        } else if (method.equals("POST") && path.equals("/api/v1/jobs/" + JOB_ID + "/cancel")) {
            respond(exchange, 202, job("cancelled"));
        } else {
            respond(exchange, 404, "{\"status\":404,\"title\":\"Not found\"}");
        }
    }

    private synchronized String nextStatus() {
        return statuses.size() > 1 ? statuses.poll() : statuses.peek();
    }

    /** A job whose tables carry statuses of their own, which must not be mistaken for the job's. */
    private static String job(String status) {
        return """
                {"id": "%s", "type": "migration",
                 "progress": {"tables": [{"name": "customers", "status": "completed", "columns": {"id": {}}}]},
                 "status": "%s"}
                """.formatted(JOB_ID, status);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
