package nl.wegwijs.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationStore;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.conversation.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole handoff through the real pipeline and database (H2), with in-memory fakes for the two
 * ports (parents, intermediaries) and a clock the test moves; safety is the real step. Monday 23 November 2026, 11:00 in
 * Amsterdam, unless a test moves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "wegwijs.handoff.tick=1h", "wegwijs.handoff.admins=9000", "wegwijs.handoff.registry-file=target/no-such-file.yaml",
    "wegwijs.handoff.escalate-after=10m", "wegwijs.handoff.tell-parent-after=25m", "wegwijs.handoff.notify-at-once=2"})
@ActiveProfiles("test")
@Import(HandoffFlowTest.Fakes.class)
@RecordApplicationEvents
class HandoffFlowTest {

    static final Instant MONDAY_11 = Instant.parse("2026-11-23T10:00:00Z");
    static final long AMINA = 1001, BILAL = 1002, CHADIA = 1003, HODAN = 2001, KARIM = 3001, ADMIN = 9000, STRANGER = 4242;

    @TestConfiguration
    static class Fakes {
        @Bean
        FakeIntermediaryOutbox fakeIntermediaryOutbox() {
            return new FakeIntermediaryOutbox();
        }

        @Bean
        FakeParentOutbox fakeParentOutbox() {
            return new FakeParentOutbox();
        }

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MONDAY_11);
        }
    }

    @Autowired Conversation conversation;
    @Autowired IntermediaryDesk desk;
    @Autowired IntermediaryRegistry registry;
    @Autowired ParentMailbox mailbox;
    @Autowired RelayQueue relayQueue;
    @Autowired HandoffJobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired ConversationStore conversations;
    @Autowired FakeIntermediaryOutbox intermediaries;
    @Autowired FakeParentOutbox parents;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    final ConversationKey parent = new ConversationKey(Channel.TELEGRAM, "555777");

    @BeforeEach
    void setUp() {
        for (String table : List.of("handoff_desk_message", "handoff_desk_selection", "handoff_outbox", "handoff_notice", "handoff_ticket", "handoff_intermediary", "conversation_state")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        intermediaries.clear();
        parents.clear();
        clock.set(MONDAY_11);
        registry.putOrganisation(new Organisation("sawa", "Stichting Sawa", -100777L));
        registry.putOrganisation(new Organisation("hiiraan", "Hiiraan", null));
        register("amina", "Amina", "sawa", AMINA, Set.of("ar", "nl"), "mon-fri 09:00-17:00", false);
        register("bilal", "Bilal", "sawa", BILAL, Set.of("ar"), "always", false);
        register("chadia", "Chadia", "sawa", CHADIA, Set.of("ar"), "always", false);
        register("hodan", "Hodan", "hiiraan", HODAN, Set.of("so", "nl"), "mon-thu 18:00-21:00", false);
        register("karim", "Karim", "sawa", KARIM, Set.of("ar"), "always", true);
    }

    void register(String id, String name, String org, long user, Set<String> languages, String hours, boolean coordinator) {
        registry.save(new Intermediary(id, name, org, user, languages, Set.of("*"), Availability.parse(hours), Delivery.PRIVATE,
                coordinator, false, 3), IntermediaryRegistry.Source.ADMIN);
    }

    Reply say(String text) {
        return conversation.handle(InboundMessage.text(parent, text));
    }

    Reply press(String value) {
        return conversation.handle(InboundMessage.button(parent, value));
    }

    void intermediaryPresses(long user, String data) {
        desk.handle(new IntermediaryMessage(user, null, user, true, true, data));
    }

    void intermediaryWrites(long user, String text) {
        desk.handle(new IntermediaryMessage(user, null, user, true, false, text));
    }

    static String text(Reply reply) {
        return String.join("\n", reply.messages().stream().map(OutboundMessage::text).toList());
    }

    static List<String> buttons(Reply reply) {
        return reply.messages().stream().flatMap(m -> m.buttons().stream()).map(Button::value).toList();
    }

    String ref() {
        return jdbc.sql("SELECT ref FROM handoff_ticket").query(String.class).single();
    }

    String claimButton(long user) {
        return intermediaries.to(user).stream().flatMap(s -> s.buttons().stream()).map(Button::value)
                .filter(v -> v.startsWith("hi:claim:")).findFirst().orElseThrow();
    }

    List<HandoffEvent.Kind> kinds() {
        return events.stream(HandoffEvent.class).map(HandoffEvent::kind).toList();
    }

    /** Arabic parent asks, consents, Bilal claims before Amina; returns the ticket ref. */
    String claimedByBilal() {
        press("lang:ar");
        say("أريد التحدث مع شخص");
        press("ho:yes");
        intermediaryPresses(BILAL, claimButton(BILAL));
        return ref();
    }

    @Test
    void beforeConsentNothingIsSharedAndTheParentSeesExactlyWhatWillBe() {
        press("lang:en");
        say("My son Johan does not want to go to school anymore, call me on 0612345678");

        Reply consent = say("I want to talk to someone who speaks Arabic");

        assertThat(text(consent)).contains("Arabic").contains("volunteer").contains("not the municipality")
                .contains("not youth protection").contains("/stop").doesNotContain("0612345678");
        assertThat(text(consent)).as("the scrubbed question itself is shown").contains("school");
        assertThat(buttons(consent)).containsExactly("ho:yes", "ho:no", "ho:fix");
        assertThat(intermediaries.sent).as("nothing reaches an intermediary before yes").isEmpty();
        assertThat(conversations.find(parent).orElseThrow().stage()).isEqualTo(Stage.AWAITING_CONSENT);
        assertThat(kinds()).containsExactly(HandoffEvent.Kind.REQUESTED);
    }

    @Test
    void noMeansNothingIsSharedAndTheRequestIsGone() {
        press("lang:nl");
        say("ik wil met iemand praten");

        Reply declined = press("ho:no");

        assertThat(text(declined)).contains("geef niets door");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_ticket").query(Integer.class).single()).isZero();
        assertThat(intermediaries.sent).isEmpty();
        assertThat(conversations.find(parent).orElseThrow().stage()).isEqualTo(Stage.BOT);
    }

    @Test
    void theFullFlowRelaysBothWaysUnderAnAliasAndClosesWithAnOutcome() {
        press("lang:ar");
        Reply consent = say("أريد التحدث مع شخص");
        assertThat(text(consent)).contains("ليس من البلدية");

        Reply queued = press("ho:yes");
        assertThat(text(queued)).contains("أبحث عن شخص");
        assertThat(buttons(queued)).contains("cmd:stop");
        String ref = ref();
        assertThat(intermediaries.to(AMINA)).singleElement().satisfies(n -> assertThat(n.text()).contains("Ouder #" + ref).contains("Arabisch"));
        assertThat(intermediaries.to(BILAL)).hasSize(1);
        assertThat(intermediaries.to(CHADIA)).as("two at once; the least busy first, then by id").isEmpty();

        Reply held = say("هل يوجد أحد؟");
        assertThat(text(held)).contains("سأحتفظ برسالتك");

        intermediaryPresses(BILAL, "hi:claim:" + ref);
        intermediaryPresses(AMINA, "hi:claim:" + ref);

        assertThat(intermediaries.textTo(AMINA)).contains("al opgepakt door iemand anders");
        assertThat(intermediaries.edited).anySatisfy(e -> assertThat(e.text()).contains("opgepakt door Bilal (Stichting Sawa)"));
        assertThat(intermediaries.textTo(BILAL)).contains("Je praat nu met Ouder #" + ref).contains("Ouder #" + ref + ": هل يوجد أحد؟");
        assertThat(parents.textsTo(parent)).anySatisfy(t -> assertThat(t).contains("Bilal").contains("Stichting Sawa"));

        intermediaryWrites(BILAL, "مرحبا، أنا بلال. كيف أستطيع مساعدتك؟");
        assertThat(parents.textsTo(parent)).contains("Bilal: مرحبا، أنا بلال. كيف أستطيع مساعدتك؟");

        Reply relayed = say("ابني لا يذهب إلى المدرسة");
        assertThat(relayed.messages()).as("a relayed message needs no answer from the bot").isEmpty();
        assertThat(intermediaries.textTo(BILAL)).contains("Ouder #" + ref + ": ابني لا يذهب إلى المدرسة");

        intermediaryWrites(BILAL, "/close");
        assertThat(intermediaries.to(BILAL).get(intermediaries.to(BILAL).size() - 1).buttons()).extracting(Button::value)
                .contains("hi:outcome:" + ref + ":HELPED", "hi:outcome:" + ref + ":REFERRED");
        intermediaryPresses(BILAL, "hi:outcome:" + ref + ":REFERRED");

        assertThat(parents.textsTo(parent).get(parents.textsTo(parent).size() - 1)).contains("Bilal").contains("أنهى المحادثة");
        assertThat(conversations.find(parent).orElseThrow().stage()).isEqualTo(Stage.BOT);
        assertThat(jdbc.sql("SELECT question FROM handoff_ticket").query(String.class).optional()).as("no text after close").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_outbox").query(Integer.class).single()).isZero();
        assertThat(kinds()).containsExactly(HandoffEvent.Kind.REQUESTED, HandoffEvent.Kind.CONSENTED, HandoffEvent.Kind.CLAIMED,
                HandoffEvent.Kind.CLOSED);
        HandoffEvent claimed = events.stream(HandoffEvent.class).filter(e -> e.kind() == HandoffEvent.Kind.CLAIMED).findFirst().orElseThrow();
        assertThat(claimed.timeToClaim()).isNotNull();
        assertThat(claimed.organisation()).isEqualTo("sawa");
        assertThat(events.stream(HandoffEvent.class).filter(e -> e.kind() == HandoffEvent.Kind.CLOSED).findFirst().orElseThrow().outcome())
                .isEqualTo(HandoffEvent.Outcome.REFERRED);
        assertThat(intermediaries.sent).as("the parent's chat id never reaches an intermediary")
                .allSatisfy(s -> assertThat(s.text()).doesNotContain(parent.chatId()));

        Reply afterwards = say("Wat is een OTS?");
        assertThat(intermediaries.textTo(BILAL)).doesNotContain("OTS");
        assertThat(afterwards.messages()).isNotEmpty();
    }

    @Test
    void noOneAvailableSaysWhenSomeoneIsExpectedKeepsTheRequestAndGivesStartingPoints() {
        press("lang:en");
        Reply consent = say("Is there someone who speaks Somali?");
        assertThat(text(consent)).contains("I do not speak Somali myself").contains("in English");

        Reply none = press("ho:yes");

        assertThat(text(none)).contains("no one who speaks Somali").contains("Monday 18:00").contains("neighbourhood team");
        assertThat(kinds()).contains(HandoffEvent.Kind.NO_ONE_AVAILABLE);
        assertThat(intermediaries.sent).isEmpty();

        clock.set(Instant.parse("2026-11-23T17:05:00Z"));
        jobs.tick();

        assertThat(intermediaries.to(HODAN)).singleElement().satisfies(n -> assertThat(n.text()).contains("Somalisch"));
    }

    @Test
    void unclaimedTicketsGoToTheNextIntermediariesThenTheCoordinatorAndTheParentHearsItTakesLong() {
        press("lang:ar");
        say("أريد التحدث مع شخص");
        press("ho:yes");
        assertThat(intermediaries.sent).extracting(s -> s.to().chatId()).containsExactlyInAnyOrder(AMINA, BILAL);

        clock.advance(Duration.ofMinutes(9));
        jobs.tick();
        assertThat(intermediaries.to(CHADIA)).as("not before N minutes").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        jobs.tick();
        assertThat(intermediaries.to(CHADIA)).singleElement().satisfies(n -> assertThat(n.text()).contains("Nog niemand"));
        assertThat(kinds()).contains(HandoffEvent.Kind.ESCALATED);

        clock.advance(Duration.ofMinutes(11));
        jobs.tick();
        assertThat(intermediaries.to(KARIM)).as("then the coordinator").hasSize(1);

        clock.advance(Duration.ofMinutes(4));
        jobs.tick();
        assertThat(parents.textsTo(parent)).singleElement().satisfies(t -> assertThat(t).contains("وقتًا أطول"));
        jobs.tick();
        assertThat(parents.textsTo(parent)).as("told once").hasSize(1);
    }

    @Test
    void aMessageTelegramRefusesStaysQueuedAndIsDeliveredLater() {
        String ref = claimedByBilal();
        parents.failing = true;
        intermediaryWrites(BILAL, "Ben je er nog?");
        intermediaryWrites(BILAL, "Ik wacht even.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_outbox WHERE direction = 'TO_PARENT'").query(Integer.class).single()).isEqualTo(2);

        parents.failing = false;
        clock.advance(Duration.ofMinutes(1));
        jobs.tick();

        assertThat(parents.textsTo(parent)).containsSubsequence("Bilal: Ben je er nog?", "Bilal: Ik wacht even.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_outbox").query(Integer.class).single()).isZero();

        intermediaries.failing = true;
        say("ja ik ben er");
        intermediaries.failing = false;
        clock.advance(Duration.ofMinutes(1));
        jobs.tick();
        assertThat(intermediaries.textTo(BILAL)).contains("Ouder #" + ref + ": ja ik ben er");
    }

    /** With the real safety step (merged from main): it answers with a prefix inside a handoff, and this step relays. */
    @Test
    void aCrisisDuringAHandoffGetsTheEmergencyReplyFirstAndIsRelayed() {
        String ref = claimedByBilal();

        Reply reply = say("ik wil niet meer leven");

        assertThat(reply.messages()).singleElement().extracting(OutboundMessage::text).asString().containsAnyOf("113", "112");
        assertThat(events.stream(nl.wegwijs.conversation.TurnCompleted.class).reduce((a, b) -> b).orElseThrow().outcome().kind())
                .isEqualTo(OutcomeKind.CRISIS);
        assertThat(intermediaries.textTo(BILAL)).contains("Ouder #" + ref + ": ik wil niet meer leven");
    }

    @Test
    void theParentStopsAndTheIntermediaryIsTold() {
        String ref = claimedByBilal();

        Reply stopped = say("/stop");

        assertThat(text(stopped)).contains("توقفت المحادثة");
        assertThat(intermediaries.textTo(BILAL)).contains("Ouder #" + ref + " heeft het gesprek gestopt");
        assertThat(events.stream(HandoffEvent.class).filter(e -> e.kind() == HandoffEvent.Kind.CLOSED).findFirst().orElseThrow().outcome())
                .isEqualTo(HandoffEvent.Outcome.PARENT_STOPPED);
        assertThat(text(say("/stop"))).contains("لا توجد الآن محادثة");
    }

    @Test
    void forgetErasesTheParentsTicketsRightAfterTheTurn() {
        String ref = claimedByBilal();
        say("ابني لا يذهب إلى المدرسة");

        say("/vergeet");

        // erased by a module-event listener right after the turn's commit, on its own thread
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_ticket").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_outbox").query(Integer.class).single()).isZero();
            assertThat(intermediaries.textTo(BILAL)).contains("Ouder #" + ref + " heeft gevraagd alles te wissen");
        });
    }

    @Test
    void closedTicketsArePurgedAfterTheRetentionPeriod() {
        String ref = claimedByBilal();
        intermediaryPresses(BILAL, "hi:outcome:" + ref + ":HELPED");

        clock.advance(Duration.ofDays(29));
        jobs.tick();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_ticket").query(Integer.class).single()).isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        jobs.tick();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM handoff_ticket").query(Integer.class).single()).isZero();
    }

    @Test
    void aClaimedTicketNobodyWritesInIsClosedAsNoResponseAfterAWeek() {
        String ref = claimedByBilal();

        clock.advance(Duration.ofDays(6));
        jobs.tick();
        assertThat(jdbc.sql("SELECT status FROM handoff_ticket").query(String.class).single()).isEqualTo("CLAIMED");

        clock.advance(Duration.ofDays(2));
        jobs.tick();
        assertThat(jdbc.sql("SELECT status FROM handoff_ticket").query(String.class).single()).isEqualTo("CLOSED");
        assertThat(events.stream(HandoffEvent.class).filter(e -> e.kind() == HandoffEvent.Kind.CLOSED).findFirst().orElseThrow().outcome())
                .isEqualTo(HandoffEvent.Outcome.NO_RESPONSE);
        assertThat(intermediaries.textTo(BILAL)).contains("Ouder #" + ref).contains("geen reactie");
        assertThat(conversations.find(parent).orElseThrow().stage()).isEqualTo(Stage.BOT);
    }

    @Test
    void onlyRegisteredIntermediariesCanClaimAndOthersArePolitelyRefused() {
        press("lang:ar");
        say("أريد التحدث مع شخص");
        press("ho:yes");

        intermediaryPresses(STRANGER, "hi:claim:" + ref());

        assertThat(intermediaries.textTo(STRANGER)).contains("Sorry, dit kan alleen een geregistreerde sleutelpersoon");
        assertThat(jdbc.sql("SELECT status FROM handoff_ticket").query(String.class).single()).isEqualTo("QUEUED");
        assertThat(desk.accepts(new IntermediaryMessage(STRANGER, null, STRANGER, true, false, "hallo")))
                .as("a stranger's words are a parent's").isFalse();
    }

    @Test
    void anAdminManagesTheRegistryWithoutARedeploy() {
        intermediaryWrites(ADMIN, "/add_intermediary id=farah user=5005 org=sawa name=Farah langs=fa,ar regions=* hours=mon-fri 09:00-17:00 delivery=private");
        assertThat(intermediaries.textTo(ADMIN)).contains("Farah (farah) staat in het register");
        assertThat(registry.byTelegramUser(5005)).hasValueSatisfying(i -> assertThat(i.languages()).contains("fa"));

        intermediaryWrites(ADMIN, "/pause farah");
        assertThat(registry.byId("farah")).hasValueSatisfying(i -> assertThat(i.paused()).isTrue());

        intermediaryWrites(ADMIN, "/list");
        assertThat(intermediaries.textTo(ADMIN)).contains("farah · Farah · Stichting Sawa · fa,ar").contains("GEPAUZEERD");

        intermediaryWrites(STRANGER, "/pause bilal");
        assertThat(intermediaries.textTo(STRANGER)).contains("Sorry");
        assertThat(registry.byId("bilal")).hasValueSatisfying(i -> assertThat(i.paused()).isFalse());
    }

    @Test
    void aPausedIntermediaryIsNotMatched() {
        registry.setPaused("amina", true);
        press("lang:ar");
        say("أريد التحدث مع شخص");
        press("ho:yes");

        assertThat(intermediaries.sent).extracting(s -> s.to().chatId()).containsExactlyInAnyOrder(BILAL, CHADIA);
    }

    @Test
    void aWebParentsMessagesWaitUntilThePageFetchesThemOnce() {
        ConversationKey web = new ConversationKey(Channel.WEB, "web-parent-1");
        conversation.handle(InboundMessage.button(web, "lang:nl"));
        conversation.handle(InboundMessage.text(web, "ik wil met iemand praten"));
        conversation.handle(InboundMessage.button(web, "ho:yes"));
        intermediaryPresses(AMINA, claimButton(AMINA));

        intermediaryWrites(AMINA, "Hallo, ik ben Amina.");

        Reply fetched = mailbox.take(web);
        assertThat(text(fetched)).contains("Amina van Stichting Sawa helpt je nu").contains("Amina: Hallo, ik ben Amina.");
        assertThat(mailbox.take(web).messages()).isEmpty();
    }

    @Test
    void aSecondPollWhileAnEarlierMessageIsBeingHandedOverGetsNothingRatherThanTheLaterOnes() {
        ConversationKey web = new ConversationKey(Channel.WEB, "web-parent-2");
        conversation.handle(InboundMessage.button(web, "lang:nl"));
        conversation.handle(InboundMessage.text(web, "ik wil met iemand praten"));
        conversation.handle(InboundMessage.button(web, "ho:yes"));
        intermediaryPresses(AMINA, claimButton(AMINA));
        intermediaryWrites(AMINA, "Hallo, ik ben Amina.");
        // a first poll (another tab) holds the earliest message and has not handed it over yet
        var first = relayQueue.toParent(web).get(0);
        assertThat(relayQueue.lease(first.id(), clock.instant(), clock.instant().plusSeconds(120))).isTrue();

        assertThat(mailbox.take(web).messages()).as("nothing shown ahead of the held message").isEmpty();

        clock.set(clock.instant().plusSeconds(121));
        assertThat(text(mailbox.take(web))).contains("Amina van Stichting Sawa helpt je nu").contains("Amina: Hallo, ik ben Amina.");
    }

    @Test
    void anOrganisationWithAForumGroupGetsATopicPerTicketAndTheClaimantWritesThere() {
        registry.save(new Intermediary("amina", "Amina", "sawa", AMINA, Set.of("ar", "nl"), Set.of("*"),
                Availability.parse("always"), Delivery.TOPIC, false, false, 3), IntermediaryRegistry.Source.ADMIN);
        registry.setPaused("bilal", true);
        registry.setPaused("chadia", true);
        press("lang:ar");
        say("أريد التحدث مع شخص");
        press("ho:yes");

        assertThat(intermediaries.topicsOpened).hasSize(1);
        long thread = intermediaries.topicsOpened.get(0);
        assertThat(intermediaries.sent).singleElement().satisfies(s -> assertThat(s.to()).isEqualTo(new IntermediaryAddress(-100777L, thread)));

        desk.handle(new IntermediaryMessage(-100777L, thread, AMINA, false, true, "hi:claim:" + ref()));
        desk.handle(new IntermediaryMessage(-100777L, thread, AMINA, false, false, "Hallo!"));
        desk.handle(new IntermediaryMessage(-100777L, null, STRANGER, false, false, "gewoon gepraat in de groep"));

        assertThat(parents.textsTo(parent)).as("group mode: the organisation, not one volunteer").contains("Stichting Sawa: Hallo!");
        assertThat(intermediaries.to(-100777L)).as("chatter outside a ticket's topic is ignored")
                .allSatisfy(s -> assertThat(s.to().threadId()).isEqualTo(thread));
    }
}
