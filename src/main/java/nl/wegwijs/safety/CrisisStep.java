package nl.wegwijs.safety;

import java.util.List;
import java.util.stream.Collectors;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * First step of every message: someone in danger gets the emergency numbers at once, in their
 * language. Inside a handoff the numbers come first and the message still reaches the
 * intermediary, who should know. Recorded for insights by kind only, never with text.
 */
@Component
class CrisisStep implements ConversationStep {

    private final CrisisDetector detector = new CrisisDetector();
    private final EmergencyReplies replies = new EmergencyReplies();
    private final Buttons buttons;

    CrisisStep(Buttons buttons) {
        this.buttons = buttons;
    }

    /**
     * Acute danger in a family (a partner's threat, someone at the door) is also a case for Veilig
     * Thuis, which advises day and night on what to do after the 112 call; so it is named too.
     */
    private static CrisisSignal withAdviceLine(CrisisSignal signal) {
        if (!signal.kinds().contains(CrisisKind.ACUTE_DANGER) || signal.kinds().contains(CrisisKind.MISSING_CHILD)) {
            return signal;
        }
        var kinds = java.util.EnumSet.copyOf(signal.kinds());
        kinds.add(CrisisKind.DOMESTIC_VIOLENCE);
        return new CrisisSignal(kinds, signal.childWriting());
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.SAFETY;
    }

    @Override
    public StepResult handle(Turn turn) {
        if (turn.kind() != MessageKind.TEXT || turn.message().isCommand()) {
            return StepResult.pass();
        }
        var signal = detector.detect(turn.text());
        if (signal.isEmpty()) {
            return StepResult.pass();
        }
        String kinds = signal.get().kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        Outcome outcome = Outcome.of(OutcomeKind.CRISIS, kinds);
        String text = replies.compose(withAdviceLine(signal.get()), turn.language());
        if (turn.state().stage() == Stage.IN_HANDOFF) {
            return new StepResult.Prefixed(List.of(OutboundMessage.of(text)), outcome);
        }
        return StepResult.answer(turn, outcome, OutboundMessage.of(text, List.of(buttons.person(turn.language()))));
    }
}
