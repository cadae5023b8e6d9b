package nl.wegwijs.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final List<UrgentCheck> urgentChecks;

    private final TransactionOperations transactions;

    Conversation(List<ConversationStep> steps, ConversationStore store, LanguageResolver languages,
            InterfaceText text, ApplicationEventPublisher events, Clock clock) {
        this(steps, store, languages, text, events, clock, List.of());
    }

    Conversation(List<ConversationStep> steps, ConversationStore store, LanguageResolver languages,
            InterfaceText text, ApplicationEventPublisher events, Clock clock, List<UrgentCheck> urgentChecks) {
        this(steps, store, languages, text, events, clock, urgentChecks, TransactionOperations.withoutTransaction());
    }

    @Autowired
    Conversation(List<ConversationStep> steps, ConversationStore store, LanguageResolver languages,
            InterfaceText text, ApplicationEventPublisher events, Clock clock, List<UrgentCheck> urgentChecks,
            TransactionOperations transactions) {
        this.transactions = nested(transactions);
        List<ConversationStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(ConversationStep::stage).thenComparing(AnnotationAwareOrderComparator.INSTANCE));
        this.steps = List.copyOf(ordered);
        this.store = store;
        this.languages = languages;
        this.text = text;
        this.events = events;
        this.clock = clock;
        this.urgentChecks = List.copyOf(urgentChecks);
    }

    /**
     * The fast safety check at intake, for adapters that queue messages (Telegram, a durable inbox):
     * call it before queueing, send {@link Admission#emergency()} at once on a path of its own, and
     * queue {@link Admission#message()}. No I/O: it never waits for the store, a model or another chat.
     */
    /**
     * The one polite "you are sending too fast" for a chat over its allowance, in the chat's own
     * language; nothing else of the message is handled (adapters decide when; see nl.wegwijs.limits).
     */
    public Reply slowDown(ConversationKey key) {
        Language language = store.find(key).map(ConversationState::language).orElse(Language.NL);
        return new Reply(language, List.of(OutboundMessage.of(text.get(language, "limits.slow"))));
    }

    public Admission admit(InboundMessage message) {
        if (message.emergencySent()) {
            return new Admission(message, Optional.empty());
        }
        for (UrgentCheck check : urgentChecks) {
            Optional<Reply> emergency = check.emergencyReply(message);
            if (emergency.isPresent()) {
                return new Admission(message.withEmergencySent(), emergency);
            }
        }
        return new Admission(message, Optional.empty());
    }

    /**
     * Answers one message. A message in acute danger gets the emergency reply first, checked before
     * the store is read, so neither a slow nor a failing database holds it back; an adapter that
     * already sent it at intake passes the admitted message and it is not sent again.
     */
    public Reply handle(InboundMessage received) {
        Admission admission = admit(received);
        Reply reply = run(admission.message());
        if (admission.emergency().isEmpty()) {
            return reply;
        }
        Reply emergency = admission.emergency().get();
        List<OutboundMessage> all = new ArrayList<>(emergency.messages());
        all.addAll(reply.messages());
        return new Reply(emergency.language(), all);
    }

    /**
     * One turn, in one transaction around everything it changes (state, tickets, the kept
     * question): it all happens or nothing does. A step or listener that fails, or a database that
     * does, gives the user a polite answer in their language instead, and the log a stack trace
     * (never the text).
     */
    private Reply run(InboundMessage message) {
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
        LanguageResolver.Decision decision = languageOf(message, state);
        Language language = decision.language();
        known[0] = language;
        boolean chosen = decision.switched() ? true : state.languageChosen();
        Turn turn = new Turn(message, state.withLanguage(language, chosen), language, decision);

        List<OutboundMessage> out = new ArrayList<>();
        List<OutboundMessage> after = new ArrayList<>();
        Outcome outcome = Outcome.other();
        ConversationState next = turn.state();
        boolean forget = false;
        for (ConversationStep step : steps) {
            StepResult result = step.handle(turn);
            if (result instanceof StepResult.Prefixed prefixed) {
                out.addAll(prefixed.messages());
                outcome = prefixed.outcome();
            } else if (result instanceof StepResult.Suffixed suffixed) {
                after.addAll(suffixed.messages());
                outcome = suffixed.outcome();
            } else if (result instanceof StepResult.Answered answered) {
                out.addAll(answered.messages());
                forget = answered.state() == null;
                next = forget ? turn.state() : withTopic(turn.state(), answered.state(), answered.outcome());
                if (outcome.kind() != OutcomeKind.CRISIS) {
                    outcome = answered.outcome();
                }
                break;
            }
        }
        out.addAll(withoutRepeatedButtons(after, out));
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

    /**
     * The turn's transaction, nested in the caller's when there is one (an inbox worker's, which
     * also writes the replies to the outbox and marks the message done): a turn that fails rolls
     * back to its savepoint, and its polite apology still goes out with the rest.
     */
    private static TransactionOperations nested(TransactionOperations transactions) {
        if (transactions instanceof TransactionTemplate template && template.getTransactionManager() != null) {
            TransactionTemplate nested = new TransactionTemplate(template.getTransactionManager(), template);
            nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            return nested;
        }
        return transactions;
    }

    /** A button the answer already offers (a person) is not offered twice under it. */
    private static List<OutboundMessage> withoutRepeatedButtons(List<OutboundMessage> after, List<OutboundMessage> before) {
        if (after.isEmpty()) {
            return after;
        }
        var offered = before.stream().flatMap(m -> m.buttons().stream()).map(Button::value).collect(java.util.stream.Collectors.toSet());
        return after.stream().map(m -> OutboundMessage.of(m.text(),
                m.buttons().stream().filter(b -> !offered.contains(b.value())).toList())).toList();
    }

    private LanguageResolver.Decision languageOf(InboundMessage message, ConversationState state) {
        if (message.kind() != MessageKind.TEXT || message.isCommand()) {
            return languages.decide("", state.language(), true);
        }
        return languages.decide(message.text(), state.language(), state.languageChosen());
    }

    /**
     * The topic of an answer, kept as an id for a follow-up; other turns keep the one before. A step
     * that answers with a state of its own naming a topic has chosen the topic itself: "and what does
     * it cost?" answered by the general entry on costs keeps the conversation on what it was about.
     */
    private static ConversationState withTopic(ConversationState before, ConversationState state, Outcome outcome) {
        if (outcome == null || outcome.topic() == null) {
            return state;
        }
        if (state != before && state.lastTopic() != null && before.lastTopic() != null
                && (outcome.kind() == OutcomeKind.ANSWERED || outcome.kind() == OutcomeKind.JARGON)) {
            return state;
        }
        return switch (outcome.kind()) {
            case ANSWERED -> state.withLastTopic(outcome.topic().contains(":") ? outcome.topic() : "faq:" + outcome.topic());
            case JARGON -> state.withLastTopic(outcome.topic());
            default -> state;
        };
    }

    private Reply unavailable(InboundMessage message, Language known, RuntimeException e) {
        if (e instanceof DataAccessException || e instanceof TransactionException) {
            log.error("conversation store unavailable: {}", e.getClass().getSimpleName());
        }
        if (message.emergencySent()) {
            // The numbers already went out; "try again later" under them would only confuse.
            return new Reply(known != null ? known : Language.NL, List.of());
        }
        Language language = known != null ? known
                : message.kind() == MessageKind.TEXT ? languages.resolve(message.text(), null, false) : Language.NL;
        return new Reply(language, List.of(OutboundMessage.of(text.get(language, "error.unavailable"))));
    }
}
