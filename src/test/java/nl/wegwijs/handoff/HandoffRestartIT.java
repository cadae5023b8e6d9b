package nl.wegwijs.handoff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A replica stops in the middle of a handoff and another starts on the same database: the ticket,
 * the claim and a message Telegram refused while the first one ran all survive, and the
 * conversation goes on both ways.
 */
class HandoffRestartIT {

    static final FakeTelegram telegram = new FakeTelegram();
    static final long PARENT = 8181, BILAL = 8102;

    @AfterAll
    static void stop() {
        telegram.close();
    }

    static ConfigurableApplicationContext start(String dbUrl, Path registry) {
        return new SpringApplicationBuilder(WegwijsApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                // arguments, not default properties: they must win over application-test.yml
                .run("--spring.datasource.url=" + dbUrl,
                        "--wegwijs.telegram.token=" + FakeTelegram.TOKEN,
                        "--wegwijs.telegram.api-url=" + telegram.url(),
                        "--wegwijs.telegram.max-attempts=2",
                        "--wegwijs.handoff.tick=200ms",
                        "--wegwijs.handoff.registry-file=" + registry);
    }

    static String all(long chat) {
        return String.join("\n", telegram.sentTo(chat).stream().map(n -> n.path("text").asString()).toList());
    }

    static long attempts(String text) {
        return telegram.sentTo(PARENT).stream().filter(n -> n.path("text").asString().equals(text)).count();
    }

    static String claimButton() {
        return telegram.callbacksTo(BILAL).stream().filter(c -> c.startsWith("hi:claim:")).findFirst().orElse(null);
    }

    static void until(String what, java.util.concurrent.Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    @Test
    void aHandoffSurvivesARestartAndNothingRelayedIsLost() throws Exception {
        String db = "jdbc:h2:mem:restart-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path registry = nl.wegwijs.support.Registries.oneIntermediary("Bilal", BILAL, "ar", "nl");

        String ref;
        try (ConfigurableApplicationContext first = start(db, registry)) {
            telegram.deliver(telegram.button(PARENT, "lang:nl"), telegram.text(PARENT, "ik wil met iemand praten"));
            until("consent", () -> all(PARENT).contains("Mag ik je vraag doorgeven"));
            telegram.deliver(telegram.button(PARENT, "ho:yes"));
            until("notified", () -> claimButton() != null);
            ref = claimButton().substring("hi:claim:".length());
            telegram.deliver(telegram.button(BILAL, claimButton()));
            until("claimed", () -> all(PARENT).contains("Bilal van Stichting Sawa helpt je nu"));

            // Telegram refuses everything for the parent now; Bilal's answer must wait in the database.
            StubMapping down = telegram.server().stubFor(post(urlEqualTo(FakeTelegram.path("sendmessage"))).atPriority(1)
                    .withRequestBody(containing("\"chat_id\":\"" + PARENT + "\""))
                    .willReturn(aResponse().withStatus(502).withBody("bad gateway")));
            telegram.deliver(telegram.text(BILAL, "Ik ben er. Wat is er aan de hand?"));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            until("kept queued", () -> jdbc.sql("SELECT COUNT(*) FROM handoff_outbox WHERE direction = 'TO_PARENT'")
                    .query(Integer.class).single() == 1);
            telegram.server().removeStub(down);
        }
        // WireMock records the refused attempts too: the answer counts as delivered once a later attempt succeeds.
        long refused = attempts("Bilal: Ik ben er. Wat is er aan de hand?");
        assertThat(refused).isPositive();

        try (ConfigurableApplicationContext second = start(db, registry)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            until("the queued answer is sent again after the restart and leaves the queue",
                    () -> attempts("Bilal: Ik ben er. Wat is er aan de hand?") > refused
                            && jdbc.sql("SELECT COUNT(*) FROM handoff_outbox").query(Integer.class).single() == 0);

            telegram.deliver(telegram.text(PARENT, "Mijn zoon wil niet naar school."));
            until("the parent's words still reach Bilal", () -> all(BILAL).contains("Ouder #" + ref + ": Mijn zoon wil niet naar school."));
            telegram.deliver(telegram.text(BILAL, "Dat snap ik. Ik help je."));
            until("and Bilal's reach the parent", () -> all(PARENT).contains("Bilal: Dat snap ik. Ik help je."));

            telegram.deliver(telegram.button(BILAL, "hi:outcome:" + ref + ":HELPED"));
            until("closed", () -> all(PARENT).contains("Bilal heeft het gesprek afgesloten"));
            List<String> status = jdbc.sql("SELECT status FROM handoff_ticket").query(String.class).list();
            assertThat(status).containsExactly("CLOSED");
        }
    }
}
