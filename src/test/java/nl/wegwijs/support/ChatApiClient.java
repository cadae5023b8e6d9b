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
    /** A test names its conversations ("c1"); the server issues the real ids, as it does for the page. */
    private final java.util.Map<String, String> issued;
    /** Behind a proxy: the client address each message claims in X-Forwarded-For. */
    private java.util.function.Supplier<String> forwardedFor = () -> "";

    public ChatApiClient(int port) {
        this(port, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** The same user (the same issued ids) talking to another replica behind the load balancer. */
    public ChatApiClient onReplica(int port) {
        return new ChatApiClient(port, issued);
    }

    /** Every message as if from the address the supplier gives, through a trusted proxy. */
    public ChatApiClient behindProxy(java.util.function.Supplier<String> addresses) {
        this.forwardedFor = addresses;
        return this;
    }

    private ChatApiClient(int port, java.util.Map<String, String> shared) {
        this.base = "http://localhost:" + port;
        this.issued = shared;
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

    /**
     * Sends as the page does: the first message of a conversation the test calls {@code name} goes
     * out with that name, which the server did not issue, so it starts a new conversation; every
     * later one continues with the id of the last reply.
     */
    public Response text(String name, String text) {
        return remember(name, post(JSON.createObjectNode().put("conversationId", idOf(name)).put("text", text).toString()));
    }

    public Response button(String name, String value) {
        return remember(name, post(JSON.createObjectNode().put("conversationId", idOf(name)).put("button", value).toString()));
    }

    /** The id the server issued for the test's conversation {@code name} (the name itself before that). */
    public String idOf(String name) {
        return issued.getOrDefault(name, name);
    }

    private Response remember(String name, Response response) {
        String id = response.body().path("conversationId").asString("");
        if (response.status() == 200 && !id.isBlank()) {
            issued.put(name, id);
        }
        return response;
    }

    public Response post(String rawBody) {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/chat")).header("Content-Type", "application/json");
        String address = forwardedFor.get();
        if (!address.isEmpty()) {
            request.header("X-Forwarded-For", address);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(rawBody)).build());
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
