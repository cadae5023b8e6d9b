package nl.wegwijs.handoff;

import java.util.List;
import java.util.Set;
import nl.wegwijs.conversation.ButtonCatalog;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.knowledge.StartingPoints;
import nl.wegwijs.language.InterfaceText;
import org.springframework.stereotype.Component;

/** /mens and the person button. Until intermediaries are registered, it says what will come. */
@Component
class PersonRequestStep implements ConversationStep, ButtonCatalog {

    private static final Set<String> COMMANDS = Set.of("/mens", "/person", "/human");

    private final InterfaceText text;
    private final StartingPoints startingPoints;

    PersonRequestStep(InterfaceText text, StartingPoints startingPoints) {
        this.text = text;
        this.startingPoints = startingPoints;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.HANDOFF;
    }

    @Override
    public boolean knows(String value) {
        return Buttons.PERSON.equals(value);
    }

    @Override
    public StepResult handle(Turn turn) {
        boolean asked = turn.kind() == MessageKind.BUTTON ? Buttons.PERSON.equals(turn.text())
                : turn.message().isCommand() && COMMANDS.contains(turn.text().strip().split("[\\s@]")[0].toLowerCase());
        if (!asked) {
            return StepResult.pass();
        }
        return StepResult.answer(turn, Outcome.of(OutcomeKind.HANDOFF, "requested"),
                OutboundMessage.of(text.get(turn.language(), "person.soon") + "\n\n"
                        + startingPoints.text(turn.language()), List.of()));
    }
}
