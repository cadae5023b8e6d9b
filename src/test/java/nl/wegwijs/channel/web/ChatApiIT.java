package nl.wegwijs.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChatApiIT {

    @LocalServerPort
    int port;

    ChatApiClient api;

    @BeforeEach
    void setUp() {
        api = new ChatApiClient(port);
    }

    @Test
    void answersAGreetingWithLanguageButtons() {
        var response = api.text("c-start", "/start");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.language()).isEqualTo("nl");
        assertThat(response.body().path("messages").get(1).path("buttons").size()).isEqualTo(6);
    }

    @Test
    void aButtonSwitchesTheLanguageAndMarksArabicRightToLeft() {
        var response = api.button("c-ar", "lang:ar");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.language()).isEqualTo("ar");
        assertThat(response.body().path("rtl").asBoolean()).isTrue();
    }

    @Test
    void aFirstMessageWithoutAnIdStartsAConversationUnderAnIdTheServerIssues() {
        var first = api.post("{\"text\": \"/taal\"}");
        assertThat(first.status()).isEqualTo(200);
        String issued = first.body().path("conversationId").asString();
        assertThat(issued).startsWith("w-").hasSizeBetween(40, 64);
        assertThat(api.post("{\"text\": \"hallo\"}").body().path("conversationId").asString()).isNotEqualTo(issued);

        var next = api.button(issued, "lang:tr");
        assertThat(next.body().path("conversationId").asString()).isEqualTo(issued);
        assertThat(api.text(issued, "wat is een ots").language()).as("the language chosen in the issued conversation").isEqualTo("tr");
    }

    @Test
    void anIdTheServerDidNotIssueStartsANewConversationAndCannotTakeOverAnother() {
        String issued = api.button("owner", "lang:tr").body().path("conversationId").asString();
        // A client-chosen id, a guess, and the owner's id with its signature altered are all strangers.
        for (String stranger : new String[] {"my-own-id", "w-" + issued.substring(2, 20), issued.substring(0, issued.length() - 1)
                + (issued.endsWith("A") ? "B" : "A")}) {
            var response = api.post("{\"conversationId\": \"" + stranger + "\", \"text\": \"wat is een ots\"}");
            assertThat(response.status()).isEqualTo(200);
            String given = response.body().path("conversationId").asString();
            assertThat(given).as("a new conversation under a new id").isNotIn(stranger, issued).startsWith("w-");
            assertThat(response.language()).as("not the owner's Turkish").isEqualTo("nl");
        }
        assertThat(api.text("owner", "wat is een ots").language()).as("the owner's conversation is untouched").isEqualTo("tr");
    }

    @Test
    void refusesMissingFieldsWithAShortMessage() {
        assertThat(api.post("{\"button\": \"lang:ar\"}").status()).isEqualTo(400);
        assertThat(api.post("{\"conversationId\": \"x\"}").body().path("error").asString()).contains("missing");
        assertThat(api.post("{}").status()).isEqualTo(400);
        assertThat(api.post("").status()).isEqualTo(400);
    }

    @Test
    void refusesTextOverFourThousandCharacters() {
        var response = api.text("c-long", "a".repeat(4001));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("error").asString()).contains("4000");
        assertThat(api.text("c-long", "a ".repeat(2000)).status()).isEqualTo(200);
    }

    @Test
    void refusesAConversationIdOverSixtyFourCharacters() {
        assertThat(api.text("x".repeat(65), "hallo").status()).isEqualTo(400);
    }

    @Test
    void refusesUnknownButtons() {
        var response = api.button("c-btn", "cmd:launch-rockets");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("error").asString()).isEqualTo("unknown button");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{bad json", "[1,2,3]", "{\"conversationId\": 5, \"text\": {\"a\": 1}}", "null"})
    void refusesMalformedJsonWithoutAStackTrace(String body) {
        var response = api.post(body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("at nl.").doesNotContain("trace");
    }

    @Test
    void refusesAWrongContentTypeWithJson() {
        var response = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/chat"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hallo")).build());

        assertThat(response.status()).as("Unsupported Media Type").isEqualTo(415);
        assertThat(response.body().has("error")).isTrue();
    }

    @Test
    void answersDangerWithTheEmergencyNumbersFirstInTheWritersLanguage() {
        var response = api.text("c-crisis", "kocam beni ve çocukları dövüyor");

        String first = response.body().path("messages").get(0).path("text").asString();
        assertThat(response.language()).isEqualTo("tr");
        assertThat(first).contains("112").contains("0800-2000");
        assertThat(response.body().path("messages").size()).as("an acute rule: the numbers and nothing else").isEqualTo(1);
    }

    /**
     * A realistic training message (a courier at a door where a woman bled and was pulled back inside) that no rule reads
     * as acute and the statistical signal does: the numbers first, and the normal answer still follows, because the
     * signal alone now and then takes an ordinary question for a crisis. If a rule comes to read it, pick another message
     * that only the signal reads as acute.
     */
    @Test
    void whenOnlyTheStatisticalSignalSeesDangerNowTheNumbersComeFirstAndTheAnswerStillFollows() {
        var response = api.text("c-signal",
                "kargo getirdim kapiyi kadin acti yuzunde kan vardi yardim dedi sonra adam onu iceri cekip kapiyi carpti hala kapinin onundeyim");

        var messages = response.body().path("messages");
        assertThat(messages.get(0).path("text").asString()).contains("112");
        assertThat(messages.size()).as("the normal answer follows the numbers").isGreaterThan(1);
        assertThat(messages.get(1).path("text").asString()).doesNotContain("112");
    }

    @Test
    void givesTheNormalAnswerToAQuestionAboutAService() {
        var response = api.text("c-vt", "Wat doet Veilig Thuis?");

        assertThat(response.allText()).contains("0800-2000").doesNotContain("Bel nu");
    }

    @Test
    void servesTheChatPageAndHealthWithoutLogin() {
        var page = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/")).GET().build());
        var health = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/actuator/health")).GET().build());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("<main").contains("chat.js");
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
    }
}
