package nl.wegwijs.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.wegwijs.handoff.MutableClock;
import nl.wegwijs.support.Databases;
import nl.wegwijs.support.FakeTelegram;
import nl.wegwijs.support.FakeWhatsApp;
import nl.wegwijs.support.OperatorEnvironment;
import nl.wegwijs.support.Registries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * A parent on WhatsApp, end to end: Meta's signed webhook deliveries are posted to the app, the app
 * answers through a WireMock Graph API, and an intermediary on Telegram (webhook mode, a fake Bot
 * API) takes the handoff. Configured only through the variables README names. A clock the test
 * moves stands in for the 24 hours of WhatsApp's window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = WhatsAppEndToEndIT.Env.class)
@Import(WhatsAppEndToEndIT.TestClock.class)
@DirtiesContext
class WhatsAppEndToEndIT {

    static final String APP_SECRET = "meta-app-secret";
    static final String VERIFY_TOKEN = "verify-me";
    static final String TELEGRAM_SECRET = "tg-secret";
    static final long SANNE = 7101;
    static final FakeWhatsApp whatsapp = new FakeWhatsApp();
    static final FakeTelegram telegram = new FakeTelegram();

    static class Env extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            Map<String, String> variables = new HashMap<>(whatsapp.variables(APP_SECRET, VERIFY_TOKEN));
            variables.putAll(telegram.webhookVariables(TELEGRAM_SECRET));
            variables.put("SPRING_DATASOURCE_URL", Databases.freshH2Url("whatsapp-"));
            variables.put("WEGWIJS_INTERMEDIARIES", Registries.oneIntermediary("Sanne", SANNE, "nl", "ar").toString());
            // Retries fast in a test; the 429's Retry-After (1 s) is still honoured.
            variables.put("WEGWIJS_WHATSAPP_BACKOFF", "50ms");
            variables.put("WEGWIJS_HANDOFF_TICK", "200ms");
            return variables;
        }
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            // whole milliseconds: a frozen instant with sub-microsecond digits is stored rounded up by
            // the database, so a row due "now" would look a moment in the future to the relay forever
            return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        whatsapp.close();
        telegram.close();
    }

    /** Whatever a test did, nothing the app sent may break WhatsApp's limits. */
    @AfterEach
    void everythingSentFitsWhatsApp() {
        for (JsonNode m : whatsapp.posted()) {
            WhatsAppLimits.check(m);
        }
    }

    // ---- helpers

    int postSigned(String body) throws Exception {
        return post(body, FakeWhatsApp.signature(body, APP_SECRET));
    }

    int post(String body, String signature) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whatsapp/webhook"))
                .header("Content-Type", "application/json");
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    void says(String parent, String text) throws Exception {
        assertThat(postSigned(whatsapp.text(parent, text, clock.instant()))).isEqualTo(200);
    }

    void presses(String parent, String id) throws Exception {
        assertThat(postSigned(whatsapp.buttonReply(parent, id, "x", clock.instant()))).isEqualTo(200);
    }

    void telegramPost(String update) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    void until(String what, Callable<Boolean> condition) {
        try {
            await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
        } catch (RuntimeException e) {
            System.err.println("DIAG outbox " + jdbc.sql("SELECT direction, attempts, next_attempt_at, lease_until FROM handoff_outbox").query().listOfRows());
            System.err.println("DIAG tickets " + jdbc.sql("SELECT status, parent_channel FROM handoff_ticket").query().listOfRows());
            System.err.println("DIAG inbox " + jdbc.sql("SELECT source, status, attempts FROM inbox_message WHERE status <> 'DONE'").query().listOfRows());
            System.err.println("DIAG clock " + clock.instant());
            whatsapp.posted().forEach(m -> System.err.println("DIAG wa " + m.path("to").asString("") + " " + FakeWhatsApp.visible(m).replace('\n', ' ')));
            System.err.println("DIAG tg " + telegramText(SANNE).replace('\n', ' '));
            throw e;
        }
    }

    static String all(String parent) {
        return String.join("\n", whatsapp.textsTo(parent));
    }

    static List<String> choices(String parent) {
        return whatsapp.choicesTo(parent);
    }

    static String telegramText(long chat) {
        return String.join("\n", telegram.deliveredTo(chat).stream().map(n -> n.path("text").asString()).toList());
    }

    static String claimButton(long chat) {
        return telegram.callbacksTo(chat).stream().filter(c -> c.startsWith("hi:claim:")).findFirst().orElse(null);
    }

    // ---- the webhook

    @Test
    void answersMetasVerificationOnlyWithTheVerifyToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String good = "http://localhost:" + port + "/whatsapp/webhook?hub.mode=subscribe&hub.verify_token="
                + URLEncoder.encode(VERIFY_TOKEN, StandardCharsets.UTF_8) + "&hub.challenge=1158201444";
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(good)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");

        String bad = good.replace(VERIFY_TOKEN, "guess");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(bad)).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void refusesDeliveriesWithoutAValidSignatureAndAnswersSignedOnes() throws Exception {
        String parent = "31600000001";
        String body = whatsapp.text(parent, "/start", clock.instant());
        assertThat(post(body, null)).as("no signature").isEqualTo(401);
        assertThat(post(body, FakeWhatsApp.signature(body, "another-app"))).as("another app's secret").isEqualTo(401);
        assertThat(post(body, "sha256=" + "0".repeat(64))).as("made up").isEqualTo(401);
        String tampered = body.replace("/start", "/vergeet");
        assertThat(post(tampered, FakeWhatsApp.signature(body, APP_SECRET))).as("body changed after signing").isEqualTo(401);
        Thread.sleep(500);
        assertThat(whatsapp.sentTo(parent)).as("nothing answered").isEmpty();

        assertThat(post(body, FakeWhatsApp.signature(body, APP_SECRET))).isEqualTo(200);
        until("greeted", () -> all(parent).contains("Wegwijs"));
        assertThat(all(parent)).contains("112");
    }

    @Test
    void aRedeliveredMessageIsAnsweredOnceAndStatusesAreIgnored() throws Exception {
        String parent = "31600000002";
        String body = whatsapp.text(parent, "Wat is een OTS?", clock.instant());
        assertThat(postSigned(body)).isEqualTo(200);
        assertThat(postSigned(body)).as("Meta resends what it thinks failed").isEqualTo(200);
        assertThat(postSigned(whatsapp.status(parent))).isEqualTo(200);
        until("answered", () -> !whatsapp.sentTo(parent).isEmpty());
        Thread.sleep(1000);
        assertThat(whatsapp.sentTo(parent)).as("one answer").hasSize(1);
        assertThat(all(parent)).containsIgnoringCase("ondertoezichtstelling");
    }

    // ---- conversation

    @Test
    void aQuestionIsAnsweredAndMarkedRead() throws Exception {
        String parent = "31600000003";
        String body = whatsapp.text(parent, "Mijn dochter van 15 wil niet meer naar school, waar kan ik terecht?", clock.instant());
        String messageId = GraphApi.JSON.readTree(body).path("entry").get(0).path("changes").get(0).path("value").path("messages")
                .get(0).path("id").asString();
        assertThat(postSigned(body)).isEqualTo(200);
        until("answered", () -> !whatsapp.sentTo(parent).isEmpty());
        assertThat(all(parent)).isNotBlank();
        assertThat(whatsapp.readReceipts()).as("blue ticks for the parent's message").contains(messageId);
    }

    @Test
    void choicesBecomeButtonsOrAListAndAPickedOneComesBackAsAButton() throws Exception {
        String parent = "31600000004";
        says(parent, "/taal");
        until("language choices", () -> choices(parent).contains("lang:en"));
        JsonNode picker = whatsapp.sentTo(parent).stream().filter(m -> m.path("interactive").path("type").asString("").equals("list"))
                .findFirst().orElseThrow();
        assertThat(picker.path("interactive").path("action").path("sections").get(0).path("rows")).as("six languages in one list")
                .hasSize(6);

        assertThat(postSigned(whatsapp.listReply(parent, "lang:en", "English", clock.instant()))).isEqualTo(200);
        until("switched to English", () -> all(parent).contains("English"));
        int before = whatsapp.sentTo(parent).size();
        says(parent, "What is a gezinsvoogd?");
        until("answered in English", () -> whatsapp.sentTo(parent).size() > before);
        assertThat(whatsapp.textsTo(parent).get(before)).contains("guardian");
    }

    @Test
    void aPhotoIsTakenForALetterAndOneThatIsNoImageIsKindlyRefused() throws Exception {
        String parent = "31600000005";
        whatsapp.media("MEDIA123", "image/jpeg", new byte[] {1, 2, 3});
        assertThat(postSigned(whatsapp.image(parent, "MEDIA123", clock.instant()))).isEqualTo(200);
        until("read and refused", () -> all(parent).contains("Dit soort bestand kan ik niet openen"));
        assertThat(all(parent)).contains("Ik lees je brief");
        assertThat(choices(parent)).as("the offer of a person").contains("cmd:mens");
    }

    @Test
    void aCrisisGetsTheEmergencyNumbersOnce() throws Exception {
        String parent = "31600000006";
        says(parent, "my husband is hitting me");
        until("emergency reply", () -> all(parent).contains("112"));
        Thread.sleep(1500);
        assertThat(all(parent)).contains("0800-2000");
        long emergencies = whatsapp.textsTo(parent).stream().filter(t -> t.contains("112")).count();
        assertThat(emergencies).as("sent at intake, not again by the pipeline").isEqualTo(1);
        assertThat(choices(parent)).as("the offer of a person").contains("cmd:mens");
    }

    // ---- 429 and 5xx

    @Test
    void retriesAfterTooManyRequestsAndServerErrors() throws Exception {
        String parent = "31600000007";
        whatsapp.failNext(429, 2);
        says(parent, "Wat is een OTS?");
        until("answered after two 429s", () -> !whatsapp.sentTo(parent).isEmpty());
        assertThat(whatsapp.attemptsTo(parent)).as("two refused, then sent").isEqualTo(whatsapp.sentTo(parent).size() + 2);

        String other = "31600000008";
        whatsapp.failNext(503, 2);
        says(other, "Wat is een OTS?");
        until("answered after two 503s", () -> !whatsapp.sentTo(other).isEmpty());
        assertThat(whatsapp.attemptsTo(other)).as("two refused, then sent").isEqualTo(whatsapp.sentTo(other).size() + 2);
        assertThat(all(other)).containsIgnoringCase("ondertoezichtstelling");
    }

    // ---- handoff to a Telegram intermediary, and the 24-hour window

    @Test
    void aWhatsAppParentTalksWithATelegramIntermediaryAndTheWindowHoldsLateMessages() throws Exception {
        String parent = "31612345678";
        says(parent, "Mijn zoon van 14 gaat niet meer naar school. Bel mij op 06-12345678, ik ben Fatima El Amrani.");
        until("answered", () -> !whatsapp.sentTo(parent).isEmpty());
        presses(parent, "cmd:mens");
        until("consent asked", () -> choices(parent).contains("ho:yes"));
        presses(parent, "ho:yes");

        until("Sanne is told", () -> claimButton(SANNE) != null);
        String told = telegramText(SANNE);
        assertThat(told).as("an alias, never the number or name").contains("#").doesNotContain(parent).doesNotContain("06-12345678")
                .doesNotContain("Fatima");

        // The consent's own reply may still be on its way: wait for the words that name who took it.
        telegramPost(telegram.button(SANNE, claimButton(SANNE)));
        until("the parent hears Sanne took it", () -> all(parent).contains("Sanne"));

        says(parent, "Dank u. Hij zegt dat hij gepest wordt.");
        until("relayed to Sanne", () -> telegramText(SANNE).contains("Hij zegt dat hij gepest wordt."));

        telegramPost(telegram.text(SANNE, "Wat naar. Zullen we samen de mentor bellen?"));
        until("relayed to the parent", () -> all(parent).contains("Zullen we samen de mentor bellen?"));

        // Media both ways: the parent's photo is fetched from Graph and uploaded to Telegram; Sanne's
        // document is fetched from Telegram, uploaded to Graph and sent by its new media id.
        byte[] photo = jpegBytes();
        whatsapp.media("WA-PHOTO-1", "image/jpeg", photo);
        assertThat(postSigned(whatsapp.image(parent, "WA-PHOTO-1", "het rapport", clock.instant()))).isEqualTo(200);
        until("the photo reaches Sanne", () -> !telegram.sentRaw("sendphoto").isEmpty());
        String upload = telegram.sentRaw("sendphoto").get(0);
        assertThat(upload).as("uploaded, not a WhatsApp id").contains("foto.jpg").doesNotContain("WA-PHOTO-1")
                .contains("het rapport");
        assertThat(telegram.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(FakeTelegram.path("sendphoto"))))
                .get(0).getBody()).as("the photo's own bytes").containsSubsequence(photo[0], photo[1], photo[2], photo[100], photo[101]);
        assertThat(all(parent)).as("a photo in a handoff is relayed, not read as a letter").doesNotContain("Ik lees je brief");

        byte[] pdf = "%PDF-1.4 een formulier".getBytes(StandardCharsets.ISO_8859_1);
        telegram.file("tg-doc-1", "documents/file_9.pdf", pdf);
        telegramPost(telegram.document(SANNE, "tg-doc-1", "Dit formulier bedoel ik"));
        until("the document reaches the parent", () -> whatsapp.sentTo(parent).stream()
                .anyMatch(m -> m.path("type").asString("").equals("document")));
        JsonNode document = whatsapp.sentTo(parent).stream().filter(m -> m.path("type").asString("").equals("document"))
                .findFirst().orElseThrow();
        assertThat(document.path("document").path("id").asString()).as("sent by the id Graph gave the upload").startsWith("UP");
        assertThat(document.path("document").path("caption").asString()).contains("Sanne").contains("Dit formulier bedoel ik");
        assertThat(whatsapp.uploads()).hasSize(1);
        assertThat(whatsapp.uploads().get(0).getBodyAsString()).contains("application/pdf").contains("een formulier");

        // A voice note goes as one (Telegram wants OGG/Opus, which WhatsApp's voice notes are).
        byte[] ogg = "OggS\0\2 een spraakbericht".getBytes(StandardCharsets.ISO_8859_1);
        whatsapp.media("WA-VOICE-1", "audio/ogg", ogg);
        assertThat(postSigned(whatsapp.voiceNote(parent, "WA-VOICE-1", clock.instant()))).isEqualTo(200);
        until("the voice note reaches Sanne", () -> !telegram.sentRaw("sendVoice").isEmpty());
        assertThat(telegram.sentRaw("sendVoice").get(0)).contains("spraakbericht.ogg").contains("een spraakbericht");

        // A file Telegram does not hand over: the parent gets Sanne's caption and an honest note, and
        // the queue moves on (her next message is not held up behind it).
        telegramPost(telegram.photo(SANNE, "tg-gone", "Kijk hier eens naar"));
        until("told the file did not come", () -> all(parent).contains("Kijk hier eens naar")
                && all(parent).contains("Bij dit bericht hoorde een bestand, maar dat kon niet worden doorgestuurd."));
        telegramPost(telegram.text(SANNE, "Na de foto."));
        until("the next message follows", () -> all(parent).contains("Na de foto."));

        // A day and more later: only the approved template may go out; the text waits in the database.
        clock.advance(Duration.ofHours(25));
        telegramPost(telegram.text(SANNE, "Hoe ging het gesprek met de mentor?"));
        until("the template instead", () -> all(parent).contains("[template wegwijs_new_message]"));
        telegramPost(telegram.text(SANNE, "Ik ben er morgen ook."));
        until("both held", () -> jdbc.sql("SELECT COUNT(*) FROM window_pending").query(Long.class).single() == 2);
        Thread.sleep(500);
        assertThat(all(parent)).doesNotContain("Hoe ging het gesprek met de mentor?").doesNotContain("Ik ben er morgen ook.");
        assertThat(whatsapp.textsTo(parent).stream().filter(t -> t.startsWith("[template")).count()).as("one notice").isEqualTo(1);
        JsonNode template = whatsapp.sentTo(parent).stream().filter(m -> m.path("type").asString("").equals("template"))
                .findFirst().orElseThrow();
        assertThat(template.path("template").path("language").path("code").asString()).isEqualTo("nl");

        // The parent answers: what waited goes out first, in order, and their answer reaches Sanne.
        says(parent, "Goed, dank u.");
        until("held messages delivered", () -> all(parent).contains("Ik ben er morgen ook."));
        List<String> texts = whatsapp.textsTo(parent);
        assertThat(indexOf(texts, "Hoe ging het gesprek")).isLessThan(indexOf(texts, "Ik ben er morgen ook."));
        until("the answer relayed", () -> telegramText(SANNE).contains("Goed, dank u."));
        // The relay can go out before the turn's transaction (which took the held rows) commits.
        until("nothing held any more", () -> jdbc.sql("SELECT COUNT(*) FROM window_pending").query(Long.class).single() == 0);
    }

    static byte[] jpegBytes() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(List<String> texts, String fragment) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
