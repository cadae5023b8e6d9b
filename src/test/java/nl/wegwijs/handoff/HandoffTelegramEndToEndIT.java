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
    static final long ZOFIA = 6501, OKSANA = 6601, ERIN = 6701, FARID = 6801;
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
                      - {id: anadolu, name: Anadolu Vrouwen, group-chat-id: %d, crisis-guidance: "Blijf bij de ouder en bel de coordinator van Anadolu."}
                    intermediaries:
                      - {id: amina, name: Amina, organisation: sawa, telegram-user-id: %d, languages: [ar, nl], hours: "mon-fri 09:00-17:00"}
                      - {id: bilal, name: Bilal, organisation: sawa, telegram-user-id: %d, languages: [ar], hours: always}
                      - {id: hodan, name: Hodan, organisation: hiiraan, telegram-user-id: %d, languages: [so], hours: "mon-thu 18:00-21:00"}
                      - {id: fadumo, name: Fadumo, organisation: hiiraan, telegram-user-id: %d, languages: [so, nl], coordinator: true}
                      - {id: emre, name: Emre, organisation: anadolu, telegram-user-id: %d, languages: [tr], delivery: topic}
                      - {id: zofia, name: Zofia, organisation: sawa, telegram-user-id: %d, languages: [pl], max-open: 3}
                      - {id: oksana, name: Oksana, organisation: hiiraan, telegram-user-id: %d, languages: [uk], max-open: 3}
                      - {id: erin, name: Erin, organisation: hiiraan, telegram-user-id: %d, languages: [en], max-open: 5}
                      - {id: farid, name: Farid, organisation: hiiraan, telegram-user-id: %d, languages: [fa]}
                    """.formatted(GROUP, AMINA, BILAL, HODAN, FADUMO, EMRE, ZOFIA, OKSANA, ERIN, FARID));
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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterAll
    static void stop() {
        telegram.close();
    }

    static List<String> texts(long chat) {
        return telegram.deliveredTo(chat).stream().map(n -> n.path("text").asString()).toList();
    }

    static String all(long chat) {
        return String.join("\n", texts(chat));
    }

    static String button(long chat, String prefix) {
        return telegram.callbacksTo(chat).stream().filter(c -> c.startsWith(prefix)).findFirst().orElse(null);
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
        assertThat(all(parent)).as("honest group mode: the consent names the group and who reads along")
                .contains("Anadolu Vrouwen: Emre").contains("birlikte okuyor");
        String claim = button(GROUP, "hi:claim:");
        String ref = claim.substring("hi:claim:".length());

        telegram.deliver(groupCallback(EMRE, claim), groupText(EMRE, "Merhaba, ben Emre."));
        until("the topic's words reach the parent under the organisation's name",
                () -> all(parent).contains("Anadolu Vrouwen: Merhaba, ben Emre."));
        assertThat(all(parent)).as("in group mode no single volunteer's name").doesNotContain("Emre:").contains("Anadolu Vrouwen gönüllüleri");
        telegram.deliver(telegram.text(parent, "Teşekkürler"));
        until("the parent's words reach the topic", () -> telegram.sentTo(GROUP).stream()
                .anyMatch(m -> m.path("text").asString().endsWith(": Teşekkürler") && m.path("message_thread_id").asInt() == 77));

        // Media both ways by file id, with the caption; edits as marked corrections.
        telegram.deliver(telegram.photo(parent, "PARENT-PHOTO-1", "okuldan gelen mektup"));
        until("the parent's photo reaches the topic by file id", () -> telegram.sentRaw("sendphoto").stream()
                .anyMatch(b -> b.contains("PARENT-PHOTO-1") && b.contains("Ouder #" + ref + " stuurt een foto: okuldan gelen mektup")));
        assertThat(all(parent)).as("no 'I cannot read photos' while a person reads along").doesNotContain("fotoğraf");
        telegram.deliver(groupVoice(EMRE, "EMRE-VOICE-1"));
        until("the volunteer's voice note reaches the parent by file id", () -> telegram.sentRaw("sendVoice").stream()
                .anyMatch(b -> b.contains("EMRE-VOICE-1") && b.contains("5353")));
        telegram.deliver(telegram.edited(parent, "Teşekkür ederim"));
        until("the parent's edit reaches the topic as a correction", () -> telegram.sentTo(GROUP).stream()
                .anyMatch(m -> m.path("text").asString().equals("Ouder #" + ref + " (verbeterd): Teşekkür ederim")));

        // Danger inside a handoff: the emergency reply goes to the parent, the topic learns it went, with the guidance.
        telegram.deliver(telegram.text(parent, "kocam bizi öldürmekle tehdit ediyor"));
        until("the topic is told the emergency reply went out", () -> telegram.sentTo(GROUP).stream()
                .anyMatch(m -> m.path("text").asString().contains("meteen laten weten waar hulp is")
                        && m.path("text").asString().contains("bel de coordinator van Anadolu")));
        assertThat(all(parent)).contains("112");
    }

    static String groupVoice(long user, String fileId) {
        int id = telegram.nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000,\"message_thread_id\":77,"
                + "\"is_topic_message\":true,\"chat\":{\"id\":" + GROUP + ",\"type\":\"supergroup\",\"title\":\"Anadolu\",\"is_forum\":true},"
                + "\"from\":{\"id\":" + user + ",\"is_bot\":false,\"first_name\":\"Emre\"},"
                + "\"voice\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"vu\",\"duration\":3}}}";
    }

    // ---- the desk (issue 12) and handoff authority (issue 15)

    String ref(long parent) {
        return jdbc.sql("SELECT ref FROM handoff_ticket WHERE parent_chat_id = ?").param(Long.toString(parent)).query(String.class).single();
    }

    String status(String ref) {
        return jdbc.sql("SELECT status FROM handoff_ticket WHERE ref = ?").param(ref).query(String.class).single();
    }

    /** A parent asks a question, asks for a person and consents; @return the ticket's ref once queued. */
    String consented(long parent, String language, String question) {
        telegram.deliver(telegram.button(parent, "lang:" + language), telegram.text(parent, question), telegram.button(parent, "cmd:mens"));
        until("consent asked", () -> button(parent, "ho:yes") != null);
        telegram.deliver(telegram.button(parent, "ho:yes"));
        until("queued", () -> jdbc.sql("SELECT COUNT(*) FROM handoff_ticket WHERE parent_chat_id = ? AND status = 'QUEUED'")
                .param(Long.toString(parent)).query(Integer.class).single() == 1);
        return ref(parent);
    }

    /** The intermediary presses Claim; @return the id of the start message in her chat, which replies can name. */
    long claimed(long intermediary, String ref) {
        until("offered", () -> all(intermediary).contains("Ouder #" + ref));
        telegram.deliver(telegram.button(intermediary, "hi:claim:" + ref));
        until("claimed", () -> status(ref).equals("CLAIMED") && telegram.messageIdOf(intermediary, "met Ouder #" + ref) != 0);
        return telegram.messageIdOf(intermediary, "met Ouder #" + ref);
    }

    static long count(long chat, String fragment) {
        return texts(chat).stream().filter(t -> t.contains(fragment)).count();
    }

    @Test
    void everyMessageStatesAndObeysItsAddresseeAndFailuresAreSurfaced() {
        long one = 7101, two = 7102;
        String r1 = consented(one, "en", "My son does not go to school");
        telegram.deliver(telegram.button(FARID, "hi:claim:" + r1), telegram.text(FARID, "/claim " + r1));
        until("someone who was not offered it cannot claim it", () -> count(FARID, "niet aan jou aangeboden") == 2);
        assertThat(status(r1)).isEqualTo("QUEUED");

        claimed(ERIN, r1);
        telegram.deliver(telegram.button(ERIN, "hi:claim:" + r1));
        String r2 = consented(two, "en", "Where do I find a parenting course");
        claimed(ERIN, r2);
        assertThat(count(ERIN, "met Ouder #" + r1)).as("a double tap on Claim is answered once").isEqualTo(1);
        assertThat(all(ERIN)).doesNotContain("al opgepakt");

        telegram.deliver(telegram.text(one, "first from one"));
        until("every message to her says which parent", () -> all(ERIN).contains("Ouder #" + r1 + ": first from one"));
        telegram.deliver(telegram.text(ERIN, "to the chosen one"));
        until("the selection (the last claimed) holds although the other parent wrote", () -> all(two).contains("Erin: to the chosen one"));
        long fromOne = telegram.messageIdOf(ERIN, "Ouder #" + r1 + ": first from one");
        telegram.deliver(telegram.replyText(ERIN, fromOne, "answer by reply"));
        until("a reply goes to that parent", () -> all(one).contains("Erin: answer by reply"));
        telegram.deliver(telegram.text(ERIN, "still the chosen one"));
        until("a reply does not change the selection", () -> all(two).contains("Erin: still the chosen one"));
        telegram.deliver(telegram.text(ERIN, "/ticket " + r1), telegram.text(ERIN, "now to one"));
        until("/ticket changes it", () -> all(one).contains("Erin: now to one"));

        telegram.deliver(telegram.text(one, "/stop"));
        until("she hears the parent stopped", () -> all(ERIN).contains("Ouder #" + r1 + " heeft het gesprek gestopt"));
        telegram.deliver(telegram.text(ERIN, "after the stop"));
        until("ambiguous: the bot asks instead of guessing", () -> all(ERIN).contains("Aan wie is dit bericht?"));
        assertThat(all(two)).doesNotContain("after the stop");
        telegram.deliver(telegram.button(ERIN, "hi:select:" + r2), telegram.text(ERIN, "after choosing"));
        until("after choosing it goes there", () -> all(two).contains("Erin: after choosing"));

        telegram.blockedBy(two);
        telegram.deliver(telegram.text(ERIN, "are you still there?"));
        until("a blocked bot ends the ticket and she is told",
                () -> all(ERIN).contains("Ouder #" + r2 + " is niet meer bereikbaar"));
        assertThat(jdbc.sql("SELECT outcome FROM handoff_ticket WHERE ref = ?").param(r2).query(String.class).single())
                .isEqualTo("UNREACHABLE");
    }

    @Test
    void consentIsAnsweredOnceTheTopicCanBeCorrectedAndLongTextsAreRelayed() {
        long parent = 7111;
        telegram.deliver(telegram.button(parent, "lang:en"), telegram.text(parent, "what does jeugdbescherming mean"),
                telegram.button(parent, "cmd:mens"));
        until("consent asked", () -> button(parent, "ho:fix") != null);
        telegram.deliver(telegram.button(parent, "ho:fix"));
        until("asked for one line", () -> all(parent).contains("Write in one sentence"));
        telegram.deliver(telegram.text(parent, "It is about school for my son, call me on 0612345678"));
        until("consent again with the corrected topic", () -> count(parent, "It is about school for my son") == 1);
        assertThat(all(parent)).as("scrubbed").doesNotContain("0612345678");

        telegram.deliver(telegram.button(parent, "ho:yes"), telegram.button(parent, "ho:yes"));
        String ref = ref(parent);
        until("queued", () -> status(ref).equals("QUEUED"));
        claimed(ERIN, ref);
        assertThat(count(parent, "looking for someone")).as("a double tap on consent is answered once").isEqualTo(1);
        assertThat(all(parent)).as("no 'this button no longer works'").doesNotContain("no longer");
        assertThat(all(ERIN)).contains("Onderwerp: It is about school for my son").doesNotContain("0612345678");

        String letter = "x".repeat(4000) + " " + "y".repeat(95);
        assertThat(letter).hasSize(4096);
        telegram.deliver(telegram.text(parent, letter));
        until("a text of Telegram's full length is relayed", () -> String.join("", texts(ERIN)).contains("y".repeat(95)));
        assertThat(String.join(" ", texts(ERIN))).contains("x".repeat(4000));
        telegram.deliver(telegram.text(ERIN, "/close"));
        until("outcome asked", () -> all(ERIN).contains("Hoe is het gesprek met Ouder #" + ref));
        telegram.deliver(telegram.button(ERIN, "hi:outcome:" + ref + ":HELPED"), telegram.button(ERIN, "hi:outcome:" + ref + ":HELPED"));
        until("closed", () -> all(ERIN).contains("Het gesprek met Ouder #" + ref + " is afgesloten"));
        assertThat(count(ERIN, "Het gesprek met Ouder #" + ref + " is afgesloten")).as("a double tap on an outcome").isEqualTo(1);
    }

    @Test
    void twoIntermediariesWithThreeParentsEachExchange200MessagesAndEachReachesTheIntendedPerson() {
        long[] zofias = {7201, 7202, 7203};
        long[] oksanas = {7301, 7302, 7303};
        java.util.Map<Long, String> refs = new java.util.HashMap<>();
        java.util.Map<Long, Long> start = new java.util.HashMap<>();
        java.util.Map<Long, Long> intermediaryOf = new java.util.HashMap<>();
        for (long p : zofias) {
            refs.put(p, consented(p, "pl", "Mój syn nie chodzi do szkoły"));
            start.put(p, claimed(ZOFIA, refs.get(p)));
            intermediaryOf.put(p, ZOFIA);
        }
        for (long p : oksanas) {
            refs.put(p, consented(p, "uk", "Мій син не ходить до школи"));
            start.put(p, claimed(OKSANA, refs.get(p)));
            intermediaryOf.put(p, OKSANA);
        }
        java.util.Random random = new java.util.Random(12);
        List<Long> parents = new java.util.ArrayList<>(refs.keySet());
        List<String> updates = new java.util.ArrayList<>();
        record Expected(String token, long to, String prefix) {
        }
        List<Expected> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long p = parents.get(random.nextInt(parents.size()));
            long intermediary = intermediaryOf.get(p);
            String token = "m" + (1000 + i);
            if (random.nextBoolean()) {
                updates.add(telegram.text(p, token));
                expected.add(new Expected(token, intermediary, "Ouder #" + refs.get(p) + ": "));
            } else {
                // She names the parent by replying to the start message of that conversation.
                updates.add(telegram.replyText(intermediary, start.get(p), token));
                expected.add(new Expected(token, p, intermediary == ZOFIA ? "Zofia: " : "Oksana: "));
            }
        }
        telegram.deliver(updates.toArray(String[]::new));
        until("all 200 delivered", () -> expected.stream().allMatch(e -> texts(e.to()).contains(e.prefix() + e.token())));
        List<Long> everyone = new java.util.ArrayList<>(parents);
        everyone.add(ZOFIA);
        everyone.add(OKSANA);
        for (Expected e : expected) {
            for (long chat : everyone) {
                long seen = texts(chat).stream().filter(t -> t.endsWith(": " + e.token())).count();
                assertThat(seen).as("%s in chat %d", e.token(), chat).isEqualTo(chat == e.to() ? 1 : 0);
            }
        }

        // One rate-limited chat: its message waits for the time Telegram asked, the others go on at once.
        long slow = zofias[0], fast = zofias[1];
        telegram.rateLimited(slow, 5);
        telegram.deliver(telegram.replyText(ZOFIA, start.get(slow), "wait for me"), telegram.replyText(ZOFIA, start.get(fast), "no waiting"));
        until("the other parent gets hers at once", () -> all(fast).contains("Zofia: no waiting"));
        assertThat(all(slow)).doesNotContain("wait for me");
        telegram.unlimited(slow);
        clock.advance(Duration.ofSeconds(6));
        until("the limited one after the wait Telegram asked for", () -> all(slow).contains("Zofia: wait for me"));
        clock.set(MONDAY_11);
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
