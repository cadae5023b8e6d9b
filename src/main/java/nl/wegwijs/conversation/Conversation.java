package nl.wegwijs.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionOperations;
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

    private final TransactionOperations transactions;

    Conversation(List<ConversationStep> steps, ConversationStore store, LanguageResolver languages,
            InterfaceText text, ApplicationEventPublisher events, Clock clock) {
        this(steps, store, languages, text, events, clock, TransactionOperations.withoutTransaction());
    }

    @Autowired
    Conversation(List<ConversationStep> steps, ConversationStore store, LanguageResolver languages,
            InterfaceText text, ApplicationEventPublisher events, Clock clock, TransactionOperations transactions) {
        this.transactions = transactions;
        List<ConversationStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(ConversationStep::stage).thenComparing(AnnotationAwareOrderComparator.INSTANCE));
        this.steps = List.copyOf(ordered);
        this.store = store;
        this.languages = languages;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One turn, in one transaction around everything it changes (state, tickets, the kept
     * question): it all happens or nothing does. A step or listener that fails, or a database that
     * does, gives the user a polite answer in their language instead, and the log a stack trace
     * (never the text).
     */
    public Reply handle(InboundMessage message) {
        Language[] known = new Language[1];
        try {
            return transactions.execute(status -> turn(message, known));
        } catch (DataAccessException | TransactionException e) {
            return unavailable(message, known[0], e);
        } catch (RuntimeException e) {
            log.error("a conversation step or listener failed; the user got an apology", e);
            return unavailable(message, known[0], e);
        }
    }

    private Reply turn(InboundMessage message, Language[] known) {
        ConversationState state = store.find(message.key()).orElseGet(() -> ConversationState.fresh(message.key()));
        Language language = languageOf(message, state);
        known[0] = language;
        Turn turn = new Turn(message, state.withLanguage(language, state.languageChosen()), language);

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
                next = forget ? turn.state() : answered.state();
                if (outcome.kind() != OutcomeKind.CRISIS) {
                    outcome = answered.outcome();
                }
                break;
            }
        }
        Language replyLanguage = next.language() != null ? next.language() : language;
        known[0] = replyLanguage;
        if (forget) {
            store.delete(message.key());
            events.publishEvent(new UserForgotten(message.key()));
        } else {
            store.save(next.touchedAt(clock.instant()));
        }
        String question = outcome.kind() == OutcomeKind.CRISIS || message.kind() != MessageKind.TEXT ? null : message.text();
        events.publishEvent(new TurnCompleted(message.key(), replyLanguage, outcome, question,
                next.referral(), clock.instant()));
        return new Reply(replyLanguage, out);
    }

    private Language languageOf(InboundMessage message, ConversationState state) {
        if (message.kind() != MessageKind.TEXT || message.isCommand()) {
            return languages.resolve("", state.language(), true);
        }
        return languages.resolve(message.text(), state.language(), state.languageChosen());
    }

    private Reply unavailable(InboundMessage message, Language known, RuntimeException e) {
        if (e instanceof DataAccessException || e instanceof TransactionException) {
            log.error("conversation store unavailable: {}", e.getClass().getSimpleName());
        }
        Language language = known != null ? known
                : message.kind() == MessageKind.TEXT ? languages.resolve(message.text(), null, false) : Language.NL;
        return new Reply(language, List.of(OutboundMessage.of(text.get(language, "error.unavailable"))));
    }
}
