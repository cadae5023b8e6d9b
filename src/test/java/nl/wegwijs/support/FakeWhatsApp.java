package nl.wegwijs.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp Business Cloud API (Graph API), faked at the HTTP level: the app posts its messages
 * here, and tests build the webhook deliveries Meta would post to the app, signed with the app secret.
 */
public final class FakeWhatsApp implements AutoCloseable {

    public static final String PHONE_NUMBER_ID = "109876543210987";
    public static final String ACCESS_TOKEN = "EAAG-test-token";
    public static final String VERSION = "/v23.0";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final AtomicLong ids = new AtomicLong(1000);

    public FakeWhatsApp() {
        server.start();
        server.stubFor(post(urlEqualTo(messagesPath())).atPriority(10).willReturn(okJson(
                "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT{{randomValue length=12 type='ALPHANUMERIC'}}\"}]}")
                .withTransformers("response-template")));
        mediaStore();
    }

    /** Graph's media store: every upload gets a new media id ({@link #uploads()}). */
    private void mediaStore() {
        server.stubFor(post(urlEqualTo(VERSION + "/" + PHONE_NUMBER_ID + "/media")).atPriority(10).willReturn(okJson(
                "{\"id\":\"UP{{randomValue length=10 type='NUMERIC'}}\"}").withTransformers("response-template")));
    }

    /** The multipart bodies the app uploaded to the media store, in order. */
    public List<com.github.tomakehurst.wiremock.verification.LoggedRequest> uploads() {
        return server.findAll(postRequestedFor(urlEqualTo(VERSION + "/" + PHONE_NUMBER_ID + "/media")));
    }

    /** Exactly the variables an operator sets (README, "WhatsApp"). */
    public Map<String, String> variables(String appSecret, String verifyToken) {
        return Map.of(
                "WHATSAPP_ACCESS_TOKEN", ACCESS_TOKEN,
                "WHATSAPP_PHONE_NUMBER_ID", PHONE_NUMBER_ID,
                "WHATSAPP_APP_SECRET", appSecret,
                "WHATSAPP_VERIFY_TOKEN", verifyToken,
                "WHATSAPP_API_URL", server.baseUrl() + VERSION);
    }

    public WireMockServer server() {
        return server;
    }

    public static String messagesPath() {
        return VERSION + "/" + PHONE_NUMBER_ID + "/messages";
    }

    /** A media object and its bytes, as Graph serves them: first the address, then the file behind it. */
    public void media(String mediaId, String mimeType, byte[] bytes) {
        server.stubFor(get(urlEqualTo(VERSION + "/" + mediaId)).willReturn(okJson("{\"url\":\"" + server.baseUrl()
                + "/lookaside/" + mediaId + "\",\"mime_type\":\"" + mimeType + "\",\"file_size\":" + bytes.length
                + ",\"id\":\"" + mediaId + "\",\"messaging_product\":\"whatsapp\"}")));
        server.stubFor(get(urlEqualTo("/lookaside/" + mediaId)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", mimeType).withBody(bytes)));
    }

    /** The next {@code times} sends answer this status (429 with Retry-After 1, or a 5xx), then all is well again. */
    public void failNext(int status, int times) {
        String scenario = "fail-" + status + "-" + ids.incrementAndGet();
        for (int i = 0; i < times; i++) {
            var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":{\"message\":\"failing\",\"type\":\"OAuthException\",\"code\":" + (status == 429 ? 130429 : 2) + "}}");
            if (status == 429) {
                response = response.withHeader("Retry-After", "1");
            }
            // Read receipts are sent once and never retried: the failures are for the answer's sends.
            server.stubFor(post(urlEqualTo(messagesPath())).atPriority(1).inScenario(scenario)
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("\"status\":\"read\""))
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willReturn(response).willSetStateTo("failed-" + (i + 1)));
        }
    }

    /** Every message body the app posted (text, interactive, template, read receipts), in order. */
    public List<JsonNode> posted() {
        List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events); // WireMock lists the newest first
        List<JsonNode> bodies = new ArrayList<>();
        for (var event : events) {
            if (event.getRequest().getUrl().equals(messagesPath()) && event.getResponse().getStatus() == 200) {
                bodies.add(JSON.readTree(event.getRequest().getBodyAsString()));
            }
        }
        return bodies;
    }

    /** What reached this user (accepted by the fake), without read receipts. */
    public List<JsonNode> sentTo(String waId) {
        return posted().stream().filter(b -> waId.equals(b.path("to").asString(""))).toList();
    }

    /** The visible text of each message to this user: a text's body, an interactive's body, a template's name. */
    public List<String> textsTo(String waId) {
        return sentTo(waId).stream().map(FakeWhatsApp::visible).toList();
    }

    /** The ids of every choice (reply button or list row) this user was offered. */
    public List<String> choicesTo(String waId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : sentTo(waId)) {
            JsonNode action = m.path("interactive").path("action");
            action.path("buttons").forEach(b -> ids.add(b.path("reply").path("id").asString()));
            action.path("sections").forEach(s -> s.path("rows").forEach(r -> ids.add(r.path("id").asString())));
        }
        return ids;
    }

    public static String visible(JsonNode m) {
        return switch (m.path("type").asString("")) {
            case "text" -> m.path("text").path("body").asString();
            case "interactive" -> m.path("interactive").path("body").path("text").asString();
            case "template" -> "[template " + m.path("template").path("name").asString() + "]";
            case "image", "document", "audio", "video" -> "[" + m.path("type").asString() + "] "
                    + m.path(m.path("type").asString()).path("caption").asString("");
            default -> "";
        };
    }

    public List<String> readReceipts() {
        return posted().stream().filter(b -> "read".equals(b.path("status").asString(""))).map(b -> b.path("message_id").asString()).toList();
    }

    /** Every post to this user, refused ones included. */
    public int attemptsTo(String waId) {
        return (int) server.findAll(postRequestedFor(urlEqualTo(messagesPath()))).stream()
                .filter(r -> JSON.readTree(r.getBodyAsString()).path("to").asString("").equals(waId)).count();
    }

    // ---- webhook deliveries, as Meta posts them

    public String nextMessageId() {
        return "wamid.IN" + ids.incrementAndGet();
    }

    public String text(String from, String text, Instant at) {
        return delivery(message(from, nextMessageId(), at, "\"type\":\"text\",\"text\":{\"body\":" + JSON.writeValueAsString(text) + "}"));
    }

    public String buttonReply(String from, String id, String title, Instant at) {
        return delivery(message(from, nextMessageId(), at, "\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\","
                + "\"button_reply\":{\"id\":" + JSON.writeValueAsString(id) + ",\"title\":" + JSON.writeValueAsString(title) + "}}"));
    }

    public String listReply(String from, String id, String title, Instant at) {
        return delivery(message(from, nextMessageId(), at, "\"type\":\"interactive\",\"interactive\":{\"type\":\"list_reply\","
                + "\"list_reply\":{\"id\":" + JSON.writeValueAsString(id) + ",\"title\":" + JSON.writeValueAsString(title) + "}}"));
    }

    public String image(String from, String mediaId, Instant at) {
        return delivery(message(from, nextMessageId(), at, "\"type\":\"image\",\"image\":{\"id\":\"" + mediaId
                + "\",\"mime_type\":\"image/jpeg\",\"sha256\":\"x\"}"));
    }

    public String image(String from, String mediaId, String caption, Instant at) {
        return delivery(message(from, nextMessageId(), at, "\"type\":\"image\",\"image\":{\"id\":\"" + mediaId
                + "\",\"mime_type\":\"image/jpeg\",\"sha256\":\"x\",\"caption\":" + JSON.writeValueAsString(caption) + "}"));
    }

    public String document(String from, String mediaId, String mimeType, String filename, Instant at) {
        return delivery(message(from, nextMessageId(), at, "\"type\":\"document\",\"document\":{\"id\":\"" + mediaId
                + "\",\"mime_type\":\"" + mimeType + "\",\"sha256\":\"x\",\"filename\":\"" + filename + "\"}"));
    }

    public String voiceNote(String from, String mediaId, Instant at) {
        return delivery(message(from, nextMessageId(), at, "\"type\":\"audio\",\"audio\":{\"id\":\"" + mediaId
                + "\",\"mime_type\":\"audio/ogg; codecs=opus\",\"sha256\":\"x\",\"voice\":true}"));
    }

    public String status(String to) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA\",\"changes\":[{\"field\":\"messages\",\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"31850000000\",\"phone_number_id\":\""
                + PHONE_NUMBER_ID + "\"},\"statuses\":[{\"id\":\"wamid.OUT1\",\"status\":\"delivered\",\"timestamp\":\"1763800000\","
                + "\"recipient_id\":\"" + to + "\"}]}}]}]}";
    }

    public static String message(String from, String id, Instant at, String content) {
        return "{\"from\":\"" + from + "\",\"id\":\"" + id + "\",\"timestamp\":\"" + at.getEpochSecond() + "\"," + content + "}";
    }

    /** One delivery carrying these messages (Meta may batch several). */
    public static String delivery(String... messages) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA\",\"changes\":[{\"field\":\"messages\",\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"31850000000\",\"phone_number_id\":\""
                + PHONE_NUMBER_ID + "\"},\"contacts\":[{\"profile\":{\"name\":\"Parent\"},\"wa_id\":\"x\"}],\"messages\":["
                + String.join(",", messages) + "]}}]}]}";
    }

    /** The X-Hub-Signature-256 header Meta sends: HMAC-SHA256 of the raw body with the app secret. */
    public static String signature(String body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
