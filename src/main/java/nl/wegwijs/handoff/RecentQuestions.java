package nl.wegwijs.handoff;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.TurnCompleted;
import nl.wegwijs.conversation.UserForgotten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The parent's last question and its topic, so the consent text can show exactly what an
 * intermediary would see. Scrubbed on arrival and kept in the database (the next message may reach
 * another replica), only briefly: older ones are ignored and purged, /vergeet deletes it.
 * Written in the turn's transaction (the listener runs synchronously inside it); the /vergeet
 * deletion runs after the turn's commit from the event publication registry, so it is retried
 * until done (a crash, a restart or a database hiccup in between loses nothing).
 */
@Component
class RecentQuestions {

    private static final Logger log = LoggerFactory.getLogger(RecentQuestions.class);

    record Recent(String scrubbedText, String topic) {
        @Override
        public String toString() {
            return "Recent[" + topic + "]";
        }
    }

    private static final Set<OutcomeKind> QUESTIONS = Set.of(OutcomeKind.ANSWERED, OutcomeKind.JARGON,
            OutcomeKind.LETTER, OutcomeKind.UNANSWERED);

    private final JdbcClient jdbc;
    private final Scrubber scrubber;
    private final HandoffProperties properties;
    private final Clock clock;
    private final String upsert;

    RecentQuestions(JdbcClient jdbc, DataSource dataSource, HandoffProperties properties, Scrubber scrubber, Clock clock) {
        this.jdbc = jdbc;
        this.scrubber = scrubber;
        this.properties = properties;
        this.clock = clock;
        this.upsert = isPostgres(dataSource)
                ? """
                  INSERT INTO handoff_recent_question (question, topic, asked_at, channel, chat_id) VALUES (?, ?, ?, ?, ?)
                  ON CONFLICT (channel, chat_id) DO UPDATE SET question = EXCLUDED.question, topic = EXCLUDED.topic,
                  asked_at = EXCLUDED.asked_at"""
                : """
                  MERGE INTO handoff_recent_question (question, topic, asked_at, channel, chat_id)
                  KEY (channel, chat_id) VALUES (?, ?, ?, ?, ?)""";
    }

    @EventListener
    void on(TurnCompleted turn) {
        if (turn.questionText() == null || turn.questionText().isBlank() || !QUESTIONS.contains(turn.outcome().kind())) {
            return;
        }
        String topic = turn.outcome().kind() == OutcomeKind.ANSWERED ? turn.outcome().topic() : null;
        String scrubbed = scrubber.scrub(turn.questionText());
        jdbc.sql(upsert).params(scrubbed.length() > 4000 ? scrubbed.substring(0, 4000) : scrubbed,
                topic == null || topic.length() <= 100 ? topic : topic.substring(0, 100),
                Timestamp.from(clock.instant()), turn.key().channel().name(), turn.key().chatId()).update();
    }

    @ApplicationModuleListener(id = "handoff.recent-question.forget")
    void on(UserForgotten forgotten) {
        forget(forgotten.key());
    }

    Optional<Recent> of(ConversationKey key) {
        Instant since = clock.instant().minus(properties.recentQuestion());
        return jdbc.sql("""
                        SELECT question, topic FROM handoff_recent_question
                        WHERE channel = ? AND chat_id = ? AND asked_at >= ?""")
                .params(key.channel().name(), key.chatId(), Timestamp.from(since))
                .query((rs, n) -> new Recent(rs.getString(1), rs.getString(2)))
                .optional();
    }

    void forget(ConversationKey key) {
        jdbc.sql("DELETE FROM handoff_recent_question WHERE channel = ? AND chat_id = ?")
                .params(key.channel().name(), key.chatId()).update();
    }

    /** No longer needed once too old to be shown: deleted, not only ignored. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void purge() {
        try {
            jdbc.sql("DELETE FROM handoff_recent_question WHERE asked_at < ?")
                    .param(Timestamp.from(clock.instant().minus(properties.recentQuestion()))).update();
        } catch (DataAccessException e) {
            log.warn("could not purge old questions; next run retries: {}", e.getClass().getSimpleName());
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}
