package nl.wegwijs.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running app's web chat API the way the page and the eval runner do. */
public final class ChatApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ChatApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String raw) {

        public JsonNode body() {
            try {
                return raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
            } catch (RuntimeException e) {
                return JSON.createObjectNode().put("raw", raw);
            }
        }

        public String allText() {
            StringBuilder sb = new StringBuilder();
            body().path("messages").forEach(m -> {
                sb.append(m.path("text").asString()).append('\n');
                m.path("buttons").forEach(b -> sb.append(b.path("label").asString()).append('\n'));
            });
            return sb.toString();
        }

        public String language() {
            return body().path("language").asString();
        }
    }

    public Response text(String conversationId, String text) {
        return post(JSON.createObjectNode().put("conversationId", conversationId).put("text", text).toString());
    }

    public Response button(String conversationId, String value) {
        return post(JSON.createObjectNode().put("conversationId", conversationId).put("button", value).toString());
    }

    public Response post(String rawBody) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)).build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
