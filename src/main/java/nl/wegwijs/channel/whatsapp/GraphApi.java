package nl.wegwijs.channel.whatsapp;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The few Graph API calls the bot makes: messages (text, interactive, template, read receipts)
 * from our phone number, and media downloads. {@link #post} tries once; {@link #postWithRetry}
 * retries 429 (after its Retry-After), 5xx and network errors with Resilience4j, backing off.
 */
class GraphApi {

    private static final Logger log = LoggerFactory.getLogger(GraphApi.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final WhatsAppProperties properties;
    private final Retry retry;

    GraphApi(WhatsAppProperties properties) {
        this.properties = properties;
        // HTTP/1.1: over plain http (a local fake, a proxy) the JDK client would try an h2c upgrade,
        // which some servers drop mid-upload (a closed channel on a multipart POST).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(20));
        this.client = RestClient.builder().requestFactory(factory)
                .defaultHeader("Authorization", "Bearer " + properties.accessToken()).build();
        this.retry = Retry.of("whatsapp-graph", RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.maxAttempts()))
                .retryOnException(e -> e instanceof GraphApiException g ? g.retryable() : e instanceof ResourceAccessException)
                .intervalBiFunction((IntervalBiFunction<Object>) (attempt, outcome) -> wait(attempt, outcome.isLeft() ? outcome.getLeft() : null))
                .build());
        retry.getEventPublisher().onRetry(e -> log.warn("whatsapp {}; retry {} in {} ms",
                e.getLastThrowable() == null ? "failed" : e.getLastThrowable().getMessage(), e.getNumberOfRetryAttempts(),
                e.getWaitInterval().toMillis()));
    }

    private long wait(int attempt, Throwable failure) {
        Duration wait = properties.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        if (failure instanceof GraphApiException g && g.retryAfter() != null) {
            wait = g.retryAfter();
        }
        return Math.min(wait.toMillis(), properties.maxBackoff().toMillis());
    }

    /** One POST to our number's messages endpoint. */
    JsonNode post(ObjectNode body) {
        String call = "messages " + body.path("type").asString(body.has("status") ? "read" : "?");
        return client.post().uri(URI.create(properties.apiUrl() + "/" + properties.phoneNumberId() + "/messages"))
                .contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body))
                .exchange((request, response) -> {
                    String answer = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    check(call, response.getStatusCode(), response.getHeaders().getFirst("Retry-After"), answer);
                    return answer.isBlank() ? JSON.createObjectNode() : JSON.readTree(answer);
                });
    }

    JsonNode postWithRetry(ObjectNode body) {
        return retry.executeSupplier(() -> post(body));
    }

    /** A photo or document the user sent: its address first (it expires within minutes), then its bytes. */
    Media download(String mediaId) {
        return download(mediaId, Long.MAX_VALUE);
    }

    /**
     * As {@link #download(String)}, reading no more than {@code maxBytes} (Graph's {@code file_size}
     * is checked first, then the stream itself): beyond it {@link TooLarge}, never retried.
     */
    Media download(String mediaId, long maxBytes) {
        Supplier<Media> once = () -> {
            JsonNode meta = client.get().uri(URI.create(properties.apiUrl() + "/" + mediaId))
                    .exchange((request, response) -> {
                        String answer = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        check("media", response.getStatusCode(), response.getHeaders().getFirst("Retry-After"), answer);
                        return JSON.readTree(answer);
                    });
            if (meta.path("file_size").asLong(0) > maxBytes) {
                throw new TooLarge();
            }
            byte[] bytes = client.get().uri(URI.create(meta.path("url").asString()))
                    .exchange((request, response) -> {
                        check("media download", response.getStatusCode(), response.getHeaders().getFirst("Retry-After"), "");
                        return readAtMost(response.getBody(), maxBytes);
                    });
            return new Media(meta.path("mime_type").asString(""), bytes);
        };
        return retry.executeSupplier(once);
    }

    private static byte[] readAtMost(java.io.InputStream body, long maxBytes) throws java.io.IOException {
        // one byte past the limit tells "too large" from "exactly the limit" without reading the rest
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes) + 1);
        if (bytes.length > maxBytes) {
            throw new TooLarge();
        }
        return bytes;
    }

    /**
     * Uploads a file to our number's media store (multipart, as Graph wants it), for a message that
     * names it by id. Tried once: the relay queue schedules the next try.
     * @return the new media id
     */
    String upload(byte[] bytes, String mimeType, String filename) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("messaging_product", "whatsapp");
        parts.add("type", mimeType);
        org.springframework.http.HttpHeaders fileHeaders = new org.springframework.http.HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType(mimeType));
        fileHeaders.setContentDispositionFormData("file", filename);
        parts.add("file", new org.springframework.http.HttpEntity<>(new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        }, fileHeaders));
        return client.post().uri(URI.create(properties.apiUrl() + "/" + properties.phoneNumberId() + "/media"))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> {
                    String answer = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    check("media upload", response.getStatusCode(), response.getHeaders().getFirst("Retry-After"), answer);
                    return JSON.readTree(answer).path("id").asString("");
                });
    }

    /** A file larger than the caller may take. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("media larger than allowed");
        }
    }

    record Media(String mimeType, byte[] bytes) {
        @Override
        public String toString() {
            return "Media[" + mimeType + ", " + bytes.length + " bytes]";
        }
    }

    private static void check(String call, HttpStatusCode status, String retryAfter, String answer) {
        if (status.is2xxSuccessful()) {
            return;
        }
        int code = 0;
        try {
            code = answer.isBlank() ? 0 : JSON.readTree(answer).path("error").path("code").asInt(0);
        } catch (RuntimeException e) {
            // Not Graph's JSON (a proxy in between): the status alone decides.
        }
        Duration after = null;
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,5}")) {
            after = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        }
        throw new GraphApiException(call, status.value(), code, after);
    }
}
