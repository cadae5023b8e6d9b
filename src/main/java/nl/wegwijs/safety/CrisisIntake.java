package nl.wegwijs.safety;

import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.conversation.UrgentCheck;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageResolver;
import org.springframework.stereotype.Component;

/**
 * The emergency reply at intake, before a message waits for the store, a queue or a model: from the
 * text alone (the language too), so it never waits for other work. Only acute danger answers here;
 * a possible danger gets its safety line in the pipeline, under the normal answer.
 */
@Component
class CrisisIntake implements UrgentCheck {

    private final SafetyCheck safety;
    private final LanguageResolver languages;
    private final Buttons buttons;

    CrisisIntake(SafetyCheck safety, LanguageResolver languages, Buttons buttons) {
        this.safety = safety;
        this.languages = languages;
        this.buttons = buttons;
    }

    @Override
    public Optional<Reply> emergencyReply(InboundMessage message) {
        if (message.kind() != MessageKind.TEXT || message.isCommand()) {
            return Optional.empty();
        }
        if (!(safety.assess(message.text()) instanceof SafetyVerdict.Acute acute)) {
            return Optional.empty();
        }
        Language language = SafetyCheck.replyLanguage(languages, message.text(),
                languages.resolve(message.text(), null, false), acute);
        return Optional.of(new Reply(language, List.of(OutboundMessage.of(safety.emergencyText(acute, language),
                List.of(buttons.person(language))))));
    }
}
