package nl.wegwijs.dashboard;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A question log with groups on both sides of k = 5. Every group of four askers carries a marker
 * word ("geheim...") that must never be found in a page or an export.
 */
final class DashboardFixtures {

    static final String USER = "platform";
    static final String PASSWORD = "correct horse battery staple";
    static final List<String> SMALL_GROUP_MARKERS = List.of("geheimonderwerp", "geheimregio", "org_geheim",
            "GEHEIM_CRISIS", "geheimterm", "geheimvraag", "Stichting Geheim");

    private final JdbcClient jdbc;
    private final LocalDate day = LocalDate.now().minusDays(1);
    private int asker;

    DashboardFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the staff user known to the app under test. */
    static void registerStaff(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("wegwijs.dashboard.users[0].username", () -> USER);
        registry.add("wegwijs.dashboard.users[0].password-hash", DashboardFixtures::passwordHash);
    }

    static String passwordHash() {
        return "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
    }

    void seed() {
        jdbc.sql("DELETE FROM insight_record").update();
        jdbc.sql("DELETE FROM insight_asker_fact").update();
        askers(6, "ANSWERED", "adhd", "nl", "amsterdam", null, "mijn zoon is druk");
        askers(5, "ANSWERED", "pesten", "nl", "amsterdam", null, "mijn dochter wordt gepest");
        askers(4, "ANSWERED", "geheimonderwerp", "nl", "amsterdam", null, null);
        askers(1, "ANSWERED", "tolk", "nl", "amsterdam", null, null);
        askers(4, "ANSWERED", "wijkteam", "nl", "geheimregio", null, null);
        askers(1, "ANSWERED", "wijkteam", "nl", "utrecht", null, null);
        askers(5, "ANSWERED", "wijkteam", "ar", "amsterdam", "org_alamal", null);
        askers(4, "ANSWERED", "wijkteam", "ar", "amsterdam", "org_geheim", null);
        askers(1, "ANSWERED", "wijkteam", "ar", "amsterdam", "org_x", null);
        askers(5, "CRISIS", "DOMESTIC_VIOLENCE", "nl", "amsterdam", null, null);
        askers(4, "CRISIS", "GEHEIM_CRISIS", "nl", "amsterdam", null, null);
        askers(1, "CRISIS", "ACUTE_DANGER", "nl", "amsterdam", null, null);
        askers(5, "JARGON", "term:ots", "tr", "amsterdam", null, "wat is een ots");
        askers(4, "JARGON", "term:geheimterm", "tr", "amsterdam", null, "wat is geheimterm");
        askers(1, "JARGON", "term:pgb", "tr", "amsterdam", null, "pgb?");
        askers(5, "UNANSWERED", "unanswered", "nl", "amsterdam", null, "waar is zwemles voor kinderen");
        askers(4, "UNANSWERED", "unanswered", "nl", "amsterdam", null, "geheimvraag over de buurtboerderij");
        for (String single : List.of("afvalcontainer kapot", "belasting terug", "rijbewijs omwisselen", "huurtoeslag stopt",
                "parkeren bij school")) {
            askers(1, "UNANSWERED", "unanswered", "nl", "amsterdam", null, single);
        }
        for (int i = 0; i < 5; i++) {
            String parent = "h" + (++asker);
            handoff("REQUESTED", "ar", null, null, parent);
            handoff("CLAIMED", "ar", "Stichting Al Amal", 300L, parent);
        }
        for (int i = 0; i < 4; i++) {
            String parent = "h" + (++asker);
            handoff("REQUESTED", "ar", null, null, parent);
            handoff("CLAIMED", "ar", "Stichting Geheim", 900L, parent);
        }
    }

    private void askers(int n, String kind, String topic, String language, String region, String referral, String text) {
        for (int i = 0; i < n; i++) {
            insert(kind, topic, language, region, referral, text, null, null, "a" + (++asker));
        }
    }

    private void handoff(String kind, String language, String organisation, Long seconds, String parent) {
        insert("HANDOFF", kind, language, "amsterdam", null, null, organisation, seconds, parent);
    }

    private void insert(String kind, String topic, String language, String region, String referral, String text,
            String organisation, Long seconds, String hash) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String week = "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        jdbc.sql("""
                        INSERT INTO insight_record (kind, topic, language, iso_week, week_start, channel, region, referral,
                        question, organisation, handoff_outcome, time_to_claim_seconds, asker_month, asker_hash)
                        VALUES (?, ?, ?, ?, ?, 'WEB', ?, ?, ?, ?, NULL, ?, ?, ?)""")
                .params(kind, topic, language, week, Date.valueOf(monday), region, referral, text, organisation, seconds,
                        day.toString().substring(0, 7), hash)
                .update();
        // every fixture asker counts: an issued identity and a real question (issue 15)
        for (String fact : List.of("ISSUED", "REAL_TURN")) {
            jdbc.sql("INSERT INTO insight_asker_fact (asker_month, asker_hash, fact) SELECT ?, ?, ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM insight_asker_fact WHERE asker_month = ? AND asker_hash = ? AND fact = ?)")
                    .params(day.toString().substring(0, 7), hash, fact, day.toString().substring(0, 7), hash, fact)
                    .update();
        }
    }
}
