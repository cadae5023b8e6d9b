package nl.wegwijs.handoff;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.conversation.ButtonCatalog;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/**
 * The parent's side of a handoff in the pipeline: asking for a person (command, button or in
 * words), consent, relaying while a ticket is open, and /stop. Runs after safety, so a crisis
 * message during a handoff gets the emergency reply first and is then relayed here too.
 */
@Component
class HandoffStep implements ConversationStep, ButtonCatalog {

    private static final Set<String> YES_WORDS = Set.of("ja", "yes", "ok", "oké", "نعم", "ايوه", "أجل", "evet", "tamam",
            "tak", "так", "да", "graag", "ja graag", "yes please");
    private static final Set<String> NO_WORDS = Set.of("nee", "no", "لا", "hayır", "hayir", "nie", "ні", "нет", "nee dank je");
    private static final Set<String> STOP_COMMANDS = Set.of("/stop", "/stoppen", "/dur", "/стоп");

    private final Handoffs handoffs;
    private final TicketStore tickets;
    private final RecentQuestions recent;
    private final Scrubber scrubber;
    private final ParentTexts texts;

    HandoffStep(Handoffs handoffs, TicketStore tickets, RecentQuestions recent, Scrubber scrubber, ParentTexts texts) {
        this.handoffs = handoffs;
        this.tickets = tickets;
        this.recent = recent;
        this.scrubber = scrubber;
        this.texts = texts;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.HANDOFF;
    }

    @Override
    public boolean knows(String value) {
        return Set.of(Buttons.PERSON, Buttons.STOP, ParentTexts.YES, ParentTexts.NO, ParentTexts.FIX).contains(value);
    }

    @Override
    public StepResult handle(Turn turn) {
        // Only a conversation the state marks as in a handoff costs a look-up; the ticket is the truth.
        Optional<Ticket> ticket = turn.state().stage() == Stage.BOT ? Optional.empty() : tickets.openFor(turn.key());
        if (ticket.isPresent() && ticket.get().status() == TicketStatus.AWAITING_CONSENT) {
            return awaitingConsent(turn, ticket.get());
        }
        if (ticket.isPresent()) {
            return inHandoff(turn, ticket.get());
        }
        if (isStop(turn)) {
            return answer(turn, turn.state().withStage(Stage.BOT, null), "nothing-to-stop",
                    texts.withPerson(turn.language(), texts.get(turn.language(), "handoff.nothing-to-stop")));
        }
        Optional<PersonRequest> request = PersonRequest.of(turn);
        return request.isPresent() ? request(turn, request.get()) : StepResult.pass();
    }

    private StepResult request(Turn turn, PersonRequest request) {
        Language language = turn.language();
        String wanted = request.wantedLanguage().orElse(language.code());
        Optional<RecentQuestions.Recent> last = recent.of(turn.key());
        String question = last.map(RecentQuestions.Recent::scrubbedText)
                .orElseGet(() -> turn.kind() == MessageKind.TEXT && !turn.message().isCommand() ? scrubber.scrub(turn.text()) : null);
        String topic = last.map(RecentQuestions.Recent::topic).orElse(null);
        Ticket created = handoffs.request(turn.key(), language, wanted, topic, question, turn.state().referral());
        return answer(turn, turn.state().withStage(Stage.AWAITING_CONSENT, created.ref()), "requested",
                texts.consent(language, wanted, topic, question, handoffs.groupsReadingAlong(wanted, created.region())));
    }

    private StepResult awaitingConsent(Turn turn, Ticket ticket) {
        if (turn.kind() == MessageKind.BUTTON && ParentTexts.FIX.equals(turn.text())) {
            tickets.startCorrecting(ticket.ref());
            return answer(turn, turn.state(), "correcting", texts.askCorrection(turn.language()));
        }
        if (ticket.correcting() && turn.kind() == MessageKind.TEXT && !turn.message().isCommand() && !turn.text().isBlank()) {
            // Their own words, scrubbed like every question, replace the guess; then the same consent again.
            Ticket corrected = handoffs.correctTopic(ticket, scrubber.scrub(firstLine(turn.text())));
            return answer(turn, turn.state(), "corrected", texts.consent(turn.language(), corrected.wantedLanguage(), corrected.topic(),
                    corrected.question(), handoffs.groupsReadingAlong(corrected.wantedLanguage(), corrected.region())));
        }
        String answer = normalised(turn);
        if (ParentTexts.YES.equals(answer) || YES_WORDS.contains(answer)) {
            List<OutboundMessage> reply = handoffs.consent(ticket);
            return new StepResult.Answered(reply, turn.state().withStage(Stage.IN_HANDOFF, ticket.ref()),
                    Outcome.of(OutcomeKind.HANDOFF, "consented"));
        }
        if (ParentTexts.NO.equals(answer) || NO_WORDS.contains(answer) || isStop(turn)) {
            handoffs.decline(ticket);
            return answer(turn, turn.state().withStage(Stage.BOT, null), "declined",
                    OutboundMessage.of(texts.get(turn.language(), "handoff.declined")));
        }
        return answer(turn, turn.state(), "consent-again", texts.consentAgain(turn.language()));
    }

    private StepResult inHandoff(Turn turn, Ticket ticket) {
        if (isStop(turn)) {
            return new StepResult.Answered(handoffs.stopByParent(ticket), turn.state().withStage(Stage.BOT, null),
                    Outcome.of(OutcomeKind.HANDOFF, "stopped"));
        }
        if (PersonRequest.of(turn).isPresent()) {
            return answer(turn, turn.state(), "already",
                    texts.withStop(turn.language(), texts.get(turn.language(), "handoff.already")));
        }
        if (turn.kind() == MessageKind.BUTTON && Set.of(ParentTexts.YES, ParentTexts.NO, ParentTexts.FIX).contains(turn.text())) {
            // A second tap on the consent buttons: the first one was answered; say nothing new.
            return new StepResult.Answered(List.of(), turn.state(), Outcome.of(OutcomeKind.HANDOFF, "consent-again-tap"));
        }
        var media = turn.message().attachment();
        boolean relayable = turn.kind() == MessageKind.TEXT && !turn.message().isCommand()
                || media != null && Set.of(MessageKind.PHOTO, MessageKind.DOCUMENT, MessageKind.VOICE, MessageKind.VIDEO).contains(turn.kind())
                || turn.kind() == MessageKind.EDITED && !turn.text().isBlank();
        if (!relayable) {
            return StepResult.pass();
        }
        return new StepResult.Answered(handoffs.fromParent(ticket, turn.text(), media, turn.kind() == MessageKind.EDITED),
                turn.state().withStage(Stage.IN_HANDOFF, ticket.ref()), Outcome.of(OutcomeKind.HANDOFF, "relayed"));
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\\R", 2)[0];
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private static boolean isStop(Turn turn) {
        if (turn.kind() == MessageKind.BUTTON) {
            return Buttons.STOP.equals(turn.text());
        }
        return turn.message().isCommand()
                && STOP_COMMANDS.contains(turn.text().strip().split("[\\s@]")[0].toLowerCase(Locale.ROOT));
    }

    private static String normalised(Turn turn) {
        if (turn.kind() == MessageKind.BUTTON) {
            return turn.text();
        }
        return Normalizer.normalize(turn.text(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}!?.,،؟]+", " ").strip().replaceAll("\\s+", " ");
    }

    private static StepResult answer(Turn turn, ConversationState state, String topic, OutboundMessage message) {
        return new StepResult.Answered(List.of(message), state, Outcome.of(OutcomeKind.HANDOFF, topic));
    }
}
