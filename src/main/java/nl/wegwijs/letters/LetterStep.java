package nl.wegwijs.letters;

import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.InterfaceText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A photo or document sent on a channel that can fetch it: "reading your letter…" at once, and the
 * explanation later, from the letters executor. During an open handoff it passes: the handoff
 * relays the photo to the intermediary (by file id), it is not read. Runs before the step that
 * answers other media with "I cannot use this".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LetterStep implements ConversationStep {

    private final Letters letters;
    private final List<LetterFiles> files;
    private final List<LetterReplies> replies;
    private final InterfaceText text;
    private final Buttons buttons;

    LetterStep(Letters letters, List<LetterFiles> files, List<LetterReplies> replies, InterfaceText text, Buttons buttons) {
        this.letters = letters;
        this.files = files;
        this.replies = replies;
        this.text = text;
        this.buttons = buttons;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.COMMANDS;
    }

    @Override
    public StepResult handle(Turn turn) {
        Attachment attachment = turn.message().attachment();
        if (attachment == null || !(turn.kind() == MessageKind.PHOTO || turn.kind() == MessageKind.DOCUMENT)
                || turn.state().stage() == Stage.IN_HANDOFF) {
            return StepResult.pass();
        }
        Channel channel = turn.key().channel();
        Optional<LetterFiles> from = files.stream().filter(f -> f.channel() == channel).findFirst();
        Optional<LetterReplies> to = replies.stream().filter(r -> r.channel() == channel).findFirst();
        if (from.isEmpty() || to.isEmpty()) {
            return StepResult.pass();
        }
        boolean started = letters.readLater(turn.key(), attachment, from.get(), to.get(), turn.language());
        if (!started) {
            return StepResult.answer(turn, Outcome.of(OutcomeKind.OTHER, "letter:busy"),
                    OutboundMessage.of(text.get(turn.language(), Refusal.BUSY.key()), List.of(buttons.person(turn.language()))));
        }
        return StepResult.answer(turn, Outcome.of(OutcomeKind.OTHER, "letter:reading"),
                OutboundMessage.of(text.get(turn.language(), "letters.reading")));
    }
}
