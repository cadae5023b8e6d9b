package nl.wegwijs.insights;

import static nl.wegwijs.insights.Records.handoff;
import static nl.wegwijs.insights.Records.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database adapters must do, run against H2 and against a real PostgreSQL. */
abstract class JdbcInsightStoreContract {

    abstract DataSource dataSource();

    JdbcClient jdbc;
    JdbcInsightStore store;
    JdbcAskerKeys keys;
    /** As an operator sets WEGWIJS_ASKER_KEY_SECRET: outside the database. */
    static final String SECRET = "test-secret-0123456789-abcdefghijklmnop";
    final LocalDate monday = LocalDate.of(2026, 11, 16);

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(dataSource());
        store = new JdbcInsightStore(jdbc);
        keys = new JdbcAskerKeys(jdbc, AskerKeySeal.fromSecret(SECRET));
    }

    /** A record of an asker who counts (issued identity, a real question). */
    void save(InsightRecord record) {
        store.save(record);
        for (AskerFact fact : AskerFact.values()) {
            store.markAsker(record.askerMonth(), record.askerHash(), fact);
        }
    }

    Selection all(RecordKind... kinds) {
        return new Selection(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, Set.of(kinds), Set.of());
    }

    @Test
    void groupsPerAskerSoTheRuleCanCountDistinctAskers() {
        save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "a"));
        save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "a"));
        save(question(RecordKind.ANSWERED, "adhd", "ar", monday, "b"));
        save(question(RecordKind.ANSWERED, "tolk", "ar", monday.plusDays(2), "b"));
        save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "c", "zwemles [NAAM]"));

        List<AskerRow> rows = store.askers(all(RecordKind.ANSWERED), List.of(Dim.TOPIC, Dim.WEEK));

        assertThat(rows).extracting(AskerRow::key, AskerRow::asker, AskerRow::records).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(List.of("adhd", "2026-W47"), "a", 2L),
                org.assertj.core.groups.Tuple.tuple(List.of("adhd", "2026-W47"), "b", 1L),
                org.assertj.core.groups.Tuple.tuple(List.of("tolk", "2026-W47"), "b", 1L));
        assertThat(store.askers(new Selection(monday, monday, "nl", "amsterdam", Set.of(RecordKind.ANSWERED), Set.of()),
                List.of(Dim.TOPIC))).extracting(AskerRow::key).containsExactly(List.of("adhd"));
    }

    @Test
    void missingValuesGroupAsOneDash() {
        save(question(RecordKind.ANSWERED, "adhd", null, monday, "a"));

        assertThat(store.askers(all(RecordKind.ANSWERED), List.of(Dim.LANGUAGE, Dim.REFERRAL)))
                .extracting(AskerRow::key).containsExactly(List.of("-", "-"));
    }

    @Test
    void sumsTimeToClaim() {
        save(handoff("CLAIMED", "tr", "Köprü", null, 60L, monday, "a"));
        save(handoff("CLAIMED", "tr", "Köprü", null, 120L, monday, "a"));
        save(handoff("CLOSED", "tr", "Köprü", "HELPED", null, monday, "a"));

        assertThat(store.askers(all(RecordKind.HANDOFF).topics("CLAIMED"), List.of(Dim.ORGANISATION)))
                .singleElement().satisfies(r -> {
                    assertThat(r.seconds()).isEqualTo(180);
                    assertThat(r.timed()).isEqualTo(2);
                });
    }

    @Test
    void readsQuestionsNewestFirst() {
        save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday.minusWeeks(1), "a", "oud"));
        save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "b", "nieuw"));
        save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "c", null));

        assertThat(store.questions(all(RecordKind.UNANSWERED), 10)).extracting(InsightStore.StoredQuestion::text)
                .containsExactly("nieuw", "oud");
        assertThat(store.questions(all(RecordKind.UNANSWERED), 1)).hasSize(1);
    }

    @Test
    void deletesByWeekAndByAsker() {
        save(question(RecordKind.ANSWERED, "adhd", "nl", monday.minusWeeks(60), "a"));
        save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "a"));
        save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "b"));

        assertThat(store.deleteWeeksBefore(monday.minusWeeks(56))).isEqualTo(1);
        assertThat(store.deleteAsker("2026-11", "a")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT asker_hash FROM insight_record").query(String.class).list()).containsExactly("b");
    }

    /** Issue 15: ids nobody issued and empty or ping turns must not pad a group up to k. */
    @Test
    void onlyAskersWithAnIssuedIdentityAndARealTurnAreCountedOrQuoted() {
        save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "real", "zwemles kind"));
        store.save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "invented", "zwemles kind"));
        store.markAsker("2026-11", "invented", AskerFact.REAL_TURN);
        store.save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "ping", "hoi"));
        store.markAsker("2026-11", "ping", AskerFact.ISSUED);
        store.markAsker("2026-11", "ping", AskerFact.ISSUED);

        assertThat(store.askers(all(RecordKind.UNANSWERED), List.of(Dim.TOPIC))).extracting(AskerRow::asker)
                .containsExactly("real");
        assertThat(store.questions(all(RecordKind.UNANSWERED), 10)).extracting(InsightStore.StoredQuestion::asker)
                .containsExactly("real");

        store.markAsker("2026-11", "ping", AskerFact.REAL_TURN);
        assertThat(store.askers(all(RecordKind.UNANSWERED), List.of(Dim.TOPIC))).extracting(AskerRow::asker)
                .as("a later real question makes the asker count, with the earlier records").contains("ping");

        store.deleteAsker("2026-11", "real");
        store.deleteWeeksBefore(LocalDate.of(2026, 12, 7));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_asker_fact").query(Integer.class).single())
                .as("facts go with the asker and with the month's records").isZero();
    }

    @Test
    void keepsOneKeyPerMonthAndTheNewMonthsFirstKeyDeletesPastMonths() {
        byte[] november = keys.keyFor(YearMonth.of(2026, 11));

        assertThat(keys.keyFor(YearMonth.of(2026, 11))).isEqualTo(november).hasSize(32);
        assertThat(keys.keyFor(YearMonth.of(2026, 12))).isNotEqualTo(november);
        assertThat(jdbc.sql("SELECT key_month FROM insight_asker_key").query(String.class).list())
                .as("November's key went with December's first").containsExactly("2026-12");
        assertThat(keys.keyFor(YearMonth.of(2026, 11))).as("a deleted key is never brought back").isNotEqualTo(november);
    }

    @Test
    void replicasWithTheSameSecretShareTheMonthsKeyAndAnotherSecretCannotOpenIt() {
        byte[] mine = keys.keyFor(YearMonth.of(2026, 10));
        var replica = new JdbcAskerKeys(jdbc, AskerKeySeal.fromSecret(SECRET));
        var stranger = new JdbcAskerKeys(jdbc, AskerKeySeal.fromSecret("another-secret-9876543210-zyxwvutsrq"));

        assertThat(replica.keyFor(YearMonth.of(2026, 10))).isEqualTo(mine);
        assertThatThrownBy(() -> stranger.keyFor(YearMonth.of(2026, 10))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WEGWIJS_ASKER_KEY_SECRET");
        keys.deleteBefore(YearMonth.of(2026, 12));
    }

    /** With a fixed clock: the last second of November in Amsterdam, then the first of December. */
    @Test
    void theMonthsKeyIsDestroyedWhenTheMonthEnds() {
        var clock = new MutableClock(java.time.Instant.parse("2026-11-30T22:59:59Z"));
        var hasher = new AskerHasher(keys, clock, java.time.ZoneId.of("Europe/Amsterdam"));
        var job = new RetentionJob(store, keys, hasher, InsightsProperties.defaults(), clock);
        var parent = new ConversationKey(Channel.TELEGRAM, "5512349876");
        String november = hasher.hash(parent).hash();
        job.monthEnded();
        assertThat(jdbc.sql("SELECT key_month FROM insight_asker_key").query(String.class).list()).contains("2026-11");

        clock.set(java.time.Instant.parse("2026-11-30T23:00:01Z"));
        job.monthEnded();

        assertThat(jdbc.sql("SELECT key_month FROM insight_asker_key").query(String.class).list())
                .doesNotContain("2026-11");
        assertThat(hasher.hash(parent).hash()).as("December's hash cannot be linked to November's").isNotEqualTo(november)
                .isEqualTo(hasher.hash(parent).hash());
    }

    /**
     * The attack of issue 15: someone who can read the database (a dump, a backup, SQL access) and knows a
     * parent's Telegram id tries every value stored anywhere as the month's key. None may reproduce the
     * hash; the real key (which only the running application can open) does, so the check can fail.
     */
    @Test
    void readingTheDatabaseAloneCannotRecomputeAKnownTelegramIdsHash() throws Exception {
        var clock = new MutableClock(java.time.Instant.parse("2026-11-20T10:00:00Z"));
        var hasher = new AskerHasher(keys, clock, java.time.ZoneId.of("Europe/Amsterdam"));
        var parent = new ConversationKey(Channel.TELEGRAM, "5512349876");
        String hash = hasher.hash(parent).hash();
        store.save(new InsightRecord(RecordKind.ANSWERED, "adhd", "nl", "2026-W47", monday, "TELEGRAM", "amsterdam",
                null, "wat is adhd", null, null, null, "2026-11", hash));
        byte[] message = "TELEGRAM:5512349876".getBytes(StandardCharsets.UTF_8);

        assertThat(hmac(keys.keyFor(YearMonth.of(2026, 11)), message)).as("control: the real key").isEqualTo(hash);
        List<String> values = everyStoredValue();
        assertThat(values).as("the database was read").contains(hash);
        long tried = 0;
        for (String value : values) {
            for (byte[] candidate : candidates(value)) {
                tried++;
                assertThat(hmac(candidate, message)).as("a stored value recomputes the hash").isNotEqualTo(hash);
            }
        }
        assertThat(tried).isGreaterThan(values.size());
    }

    private List<String> everyStoredValue() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables"
                + " WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')")
                .query(String.class).list();
        assertThat(tables).contains("insight_asker_key", "insight_record");
        List<String> values = new java.util.ArrayList<>();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM " + table).query((rs, i) -> {
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    Object v = rs.getObject(c);
                    if (v instanceof byte[] b) {
                        values.add(java.util.HexFormat.of().formatHex(b));
                    } else if (v != null) {
                        values.add(v.toString());
                    }
                }
                return 0;
            }).list();
        }
        return values;
    }

    /** The value itself, and what it decodes to as Base64 or hex (how a key would be stored). */
    private static List<byte[]> candidates(String value) {
        List<byte[]> out = new java.util.ArrayList<>();
        out.add(value.getBytes(StandardCharsets.UTF_8));
        try {
            out.add(java.util.Base64.getDecoder().decode(value.strip()));
        } catch (IllegalArgumentException notBase64) {
            // not that kind
        }
        try {
            out.add(java.util.HexFormat.of().parseHex(value.strip()));
        } catch (IllegalArgumentException notHex) {
            // not that kind
        }
        return out.stream().filter(b -> b.length > 0).toList();
    }

    private static String hmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(message), 0, 16);
    }
}
