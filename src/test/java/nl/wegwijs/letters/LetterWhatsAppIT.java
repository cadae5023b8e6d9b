package nl.wegwijs.letters;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.support.Databases;
import nl.wegwijs.support.FakeWhatsApp;
import nl.wegwijs.support.OperatorEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A photo or PDF of a letter sent on WhatsApp, end to end: Meta's signed deliveries posted to the
 * app, the file fetched from a WireMock Graph API (media object, then its URL), "reading your
 * letter…" at once and the explanation afterwards, another parent answered meanwhile; unreadable,
 * too large and wrong files kindly refused; nothing of the letters kept in the database. Configured
 * only through the variables README names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LetterWhatsAppIT.Env.class)
@DirtiesContext
class LetterWhatsAppIT {

    static final String APP_SECRET = "letters-app-secret";
    static final FakeWhatsApp whatsapp = new FakeWhatsApp();

    static class Env extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            Map<String, String> variables = new HashMap<>(whatsapp.variables(APP_SECRET, "verify"));
            variables.put("SPRING_DATASOURCE_URL", Databases.freshH2Url("letters-whatsapp-"));
            variables.put("WEGWIJS_LETTERS_MAX_SIZE", "3MB");
            return variables;
        }
    }

    @Autowired
    InterfaceText text;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        whatsapp.close();
    }

    void post(String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whatsapp/webhook"))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", FakeWhatsApp.signature(body, APP_SECRET))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    void speaks(String parent, String language) throws Exception {
        post(whatsapp.listReply(parent, "lang:" + language, language, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> !whatsapp.sentTo(parent).isEmpty());
    }

    static String texts(String parent) {
        return String.join("\n", whatsapp.textsTo(parent));
    }

    String readPrefix(Language language) {
        return text.get(language, "letters.read", "@").split("@")[0];
    }

    @Test
    void aPhotographedLetterIsReadAndExplainedWhileAnotherParentIsAnswered() throws Exception {
        String parent = "31611100001";
        String other = "31611100002";
        whatsapp.media("YP-PHOTO", "image/jpeg",
                LetterImages.jpeg(LetterImages.photo(TestLetters.YOUTH_PROTECTION, LetterImages.Look.photo(1650), 21)));
        speaks(parent, "pl");

        post(whatsapp.image(parent, "YP-PHOTO", Instant.now()));
        post(whatsapp.text(other, "wat is een gezinsvoogd?", Instant.now()));

        // The explanation follows what was read in messages of its own: wait for the terms, not the first one.
        await().atMost(Duration.ofSeconds(90)).until(() -> LetterUploadIT.found(TestLetters.YOUTH_PROTECTION, texts(parent)) >= 0.9);
        String all = texts(parent);
        assertThat(all).contains(text.get(Language.PL, "letters.reading")).contains(readPrefix(Language.PL));
        whatsapp.server().verify(getRequestedFor(urlEqualTo(FakeWhatsApp.VERSION + "/YP-PHOTO")));
        whatsapp.server().verify(getRequestedFor(urlEqualTo("/lookaside/YP-PHOTO")));

        // The other parent's answer went out before the letter was done: OCR runs on its own executor.
        List<String> order = whatsapp.posted().stream().filter(m -> m.has("to"))
                .map(m -> m.path("to").asString() + " " + FakeWhatsApp.visible(m)).toList();
        int answered = indexOf(order, other + " ");
        int explained = indexOf(order, parent + " " + readPrefix(Language.PL));
        assertThat(answered).isNotNegative().isLessThan(explained);
    }

    @Test
    void aPdfIsReadAndBlurredTooLargeAndWrongFilesAreKindlyRefused() throws Exception {
        String parent = "31611100003";
        whatsapp.media("PDF-DOC", "application/pdf", LetterPdfs.withTextLayer(List.of(TestLetters.MUNICIPAL)));
        whatsapp.media("BLURRED", "image/jpeg", LetterImages.jpeg(LetterImages.blurred(TestLetters.SCHOOL)));
        byte[] big = new byte[3_500_000];
        new Random(7).nextBytes(big);
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        whatsapp.media("HUGE", "image/jpeg", big);
        whatsapp.media("WORD", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK\u0003\u0004 not a letter".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        speaks(parent, "uk");

        post(whatsapp.document(parent, "PDF-DOC", "application/pdf", "brief.pdf", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> LetterUploadIT.found(TestLetters.MUNICIPAL, texts(parent)) >= 0.9);
        assertThat(texts(parent)).contains(readPrefix(Language.UK));

        post(whatsapp.image(parent, "BLURRED", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> texts(parent).contains(text.get(Language.UK, Refusal.BLURRED.key())));

        post(whatsapp.image(parent, "HUGE", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> texts(parent).contains(text.get(Language.UK, Refusal.TOO_LARGE.key())));
        assertThat(whatsapp.server().findAll(getRequestedFor(urlEqualTo("/lookaside/HUGE"))))
                .as("Graph's file_size said too large: not downloaded").isEmpty();

        post(whatsapp.document(parent, "WORD", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "brief.docx", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> texts(parent).contains(text.get(Language.UK, Refusal.FORMAT.key())));

        // Each refusal offers a person, as on Telegram.
        assertThat(whatsapp.sentTo(parent).stream().filter(m -> m.toString().contains("cmd:mens")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void nothingOfAReadLetterIsKeptInTheDatabase() throws Exception {
        String parent = "31611100004";
        whatsapp.media("SCHOOL-PHOTO", "image/jpeg",
                LetterImages.jpeg(LetterImages.photo(TestLetters.SCHOOL, LetterImages.Look.photo(1650), 3)));
        speaks(parent, "nl");
        post(whatsapp.image(parent, "SCHOOL-PHOTO", Instant.now()));
        await().atMost(Duration.ofSeconds(90)).until(() -> texts(parent).contains(readPrefix(Language.NL)));
        // The explanation's parts wait in the outbox only until each is sent (the Bot API may log a
        // part a moment before its row is deleted); once all are out, nothing of the letter may remain.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class) == 0);

        String dump = jdbc.queryForList("SCRIPT").stream().map(row -> String.valueOf(row.values().iterator().next()))
                .collect(Collectors.joining("\n"));
        for (String secret : LetterUploadIT.SECRETS) {
            assertThat(dump).as("the database").doesNotContain(secret);
        }
        assertThat(dump).as("only the media id was stored, never the file's address").doesNotContain("/lookaside/");
    }

    private static int indexOf(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
