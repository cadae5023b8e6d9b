package nl.wegwijs.handoff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.TurnCompleted;
import nl.wegwijs.conversation.UserForgotten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The parent's last question and its topic, so the consent text can show exactly what an
 * intermediary would see. Scrubbed on arrival, held only in memory and only briefly: nothing of
 * it is stored unless the parent says yes to a handoff.
 */
@Component
class RecentQuestions {

    record Recent(String scrubbedText, String topic) {
        @Override
        public String toString() {
            return "Recent[" + topic + "]";
        }
    }

    private static final Set<OutcomeKind> QUESTIONS = Set.of(OutcomeKind.ANSWERED, OutcomeKind.JARGON,
            OutcomeKind.LETTER, OutcomeKind.UNANSWERED);

    private final Cache<ConversationKey, Recent> recent;
    private final Scrubber scrubber;

    RecentQuestions(HandoffProperties properties, Scrubber scrubber) {
        this.scrubber = scrubber;
        this.recent = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(properties.recentQuestion()).build();
    }

    @EventListener
    void on(TurnCompleted turn) {
        if (turn.questionText() == null || turn.questionText().isBlank() || !QUESTIONS.contains(turn.outcome().kind())) {
            return;
        }
        String topic = turn.outcome().kind() == OutcomeKind.ANSWERED ? turn.outcome().topic() : null;
        recent.put(turn.key(), new Recent(scrubber.scrub(turn.questionText()), topic));
    }

    @EventListener
    void on(UserForgotten forgotten) {
        recent.invalidate(forgotten.key());
    }

    Optional<Recent> of(ConversationKey key) {
        return Optional.ofNullable(recent.getIfPresent(key));
    }

    void forget(ConversationKey key) {
        recent.invalidate(key);
    }
}
