package nl.wegwijs.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;

/** When a photo is read, and when it is left to others: the handoff relays it, a channel without file access says it cannot. */
class LetterStepTest {

    static final ConversationKey KEY = new ConversationKey(Channel.TELEGRAM, "55");
    final InterfaceText text = new InterfaceText();
    final List<Attachment> started = new ArrayList<>();

    final LetterFiles files = new LetterFiles() {
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        public byte[] fetch(Attachment attachment, long maxBytes) {
            return new byte[0];
        }
    };
    final LetterReplies replies = new LetterReplies() {
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        public void send(ConversationKey key, Reply reply) {
        }
    };

    /** Letters that only records what it was asked to read. */
    final Letters letters = new Letters(null, null, null, null, text, new Buttons(text), null, null) {
        @Override
        boolean readLater(ConversationKey key, Attachment attachment, LetterFiles f, LetterReplies r, Language language) {
            started.add(attachment);
            return true;
        }
    };

    static Turn photo(Stage stage) {
        InboundMessage m = new InboundMessage(KEY, MessageKind.PHOTO, "", Instant.now(), new Attachment(Attachment.Type.PHOTO, "f1", ""));
        return new Turn(m, ConversationState.fresh(KEY).withStage(stage, stage == Stage.IN_HANDOFF ? "T1" : null), Language.TR);
    }

    @Test
    void aPhotoIsReadAfterSayingSoInTheParentsLanguage() {
        var step = new LetterStep(letters, List.of(files), List.of(replies), text, new Buttons(text));
        StepResult result = step.handle(photo(Stage.BOT));
        assertThat(result).isInstanceOf(StepResult.Answered.class);
        assertThat(((StepResult.Answered) result).messages().get(0).text()).isEqualTo(text.get(Language.TR, "letters.reading"));
        assertThat(started).hasSize(1);
    }

    @Test
    void duringAHandoffThePhotoIsLeftToTheHandoffToRelay() {
        var step = new LetterStep(letters, List.of(files), List.of(replies), text, new Buttons(text));
        assertThat(step.handle(photo(Stage.IN_HANDOFF))).isInstanceOf(StepResult.Pass.class);
        assertThat(started).isEmpty();
    }

    @Test
    void aChannelThatCannotFetchFilesLeavesThePhotoToTheUnsupportedContentAnswer() {
        var step = new LetterStep(letters, List.of(), List.of(), text, new Buttons(text));
        assertThat(step.handle(photo(Stage.BOT))).isInstanceOf(StepResult.Pass.class);
        assertThat(started).isEmpty();
    }
}
