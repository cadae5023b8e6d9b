package nl.wegwijs.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same behaviour on every database the app supports. */
abstract class ConversationStoreContract {

    private JdbcConversationStore store;
    private JdbcClient jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void setUp() {
        DataSource ds = dataSource();
        jdbc = JdbcClient.create(ds);
        this.ds = ds;
        store = new JdbcConversationStore(jdbc, ds);
    }

    private DataSource ds;

    @Test
    void remembersLanguageChoiceReferralAndStageAcrossInstances() {
        var key = new ConversationKey(Channel.TELEGRAM, "4242");
        Instant at = Instant.parse("2026-11-22T10:15:30Z");
        store.save(new ConversationState(key, Language.AR, true, "org_xyz", Stage.IN_HANDOFF, "T-7", at, "faq:tolk"));

        var fresh = new JdbcConversationStore(jdbc, ds);
        var found = fresh.find(key).orElseThrow();

        assertThat(found.language()).isEqualTo(Language.AR);
        assertThat(found.languageChosen()).isTrue();
        assertThat(found.referral()).isEqualTo("org_xyz");
        assertThat(found.stage()).isEqualTo(Stage.IN_HANDOFF);
        assertThat(found.ticketRef()).isEqualTo("T-7");
        assertThat(found.lastTopic()).as("the last answer's topic, an id, never text").isEqualTo("faq:tolk");
        assertThat(found.lastActivity().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(at);
    }

    @Test
    void updatesAnExistingConversationInPlace() {
        var key = new ConversationKey(Channel.WEB, "abc");
        store.save(ConversationState.fresh(key).withLanguage(Language.NL, false));
        store.save(ConversationState.fresh(key).withLanguage(Language.TR, true));

        assertThat(jdbc.sql("SELECT count(*) FROM conversation_state").query(Long.class).single()).isEqualTo(1);
        assertThat(store.find(key).orElseThrow().language()).isEqualTo(Language.TR);
    }

    @Test
    void keepsChannelsApartForTheSameChatId() {
        store.save(ConversationState.fresh(new ConversationKey(Channel.WEB, "1")).withLanguage(Language.PL, true));

        assertThat(store.find(new ConversationKey(Channel.TELEGRAM, "1"))).isEmpty();
    }

    @Test
    void forgetsEverythingOnDeleteAlsoFromTheCache() {
        var key = new ConversationKey(Channel.WEB, "gone");
        store.save(ConversationState.fresh(key).withLanguage(Language.UK, true));
        store.find(key);

        store.delete(key);

        assertThat(store.find(key)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM conversation_state").query(Long.class).single()).isZero();
    }

    @Test
    void storesNoMessageText() {
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE lower(table_name) = 'conversation_state'")
                .query(String.class).list())
                .map(String::toLowerCase)
                .containsExactlyInAnyOrder("channel", "chat_id", "language", "language_chosen", "referral", "stage",
                        "ticket_ref", "last_activity", "last_topic");
    }

    @Test
    void twoFirstMessagesOfOneConversationAtOnceBothSave() throws Exception {
        int conversations = 100;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        var start = new java.util.concurrent.CountDownLatch(1);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < conversations; i++) {
            var key = new ConversationKey(Channel.WEB, "race-" + i);
            for (Language language : new Language[] {Language.NL, Language.EN}) {
                futures.add(pool.submit(() -> {
                    try {
                        start.await();
                        store.save(ConversationState.fresh(key).withLanguage(language, false));
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();

        assertThat(failures.get()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM conversation_state WHERE chat_id LIKE 'race-%'").query(Long.class).single())
                .isEqualTo(conversations);
    }

    @Test
    void deletesOnlyConversationsInactiveBeforeTheCutoff() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        store.save(new ConversationState(new ConversationKey(Channel.WEB, "old"), Language.NL, false, "org", Stage.BOT, null,
                now.minus(java.time.Duration.ofDays(31))));
        store.save(new ConversationState(new ConversationKey(Channel.WEB, "recent"), Language.NL, false, null, Stage.BOT, null,
                now.minus(java.time.Duration.ofDays(29))));

        assertThat(store.deleteInactiveSince(now.minus(java.time.Duration.ofDays(30)))).isEqualTo(1);
        assertThat(store.find(new ConversationKey(Channel.WEB, "old"))).isEmpty();
        assertThat(store.find(new ConversationKey(Channel.WEB, "recent"))).isPresent();
    }
}
