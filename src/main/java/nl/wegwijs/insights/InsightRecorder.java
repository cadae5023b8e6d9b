package nl.wegwijs.insights;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.IdentityIssued;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.TurnCompleted;
import nl.wegwijs.conversation.UserForgotten;
import nl.wegwijs.handoff.HandoffEvent;
import nl.wegwijs.language.Language;
import nl.wegwijs.privacy.PersonalDataScrubber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Turns conversation and handoff events into anonymous records. A turn's record is handed to the
 * {@link InsightExecutor} (scrubbing, hashing and storing happen there; under overload a record is
 * dropped, never the reply). Handoff events and /vergeet come through the event publication registry
 * instead: they run after the publishing transaction on the module-event threads, and what fails or
 * is cut off by a crash is retried until done, so a deletion a parent asked for is never dropped.
 * Logs name failures by type only: never text, never a key.
 */
class InsightRecorder {

    private static final Logger log = LoggerFactory.getLogger(InsightRecorder.class);

    /** HANDOFF turns are relayed messages; handoffs are counted from {@link HandoffEvent}s instead. */
    private static final Set<OutcomeKind> RECORDED = EnumSet.of(OutcomeKind.ANSWERED, OutcomeKind.UNANSWERED,
            OutcomeKind.JARGON, OutcomeKind.LETTER, OutcomeKind.CRISIS);
    /** A letter is a whole document full of personal details: its terms count, its text is not kept. */
    private static final Set<OutcomeKind> WITH_TEXT = EnumSet.of(OutcomeKind.ANSWERED, OutcomeKind.UNANSWERED,
            OutcomeKind.JARGON);
    static final int MAX_TEXT = 1000;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Set<HandoffEvent.Kind> PERSON_INVOLVED = EnumSet.of(HandoffEvent.Kind.CLAIMED,
            HandoffEvent.Kind.CLOSED);

    private final InsightStore store;
    private final AskerHasher hasher;
    private final PersonalDataScrubber scrubber;
    private final InsightExecutor executor;
    private final InsightsProperties properties;
    private final String region;
    private final Clock clock;
    private final Counter recorded;
    private final Counter failed;
    private final Counter dropped;

    InsightRecorder(InsightStore store, AskerHasher hasher, PersonalDataScrubber scrubber, InsightExecutor executor,
            InsightsProperties properties, String region, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.hasher = hasher;
        this.scrubber = scrubber;
        this.executor = executor;
        this.properties = properties;
        this.region = region == null || region.isBlank() ? Regions.NATIONAL : region.trim();
        this.clock = clock;
        this.recorded = meters.counter("wegwijs.insights.records", "result", "stored");
        this.failed = meters.counter("wegwijs.insights.records", "result", "failed");
        this.dropped = meters.counter("wegwijs.insights.records", "result", "dropped");
    }

    @EventListener
    void on(TurnCompleted turn) {
        if (turn.outcome() == null || !RECORDED.contains(turn.outcome().kind())) {
            return;
        }
        submit(() -> {
            InsightRecord record = record(turn);
            store.save(record);
            markFacts(record, turn.key(), realTurn(turn.outcome().kind(), turn.questionText()));
        });
    }

    @ApplicationModuleListener(id = "insights.handoff.record")
    void on(HandoffEvent event) {
        counted(() -> {
            InsightRecord record = record(event);
            store.save(record);
            // a handoff an intermediary took is a real parent, even one who only pressed buttons
            markFacts(record, event.parent(), PERSON_INVOLVED.contains(event.kind()));
        });
    }

    /** The web chat issued this identity itself: the asker may count once they write a real question. */
    @EventListener
    void on(IdentityIssued issued) {
        submit(() -> {
            AskerHasher.Hashed asker = hasher.hash(issued.key());
            store.markAsker(asker.month(), asker.hash(), AskerFact.ISSUED);
        }, false);
    }

    private void markFacts(InsightRecord record, ConversationKey key, boolean real) {
        if (key.channel() != Channel.WEB) {
            // Telegram issues its chat ids, and they reach us only over the bot's own authenticated link
            store.markAsker(record.askerMonth(), record.askerHash(), AskerFact.ISSUED);
        }
        if (real) {
            store.markAsker(record.askerMonth(), record.askerHash(), AskerFact.REAL_TURN);
        }
    }

    /**
     * A real question: a crisis or a letter (recognised from their content), or a text with at least two
     * different words of two letters or more. Empty messages, "hi", "." or "test test" do not make an
     * asker count.
     */
    static boolean realTurn(OutcomeKind kind, String text) {
        if (kind == OutcomeKind.CRISIS || kind == OutcomeKind.LETTER) {
            return true;
        }
        if (text == null) {
            return false;
        }
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 2) {
            words.add(m.group());
        }
        return words.size() >= 2;
    }

    /** Only this month's records can still be tied to the user; earlier months' keys are gone. */
    @ApplicationModuleListener(id = "insights.asker.forget")
    void on(UserForgotten forgotten) {
        AskerHasher.Hashed asker = hasher.hash(forgotten.key());
        store.deleteAsker(asker.month(), asker.hash());
    }

    /** Runs on the caller's (registry's) thread; a failure propagates so the publication is retried. */
    private void counted(Runnable work) {
        try {
            work.run();
            recorded.increment();
        } catch (RuntimeException e) {
            failed.increment();
            log.warn("insight not recorded (will be retried): {}", e.getClass().getSimpleName());
            throw e;
        }
    }

    private void submit(Runnable work) {
        submit(work, true);
    }

    /** @param isRecord whether the work stores a record (the metric counts records, not facts) */
    private void submit(Runnable work, boolean isRecord) {
        try {
            boolean queued = executor.offer(() -> {
                try {
                    work.run();
                    if (isRecord) {
                        recorded.increment();
                    }
                } catch (RuntimeException e) {
                    failed.increment();
                    log.warn("insight not recorded: {}", e.getClass().getSimpleName());
                }
            });
            if (!queued) {
                dropped.increment();
            }
        } catch (RuntimeException e) {
            // the listener runs on the reply's thread: whatever happens, it must return quietly
            dropped.increment();
        }
    }

    InsightRecord record(TurnCompleted turn) {
        OutcomeKind kind = turn.outcome().kind();
        String text = WITH_TEXT.contains(kind) ? scrubbed(turn.questionText()) : null;
        String topic = kind == OutcomeKind.UNANSWERED ? "unanswered" : turn.outcome().topic();
        return build(RecordKind.valueOf(kind.name()), topic, turn.language(), turn.at(), turn.key(), turn.referral(),
                text, null, null, null);
    }

    InsightRecord record(HandoffEvent e) {
        Long seconds = e.timeToClaim() == null ? null : e.timeToClaim().toSeconds();
        return build(RecordKind.HANDOFF, e.kind().name(), e.language(), e.at(), e.parent(), e.referral(), null,
                e.organisation(), e.outcome() == null ? null : e.outcome().name(), seconds);
    }

    private InsightRecord build(RecordKind kind, String topic, Language language, Instant at, ConversationKey key,
            String referral, String text, String organisation, String outcome, Long seconds) {
        LocalDate day = (at == null ? clock.instant() : at).atZone(properties.zone()).toLocalDate();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String week = Insights.isoWeek(day);
        AskerHasher.Hashed asker = hasher.hash(key);
        return new InsightRecord(kind, cut(topic == null ? "unknown" : topic, 100),
                language == null ? null : language.code(), week, monday, key.channel().name(), region,
                referral == null || referral.isBlank() ? null : cut(referral, 64), text, cut(organisation, 100),
                outcome, seconds, asker.month(), asker.hash());
    }

    private String scrubbed(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String clean = scrubber.scrub(raw).strip();
        return clean.isEmpty() ? null : cut(clean, MAX_TEXT);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
