package nl.wegwijs.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.Databases;
import nl.wegwijs.support.FakeTelegram;
import nl.wegwijs.support.OperatorEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A step, a listener or the database failing mid-turn: the parent gets a polite answer in their
 * language on the web and on Telegram, the log a stack trace without the text, and the turn's
 * changes are rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FailuresContainedIT.Env.class)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class FailuresContainedIT {

    static final FakeTelegram telegram = new FakeTelegram();

    static class Env extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            Map<String, String> variables = new HashMap<>(telegram.webhookVariables("fail"));
            variables.put("SPRING_DATASOURCE_URL", Databases.freshH2Url("failures-"));
            return variables;
        }
    }

    @TestConfiguration
    static class Breakers {
        @Bean
        ConversationStep brokenStep() {
            return new ConversationStep() {
                public PipelineStage stage() {
                    return PipelineStage.JARGON;
                }

                public StepResult handle(Turn turn) {
                    if (turn.text().contains("secret-step-words")) {
                        throw new IllegalStateException("a step broke");
                    }
                    return StepResult.pass();
                }
            };
        }

        @Bean
        Object brokenListener() {
            return new Object() {
                @EventListener
                void on(TurnCompleted turn) {
                    if (turn.questionText() != null && turn.questionText().contains("secret-listener-words")) {
                        throw new IllegalStateException("a listener broke");
                    }
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailingStepGetsAPoliteAnswerInTheUsersLanguageAndNoTextInTheLog(CapturedOutput log) {
        var api = new ChatApiClient(port);
        api.button("fail-1", "lang:tr");

        var reply = api.text("fail-1", "secret-step-words anlamadım");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.language()).isEqualTo("tr");
        assertThat(reply.allText()).contains("112").contains("tekrar deneyin");
        assertThat(log.getOut() + log.getErr()).contains("IllegalStateException: a step broke").contains("at nl.wegwijs")
                .doesNotContain("secret-step-words");
    }

    @Test
    void aFailingListenerRollsTheTurnBackAndAnswersPolitely(CapturedOutput log) {
        var api = new ChatApiClient(port);
        api.button("fail-2", "lang:en");

        var reply = api.text("fail-2", "secret-listener-words what is a gezinsvoogd?");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.language()).isEqualTo("en");
        assertThat(reply.allText()).contains("try again").contains("112");
        assertThat(log.getOut() + log.getErr()).contains("a listener broke").doesNotContain("secret-listener-words");
    }

    @Test
    void aDatabaseErrorInsideTheHandoffStepIsAPoliteAnswerOnTheWebAndOnTelegram() throws Exception {
        var api = new ChatApiClient(port);
        api.button("fail-3", "lang:en");
        jdbc.sql("ALTER TABLE handoff_ticket RENAME TO handoff_ticket_away").update();
        try {
            var web = api.text("fail-3", "/mens");
            assertThat(web.status()).isEqualTo(200);
            assertThat(web.language()).isEqualTo("en");
            assertThat(web.allText()).contains("try again").contains("112");

            post(telegram.button(4401, "lang:en"));
            await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(4401).size() >= 1);
            int before = telegram.sentTo(4401).size();
            post(telegram.text(4401, "/mens"));
            await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(4401).size() > before);
            assertThat(telegram.sentTo(4401).get(before).path("text").asString()).contains("try again").contains("112");
        } finally {
            jdbc.sql("ALTER TABLE handoff_ticket_away RENAME TO handoff_ticket").update();
        }
        assertThat(jdbc.sql("SELECT stage FROM conversation_state WHERE chat_id = ?").param(api.idOf("fail-3")).query(String.class).single())
                .as("the failed turn changed nothing").isEqualTo("BOT");
    }

    private void post(String update) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", "fail")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
