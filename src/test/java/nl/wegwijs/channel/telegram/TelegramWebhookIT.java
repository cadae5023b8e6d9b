package nl.wegwijs.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.wegwijs.support.Databases;
import nl.wegwijs.support.FakeTelegram;
import nl.wegwijs.support.OperatorEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Webhook mode, as several replicas run it: updates come in over HTTP, replies go to the Bot API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No test profile: everything an operator sets comes from the (emulated) environment, as in the Helm chart.
@ContextConfiguration(initializers = TelegramWebhookIT.Env.class)
// Closed after the class, so the bot stops polling before its fake Bot API goes away with the JVM.
@org.springframework.test.annotation.DirtiesContext
class TelegramWebhookIT {

    static final FakeTelegram telegram = new FakeTelegram();

    /** Exactly the variables README and the Helm chart name. */
    static class Env extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            Map<String, String> variables = new HashMap<>(telegram.webhookVariables("s3cret"));
            variables.put("SPRING_DATASOURCE_URL", Databases.freshH2Url("webhook-"));
            variables.put("WEGWIJS_TELEGRAM_PER_CHAT", "5");
            return variables;
        }
    }


    @LocalServerPort
    int port;

    private int post(String secret, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json");
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void registersTheWebhookWithItsSecretAndAnswersPostedUpdates() throws Exception {
        assertThat(telegram.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(FakeTelegram.path("setWebhook")))))
                .singleElement().satisfies(r -> assertThat(r.getBodyAsString()).contains("s3cret").contains("/telegram/webhook"));

        assertThat(post("s3cret", telegram.text(991, "/start"))).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> !telegram.sentTo(991).isEmpty());
        assertThat(telegram.sentTo(991).get(0).path("text").asString()).contains("Wegwijs");
    }

    @Test
    void neverLongPollsInWebhookMode() {
        assertThat(telegram.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(FakeTelegram.path("getupdates"))))).isEmpty();
        assertThat(telegram.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(FakeTelegram.path("deleteWebhook"))))).isEmpty();
    }

    @Test
    void refusesUpdatesWithoutTheSecret() throws Exception {
        assertThat(post(null, telegram.text(992, "/start"))).isEqualTo(401);
        assertThat(post("wrong", telegram.text(992, "/start"))).isEqualTo(401);
        Thread.sleep(500);
        assertThat(telegram.sentTo(992)).isEmpty();
    }

    @Test
    void aFloodingChatIsAskedOnceToSlowDownThenDroppedButACrisisStillGetsItsReply() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(post("s3cret", telegram.text(993, "wat is een ots " + i))).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(993).size() >= 5);
        for (int i = 0; i < 4; i++) {
            assertThat(post("s3cret", telegram.text(993, "wat is jeugdhulp " + i))).as("acknowledged, so never retried").isEqualTo(200);
        }
        assertThat(post("s3cret", telegram.text(993, "help mijn man slaat me nu, de kinderen zijn bang"))).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(993).stream()
                .anyMatch(m -> m.path("text").asString().contains("Wacht even")));
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(993).stream()
                .anyMatch(m -> m.path("text").asString().contains("Veilig Thuis")));
        Thread.sleep(1000);
        var texts = telegram.sentTo(993).stream().map(m -> m.path("text").asString()).toList();
        assertThat(texts.stream().filter(t -> t.contains("Wacht even"))).as("said once").hasSize(1);
        assertThat(texts.stream().filter(t -> t.contains("jeugdhulp") || t.contains("Jeugdhulp"))).as("the dropped questions").isEmpty();
    }

    @Test
    void dropsAMalformedUpdateWithoutAnError() throws Exception {
        assertThat(post("s3cret", "{not json")).isEqualTo(200);
    }
}
