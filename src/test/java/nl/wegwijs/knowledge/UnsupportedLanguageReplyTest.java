package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.conversation.TurnCompleted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A message in a language the bot does not speak that asks for a person who speaks it gets the
 * honest reply (which languages the bot speaks) with the person offered, not the handoff's consent
 * question in a language the parent did not write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@RecordApplicationEvents
class UnsupportedLanguageReplyTest {

    @Autowired Conversation conversation;
    @Autowired ApplicationEvents events;

    @Test
    void aRussianAskingForARussianSpeakerGetsTheHonestReplyWithThePersonOffered() {
        ConversationKey key = new ConversationKey(Channel.WEB, "ru-" + System.nanoTime());
        Reply reply = conversation.handle(InboundMessage.text(key,
                "Здравствуйте, у меня сын 14 лет. Есть здесь кто-нибудь, кто говорит по-русски?"));

        TurnCompleted turn = events.stream(TurnCompleted.class).filter(e -> e.key().equals(key)).reduce((a, b) -> b).orElseThrow();
        assertThat(turn.outcome().kind()).isEqualTo(OutcomeKind.UNANSWERED);
        assertThat(turn.outcome().topic()).isEqualTo("language:ru");
        List<String> buttons = reply.messages().stream().flatMap(m -> m.buttons().stream()).map(Button::value).toList();
        assertThat(buttons).contains(Buttons.PERSON);
        String text = String.join("\n", reply.messages().stream().map(OutboundMessage::text).toList());
        assertThat(text).contains("Russian").contains("Russisch");
    }
}
