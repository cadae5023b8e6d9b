package nl.wegwijs.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The one pipeline every message goes through, from any channel (DESIGN.md): the steps run in
 * {@link PipelineStage} order and the first that answers ends it. Afterwards the state is kept
 * and a {@link TurnCompleted} event goes to whoever records insights, off the reply's path.
 */
@Service
public class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);

    private final List<ConversationStep> steps;
    private final ConversationStore store;
    private final LanguageResolver languages;
    private final InterfaceText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversation(List<ConversationStep> steps, ConversationStore store, LanguageResolver languages,
            InterfaceText text, ApplicationEventPublisher events, Clock clock) {
        List<ConversationStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(ConversationStep::stage).thenComparing(AnnotationAwareOrderComparator.INSTANCE));
        this.steps = List.copyOf(ordered);
        this.store = store;
        this.languages = languages;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    public Reply handle(InboundMessage message) {
        ConversationState state;
        try {
            state = store.find(message.key()).orElseGet(() -> ConversationState.fresh(message.key()));
        } catch (DataAccessException e) {
            return unavailable(message, null, e);
        }
        LanguageResolver.Decision decision = languageOf(message, state);
        Language language = decision.language();
        boolean chosen = decision.switched() ? true : state.languageChosen();
        Turn turn = new Turn(message, state.withLanguage(language, chosen), language, decision);

        List<OutboundMessage> out = new ArrayList<>();
        Outcome outcome = Outcome.other();
        ConversationState next = turn.state();
        boolean forget = false;
        for (ConversationStep step : steps) {
            StepResult result = step.handle(turn);
            if (result instanceof StepResult.Prefixed prefixed) {
                out.addAll(prefixed.messages());
                outcome = prefixed.outcome();
            } else if (result instanceof StepResult.Answered answered) {
                out.addAll(answered.messages());
                forget = answered.state() == null;
                next = forget ? turn.state() : withTopic(answered.state(), answered.outcome());
                if (outcome.kind() != OutcomeKind.CRISIS) {
                    outcome = answered.outcome();
                }
                break;
            }
        }
        Language replyLanguage = next.language() != null ? next.language() : language;
        try {
            if (forget) {
                store.delete(message.key());
                events.publishEvent(new UserForgotten(message.key()));
            } else {
                store.save(next.touchedAt(clock.instant()));
            }
        } catch (DataAccessException e) {
            if (forget || changed(state, next)) {
                return unavailable(message, replyLanguage, e);
            }
            log.warn("could not record last activity: {}", e.getClass().getSimpleName());
        }
        String question = outcome.kind() == OutcomeKind.CRISIS || message.kind() != MessageKind.TEXT ? null : message.text();
        events.publishEvent(new TurnCompleted(message.key(), replyLanguage, outcome, question,
                next.referral(), clock.instant()));
        return new Reply(replyLanguage, out);
    }

    private LanguageResolver.Decision languageOf(InboundMessage message, ConversationState state) {
        if (message.kind() != MessageKind.TEXT || message.isCommand()) {
            return languages.decide("", state.language(), true);
        }
        return languages.decide(message.text(), state.language(), state.languageChosen());
    }

    /** The topic of an answer, kept as an id for a follow-up; other turns keep the one before. */
    private static ConversationState withTopic(ConversationState state, Outcome outcome) {
        if (outcome == null || outcome.topic() == null) {
            return state;
        }
        return switch (outcome.kind()) {
            case ANSWERED -> state.withLastTopic(outcome.topic().contains(":") ? outcome.topic() : "faq:" + outcome.topic());
            case JARGON -> state.withLastTopic(outcome.topic());
            default -> state;
        };
    }

    /** A change the user would miss if it were lost; the time of last activity is not one. */
    private static boolean changed(ConversationState before, ConversationState after) {
        return !Objects.equals(before.language(), after.language())
                || before.languageChosen() != after.languageChosen()
                || !Objects.equals(before.referral(), after.referral())
                || before.stage() != after.stage()
                || !Objects.equals(before.ticketRef(), after.ticketRef())
                || !Objects.equals(before.lastTopic(), after.lastTopic());
    }

    private Reply unavailable(InboundMessage message, Language known, DataAccessException e) {
        log.error("conversation store unavailable: {}", e.getClass().getSimpleName());
        Language language = known != null ? known
                : message.kind() == MessageKind.TEXT ? languages.resolve(message.text(), null, false) : Language.NL;
        return new Reply(language, List.of(OutboundMessage.of(text.get(language, "error.unavailable"))));
    }
}
