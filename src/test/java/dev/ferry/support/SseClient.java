package dev.ferry.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a server-sent event stream as a client would (java.net.http), parsing events as they
 * arrive so a test can look at history first and live events later.
 */
public final class SseClient implements AutoCloseable {

    /** One server-sent event. */
    public record Event(String name, String id, String data) { }

    private static final Event END_OF_STREAM = new Event("", null, null);

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> reader;
    private boolean ended;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = CompletableFuture.runAsync(this::read);
    }

    /** Connects; the caller checks {@link #status()} before reading. */
    public static SseClient open(URI uri, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(20));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Events up to and including the first that matches; fails if the stream ends or stalls first. */
    public List<Event> readUntil(Predicate<Event> condition) {
        List<Event> seen = new ArrayList<>();
        while (true) {
            Event event = next();
            if (event == END_OF_STREAM) {
                throw new AssertionError("Stream ended before the expected event; saw " + seen);
            }
            seen.add(event);
            if (condition.test(event)) {
                return seen;
            }
        }
    }

    /** Every remaining event; fails unless the server completes the stream in time. */
    public List<Event> readToEnd() {
        List<Event> seen = new ArrayList<>();
        for (Event event = next(); event != END_OF_STREAM; event = next()) {
            seen.add(event);
        }
        return seen;
    }

    private Event next() {
        if (ended) {
            return END_OF_STREAM;
        }
        try {
            Event event = events.poll(Await.DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("No server-sent event within " + Await.DEFAULT_TIMEOUT.toSeconds() + "s");
            }
            ended = event == END_OF_STREAM;
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void read() {
        String name = null;
        String id = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name == null ? "message" : name, id, data.toString()));
                    }
                    name = null;
                    id = null;
                    data = null;
                } else if (line.startsWith("event:")) {
                    name = value(line);
                } else if (line.startsWith("id:")) {
                    id = value(line);
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
                }
            }
        } catch (RuntimeException ignored) {
            // Closed by the test: the stream simply ends.
        } finally {
            events.add(END_OF_STREAM);
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() {
        response.body().close();
        reader.cancel(true);
    }
}
