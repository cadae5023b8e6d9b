package nl.wegwijs.handoff;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The handoff end to end through the real telegrambots client, long polling a fake Bot API:
 * parents and intermediaries are Telegram chats, the registry comes from a YAML file, and the
 * scheduled job runs on its own (every 200 ms) against a clock the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "wegwijs.handoff.tick=200ms", "wegwijs.handoff.escalate-after=10m", "wegwijs.handoff.tell-parent-after=20m",
    "wegwijs.handoff.admins=7000"})
@ActiveProfiles("test")
@Import(HandoffTelegramEndToEndIT.TestClock.class)
class HandoffTelegramEndToEndIT {

    static final FakeTelegram telegram = new FakeTelegram();
    static final long AMINA = 6101, BILAL = 6102, HODAN = 6201, FADUMO = 6301, EMRE = 6401, GROUP = -1005000;
    static final Instant MONDAY_11 = Instant.parse("2026-11-23T10:00:00Z");

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("wegwijs.telegram.api-url", telegram::url);
        registry.add("wegwijs.handoff.registry-file", () -> registryFile().toString());
        telegram.server().stubFor(post(urlEqualTo(FakeTelegram.path("createForumTopic"))).atPriority(3).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"message_thread_id\":77,\"name\":\"t\",\"icon_color\":7322096}}")));
    }

    static Path registryFile() {
        try {
            Path file = Files.createTempFile("intermediaries", ".yaml");
            Files.writeString(file, """
                    organisations:
                      - {id: sawa, name: Stichting Sawa}
                      - {id: hiiraan, name: Hiiraan}
                      - {id: anadolu, name: Anadolu Vrouwen, group-chat-id: %d}
                    intermediaries:
                      - {id: amina, name: Amina, organisation: sawa, telegram-user-id: %d, languages: [ar, nl], hours: "mon-fri 09:00-17:00"}
                      - {id: bilal, name: Bilal, organisation: sawa, telegram-user-id: %d, languages: [ar], hours: always}
                      - {id: hodan, name: Hodan, organisation: hiiraan, telegram-user-id: %d, languages: [so], hours: "mon-thu 18:00-21:00"}
                      - {id: fadumo, name: Fadumo, organisation: hiiraan, telegram-user-id: %d, languages: [so, nl], coordinator: true}
                      - {id: emre, name: Emre, organisation: anadolu, telegram-user-id: %d, languages: [tr], delivery: topic}
                    """.formatted(GROUP, AMINA, BILAL, HODAN, FADUMO, EMRE));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MONDAY_11);
        }
    }

    @Autowired
    MutableClock clock;

    @AfterAll
    static void stop() {
        telegram.close();
    }

    static List<String> texts(long chat) {
        return telegram.sentTo(chat).stream().map(n -> n.path("text").asString()).toList();
    }

    static String all(long chat) {
        return String.join("\n", texts(chat));
    }

    static String button(long chat, String prefix) {
        for (JsonNode m : telegram.sentTo(chat)) {
            for (JsonNode row : m.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode b : row) {
                    if (b.path("callback_data").asString().startsWith(prefix)) {
                        return b.path("callback_data").asString();
                    }
                }
            }
        }
        return null;
    }

    static void until(String what, java.util.concurrent.Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    @Test
    void requestConsentNotifyClaimRelayBothWaysAndClose() {
        long parent = 5151;
        telegram.deliver(telegram.button(parent, "lang:ar"), telegram.text(parent, "أريد التحدث مع شخص"));
        until("consent asked", () -> button(parent, "ho:yes") != null);
        assertThat(all(AMINA) + all(BILAL)).as("nothing before consent").isEmpty();

        telegram.deliver(telegram.button(parent, "ho:yes"));
        until("both notified", () -> button(AMINA, "hi:claim:") != null && button(BILAL, "hi:claim:") != null);
        String claim = button(BILAL, "hi:claim:");
        String ref = claim.substring("hi:claim:".length());

        // One after the other: delivered together, the two chats run in parallel and either may win.
        telegram.deliver(telegram.button(BILAL, claim));
        until("parent told who helps", () -> all(parent).contains("Bilal"));
        telegram.deliver(telegram.button(AMINA, claim));
        until("amina told it is taken", () -> all(AMINA).contains("al opgepakt"));
        until("amina's notice edited", () -> !telegram.server().findAll(postRequestedFor(urlEqualTo(FakeTelegram.path("editmessagetext")))).isEmpty());

        telegram.deliver(telegram.text(BILAL, "مرحبا، أنا بلال"));
        until("intermediary's words reach the parent", () -> all(parent).contains("Bilal: مرحبا، أنا بلال"));
        telegram.deliver(telegram.text(parent, "ابنتي لا تنام"));
        until("parent's words reach the intermediary", () -> all(BILAL).contains("Ouder #" + ref + ": ابنتي لا تنام"));

        telegram.deliver(telegram.text(BILAL, "/close"));
        until("outcome buttons", () -> button(BILAL, "hi:outcome:") != null);
        telegram.deliver(telegram.button(BILAL, "hi:outcome:" + ref + ":HELPED"));
        until("parent told it ended", () -> all(parent).contains("أنهى المحادثة"));

        assertThat(all(BILAL) + all(AMINA)).as("no Telegram name or id of the parent")
                .doesNotContain("5151").doesNotContain("Parent");
    }

    @Test
    void noOneAvailableThenSomeoneStartsThenEscalationToTheCoordinator() {
        long parent = 5252;
        telegram.deliver(telegram.button(parent, "lang:nl"), telegram.text(parent, "Is er iemand die Somalisch spreekt?"));
        until("consent", () -> button(parent, "ho:yes") != null);
        assertThat(all(parent)).contains("Ik spreek zelf geen Somalisch");

        telegram.deliver(telegram.button(parent, "ho:yes"));
        until("honest answer", () -> all(parent).contains("niemand beschikbaar"));
        assertThat(all(parent)).contains("maandag 18:00").contains("wijkteam");
        assertThat(texts(HODAN)).isEmpty();

        clock.set(Instant.parse("2026-11-23T17:01:00Z"));
        until("hodan's hours started: the job tells her", () -> button(HODAN, "hi:claim:") != null);

        clock.advance(Duration.ofMinutes(11));
        until("unclaimed: the coordinator hears", () -> all(FADUMO).contains("Nog niemand"));

        clock.advance(Duration.ofMinutes(10));
        until("parent hears it takes long", () -> all(parent).contains("duurt langer"));
        clock.set(MONDAY_11);
    }

    @Test
    void anOrganisationWithAForumGroupGetsATopicPerTicket() {
        long parent = 5353;
        telegram.deliver(telegram.button(parent, "lang:tr"), telegram.text(parent, "biriyle konuşmak istiyorum"));
        until("consent", () -> button(parent, "ho:yes") != null);
        telegram.deliver(telegram.button(parent, "ho:yes"));
        until("a topic in the group", () -> telegram.sentTo(GROUP).stream().anyMatch(m -> m.path("message_thread_id").asInt() == 77));
        String claim = button(GROUP, "hi:claim:");

        telegram.deliver(groupCallback(EMRE, claim), groupText(EMRE, "Merhaba, ben Emre."));
        until("the topic's words reach the parent", () -> all(parent).contains("Emre: Merhaba, ben Emre."));
        telegram.deliver(telegram.text(parent, "Teşekkürler"));
        until("the parent's words reach the topic", () -> telegram.sentTo(GROUP).stream()
                .anyMatch(m -> m.path("text").asString().endsWith(": Teşekkürler") && m.path("message_thread_id").asInt() == 77));
    }

    static String groupText(long user, String text) {
        int id = telegram.nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000,\"message_thread_id\":77,"
                + "\"is_topic_message\":true,\"chat\":{\"id\":" + GROUP + ",\"type\":\"supergroup\",\"title\":\"Anadolu\",\"is_forum\":true},"
                + "\"from\":{\"id\":" + user + ",\"is_bot\":false,\"first_name\":\"Emre\"},\"text\":\"" + text + "\"}}";
    }

    static String groupCallback(long user, String data) {
        int id = telegram.nextId();
        return "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cb" + id + "\",\"from\":{\"id\":" + user
                + ",\"is_bot\":false,\"first_name\":\"Emre\"},\"chat_instance\":\"ci\",\"data\":\"" + data + "\",\"message\":{"
                + "\"message_id\":1,\"date\":1763800000,\"message_thread_id\":77,\"is_topic_message\":true,"
                + "\"chat\":{\"id\":" + GROUP + ",\"type\":\"supergroup\",\"title\":\"Anadolu\",\"is_forum\":true},\"text\":\"notice\"}}}";
    }
}
