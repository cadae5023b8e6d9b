package nl.wegwijs.letters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A photo or PDF of a letter sent on Telegram, end to end through the real telegrambots client and
 * a fake Bot API configured through TELEGRAM_API_URL: "reading your letter…" at once, the file
 * fetched from the fake's own file URL (not Telegram's host), the explanation afterwards; another
 * parent's question is answered meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@DirtiesContext
class LetterTelegramIT {

    static final FakeTelegram telegram = new FakeTelegram();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        // the test profile blanks wegwijs.telegram.token, so the token is set on the property itself
        registry.add("wegwijs.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("TELEGRAM_API_URL", telegram::url);
    }

    @Autowired
    InterfaceText text;

    static void file(String fileId, String path, byte[] bytes) {
        telegram.server().stubFor(post(urlEqualTo(FakeTelegram.path("getFile"))).atPriority(1)
                .withRequestBody(containing(fileId))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"u" + fileId
                        + "\",\"file_size\":" + bytes.length + ",\"file_path\":\"" + path + "\"}}")));
        telegram.server().stubFor(get(urlEqualTo("/file/bot" + FakeTelegram.TOKEN + "/" + path))
                .willReturn(aResponse().withStatus(200).withBody(bytes)));
    }

    static String texts(long chat) {
        return telegram.sentTo(chat).stream().map(b -> b.path("text").asString()).collect(Collectors.joining("\n"));
    }

    @Test
    void aPhotographedLetterIsReadAndExplainedWhileAnotherParentIsAnswered() {
        long parent = 7001;
        long other = 7002;
        file("yp-photo", "photos/file_1.jpg",
                LetterImages.jpeg(LetterImages.photo(TestLetters.YOUTH_PROTECTION, LetterImages.Look.photo(1650), 21)));
        telegram.deliver(telegram.button(parent, "lang:pl"));
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(parent).size() >= 1);

        telegram.deliver(telegram.photo(parent, "yp-photo", null), telegram.text(other, "wat is een gezinsvoogd?"));

        await().atMost(Duration.ofSeconds(90)).until(() -> texts(parent).contains(text.get(Language.PL, "letters.read", "@").split("@")[0]));
        // A long explanation goes out part by part from the outbox: wait for its last part too.
        await().atMost(Duration.ofSeconds(20)).until(() -> LetterUploadIT.found(TestLetters.YOUTH_PROTECTION, texts(parent)) >= 0.9);
        String all = texts(parent);
        assertThat(all).contains(text.get(Language.PL, "letters.reading"));
        assertThat(LetterUploadIT.found(TestLetters.YOUTH_PROTECTION, all)).isGreaterThanOrEqualTo(0.9);
        telegram.server().verify(getRequestedFor(urlEqualTo("/file/bot" + FakeTelegram.TOKEN + "/photos/file_1.jpg")));

        // The other parent's answer went out before the letter was done: OCR runs on its own executor.
        List<JsonNode> sent = telegram.sent();
        int answered = indexOf(sent, other, "gezinsvoogd");
        int explained = indexOf(sent, parent, text.get(Language.PL, "letters.read", "@").split("@")[0]);
        assertThat(answered).isNotNegative().isLessThan(explained);
    }

    @Test
    void aPdfDocumentIsReadAndAnUnreadablePhotoIsKindlyRefused() {
        long parent = 7003;
        file("pdf-doc", "documents/file_2.pdf", LetterPdfs.withTextLayer(List.of(TestLetters.MUNICIPAL)));
        file("blurred", "photos/file_3.jpg", LetterImages.jpeg(LetterImages.blurred(TestLetters.SCHOOL)));
        telegram.deliver(telegram.button(parent, "lang:uk"));
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(parent).size() >= 1);

        telegram.deliver(telegram.document(parent, "pdf-doc", null));
        await().atMost(Duration.ofSeconds(60)).until(() -> texts(parent).contains(text.get(Language.UK, "letters.read", "@").split("@")[0]));
        await().atMost(Duration.ofSeconds(20)).until(() -> LetterUploadIT.found(TestLetters.MUNICIPAL, texts(parent)) >= 0.9);

        telegram.deliver(telegram.photo(parent, "blurred", null));
        await().atMost(Duration.ofSeconds(60)).until(() -> texts(parent).contains(text.get(Language.UK, Refusal.BLURRED.key())));
    }

    private static int indexOf(List<JsonNode> sent, long chat, String fragment) {
        for (int i = 0; i < sent.size(); i++) {
            JsonNode b = sent.get(i);
            if (b.path("chat_id").asString().equals(Long.toString(chat)) && b.path("text").asString().contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
