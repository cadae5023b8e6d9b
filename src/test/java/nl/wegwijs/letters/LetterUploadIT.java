package nl.wegwijs.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web chat's upload button end to end: letters the test renders itself (photographed: turned
 * 5 degrees, blurred, noisy, at several sizes; a two-page PDF with and without a text layer) are
 * posted as multipart to the running app, and the reply must explain at least 90% of each letter's
 * known terms, in every language. Unreadable photos get the kind refusal. Afterwards nothing of
 * the images or the text is in the database or the temporary directory. The size limit is set
 * through the operator's variable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "WEGWIJS_LETTERS_MAX_SIZE=3MB")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LetterUploadIT {

    /** Strings only the letters hold (names, reference numbers): none may be stored anywhere. */
    static final List<String> SECRETS = List.of("Idrissi", "JB-2026-04417", "Yilmaz", "WMO-2026-88121", "Regenboog", "Lindelaan");
    static Set<Path> tmpBefore;

    @LocalServerPort
    int port;
    @Autowired
    InterfaceText text;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void tmp() throws IOException {
        tmpBefore = tmpFiles();
    }

    @Test
    @Order(1)
    void aPhotographedLetterIsExplainedInEveryLanguage() throws Exception {
        int[] widths = {1100, 1650, 2400};
        int i = 0;
        for (Language language : Language.values()) {
            TestLetters.Letter letter = TestLetters.ALL.get(i % 3);
            String conversation = "letter-" + language.code();
            api().button(conversation, "lang:" + language.code());
            byte[] jpeg = LetterImages.jpeg(LetterImages.photo(letter, LetterImages.Look.photo(widths[i % 3]), 100 + i));

            ChatApiClient.Response reply = upload(conversation, "brief.jpg", "image/jpeg", jpeg);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.language()).as(letter.name() + " in " + language).isEqualTo(language.code());
            String all = reply.allText();
            assertThat(all).as("the parent sees what was read").contains(text.get(language, "letters.read", "@").split("@")[0]);
            assertThat(found(letter, all)).as(letter.name() + " in " + language + ": terms explained")
                    .isGreaterThanOrEqualTo(0.9);
            i++;
        }
    }

    @Test
    @Order(2)
    void aTwoPagePdfIsReadFromItsTextLayerOrByOcrWhenScanned() throws Exception {
        List<TestLetters.Letter> two = List.of(TestLetters.YOUTH_PROTECTION, TestLetters.SCHOOL);
        TestLetters.Letter both = new TestLetters.Letter("two pages", List.of(),
                Stream.concat(two.get(0).terms().stream(), two.get(1).terms().stream()).toList());
        for (byte[] pdf : List.of(LetterPdfs.withTextLayer(two), LetterPdfs.scanned(two))) {
            api().button("pdf-en", "lang:en");
            ChatApiClient.Response reply = upload("pdf-en", "brief.pdf", "application/pdf", pdf);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(found(both, reply.allText())).as("terms of both pages").isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    @Order(3)
    void unreadablePhotosGetAKindRefusalInTheParentsLanguage() throws Exception {
        api().button("bad-tr", "lang:tr");
        record Bad(java.awt.image.BufferedImage image, Refusal... reasons) {
        }
        List<Bad> bad = List.of(new Bad(LetterImages.dark(TestLetters.SCHOOL), Refusal.TOO_DARK),
                new Bad(LetterImages.blurred(TestLetters.SCHOOL), Refusal.BLURRED),
                new Bad(LetterImages.tiny(TestLetters.SCHOOL), Refusal.TOO_SMALL),
                new Bad(LetterImages.carpet(), Refusal.TOO_DARK, Refusal.UNREADABLE, Refusal.BLURRED));
        for (Bad b : bad) {
            // the small one as PNG, the rest as the JPEGs phones make (a noisy PNG is larger than the limit)
            boolean small = b.image().getWidth() < 600;
            ChatApiClient.Response reply = small ? upload("bad-tr", "foto.png", "image/png", LetterImages.png(b.image()))
                    : upload("bad-tr", "foto.jpg", "image/jpeg", LetterImages.jpeg(b.image()));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.language()).isEqualTo("tr");
            assertThat(Stream.of(b.reasons()).map(r -> text.get(Language.TR, r.key())).toList())
                    .as("refused with the reason").contains(reply.body().path("messages").get(0).path("text").asString());
        }
        ChatApiClient.Response word = upload("bad-tr", "brief.docx", "application/msword", "PK not a letter".getBytes(StandardCharsets.UTF_8));
        assertThat(word.allText()).contains(text.get(Language.TR, Refusal.FORMAT.key()));
        ChatApiClient.Response fake = upload("bad-tr", "brief.jpg", "image/jpeg", "not really a JPEG".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.allText()).contains(text.get(Language.TR, Refusal.FORMAT.key()));
    }

    @Test
    @Order(4)
    void aFileOverTheLimitAndARequestWithoutAFileAreShortJsonErrors() throws Exception {
        byte[] large = new byte[4 * 1024 * 1024];
        large[0] = (byte) 0xff;
        large[1] = (byte) 0xd8;
        large[2] = (byte) 0xff;
        ChatApiClient.Response tooLarge = upload("big", "big.jpg", "image/jpeg", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().path("error").asString()).isNotBlank();

        HttpResponse<String> noFile = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/letter"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noFile.statusCode()).isBetween(400, 415);
        assertThat(noFile.body()).contains("error").doesNotContain("Exception");
    }

    @Test
    @Order(5)
    void aPhotographedCryForHelpGetsTheEmergencyReply() throws Exception {
        api().button("danger-en", "lang:en");
        byte[] jpeg = LetterImages.jpeg(LetterImages.photo(TestLetters.DANGER, LetterImages.Look.photo(1650), 5));
        ChatApiClient.Response reply = upload("danger-en", "note.jpg", "image/jpeg", jpeg);
        assertThat(reply.allText()).contains("112");
    }

    @Test
    @Order(6)
    void nothingOfTheLettersIsStoredAndTheLogHoldsOnlyLetterPhotoAndTheTerms() throws Exception {
        String dump = jdbc.queryForList("SCRIPT").stream().map(row -> String.valueOf(row.values().iterator().next()))
                .collect(Collectors.joining("\n"));
        for (String secret : SECRETS) {
            assertThat(dump).as("the database").doesNotContain(secret);
        }
        // the insight recorder writes off the reply path
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM insight_record WHERE kind = 'LETTER'", Integer.class) >= 6);
        List<java.util.Map<String, Object>> letters = jdbc.queryForList("SELECT topic, question FROM insight_record WHERE kind = 'LETTER'");
        assertThat(letters).allSatisfy(row -> {
            assertThat((String) row.get("topic")).startsWith("letter (photo)");
            assertThat(row.get("question")).isNull();
        });
        assertThat(letters).anySatisfy(row -> assertThat((String) row.get("topic")).contains("ots").contains("gi"));

        Set<Path> now = tmpFiles();
        now.removeAll(tmpBefore);
        for (Path p : now) {
            // libraries may unpack themselves (tess4j, JNA); no file may hold an image or the letter's words
            byte[] head = Files.isRegularFile(p) && Files.size(p) < 50_000_000 ? Files.readAllBytes(p) : new byte[0];
            assertThat(LetterReader.format(head)).as(p + " is no letter").isEmpty();
            String asText = new String(head, StandardCharsets.ISO_8859_1);
            for (String secret : SECRETS) {
                assertThat(asText).as(p.toString()).doesNotContain(secret);
            }
        }
    }

    static double found(TestLetters.Letter letter, String reply) {
        String lower = reply.toLowerCase(Locale.ROOT);
        long found = letter.terms().stream().filter(t -> lower.contains(t.toLowerCase(Locale.ROOT))).count();
        return (double) found / letter.terms().size();
    }

    private static Set<Path> tmpFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 4)) {
            return files.filter(p -> {
                try {
                    return Files.isRegularFile(p) && Files.isReadable(p);
                } catch (RuntimeException e) {
                    return false;
                }
            }).collect(Collectors.toCollection(java.util.HashSet::new));
        } catch (java.io.UncheckedIOException e) {
            return new java.util.HashSet<>();
        }
    }

    private ChatApiClient api;

    /** One client for the class, so a conversation started by a button continues under the id the server issued. */
    ChatApiClient api() {
        if (api == null) {
            api = new ChatApiClient(port);
        }
        return api;
    }

    ChatApiClient.Response upload(String name, String filename, String mime, byte[] bytes) throws Exception {
        String conversation = api().idOf(name);
        String boundary = "----wegwijs" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"conversationId\"\r\n\r\n" + conversation
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + mime + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/letter"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new ChatApiClient.Response(response.statusCode(), response.body());
    }
}
