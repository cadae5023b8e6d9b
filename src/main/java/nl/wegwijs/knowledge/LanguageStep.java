package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageSpeakers;
import nl.wegwijs.language.OtherLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two answers about language itself, after safety and an open handoff had their turn:
 * <ul>
 * <li>"answer in Arabic": say the bot now writes Arabic and repeat the last answer in it (the
 * last topic is kept as an id, so it is the curated text in the new language);</li>
 * <li>a message in a language the bot does not speak: say so honestly in English and Dutch (and
 * in the conversation's language), name the languages it speaks, and offer a person, first
 * saying so when someone in the registry speaks that language.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LanguageStep implements ConversationStep {

    private final Knowledge knowledge;
    private final InterfaceText text;
    private final Buttons buttons;
    private final FaqStep faq;
    private final JargonStep jargon;
    private final ObjectProvider<LanguageSpeakers> speakers;

    LanguageStep(Knowledge knowledge, InterfaceText text, Buttons buttons, FaqStep faq, JargonStep jargon,
            ObjectProvider<LanguageSpeakers> speakers) {
        this.knowledge = knowledge;
        this.text = text;
        this.buttons = buttons;
        this.faq = faq;
        this.jargon = jargon;
        this.speakers = speakers;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.JARGON;
    }

    @Override
    public StepResult handle(Turn turn) {
        if (turn.kind() != MessageKind.TEXT || turn.message().isCommand()) {
            return StepResult.pass();
        }
        if (turn.decision().other() != null) {
            return other(turn, turn.decision().other());
        }
        if (turn.decision().switched()) {
            return switched(turn);
        }
        return StepResult.pass();
    }

    private StepResult switched(Turn turn) {
        Language language = turn.language();
        OutboundMessage said = OutboundMessage.of(text.get(language, "language.switched"));
        String topic = turn.state().lastTopic();
        StepResult again = null;
        if (topic != null && topic.startsWith("term:")) {
            again = knowledge.term(topic.substring(5)).map(t -> jargon.explain(turn, List.of(t))).orElse(null);
        } else if (topic != null) {
            again = knowledge.topicEntry(topic).map(e -> faq.answer(turn, e, List.of(), e.text(language).answer())).orElse(null);
        }
        if (again instanceof StepResult.Answered answered) {
            List<OutboundMessage> messages = new ArrayList<>();
            messages.add(said);
            messages.addAll(answered.messages());
            return new StepResult.Answered(messages, answered.state(), answered.outcome());
        }
        return StepResult.answer(turn, Outcome.of(OutcomeKind.COMMAND, "language"), OutboundMessage.of(
                said.text() + "\n\n" + text.get(language, "language.ask"), List.of(buttons.help(language))));
    }

    private StepResult other(Turn turn, OtherLanguage other) {
        boolean someone = Optional.ofNullable(speakers.getIfAvailable())
                .map(s -> s.anyoneSpeaks(other.codes())).orElse(false);
        List<Language> languages = new ArrayList<>(List.of(Language.EN, Language.NL));
        Language own = turn.state().language();
        if (own != null && !languages.contains(own)) {
            languages.add(0, own);
        }
        List<OutboundMessage> messages = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            Language l = languages.get(i);
            String name = l == Language.EN ? other.english() : l == Language.NL ? other.dutch() : other.nativeName();
            String body = text.get(l, "other.sorry", name) + " " + text.get(l, "other.speaks") + " "
                    + (someone ? text.get(l, "other.someone", name) : text.get(l, "other.person"));
            messages.add(i == languages.size() - 1
                    ? OutboundMessage.of(body, List.of(buttons.person(turn.language())))
                    : OutboundMessage.of(body));
        }
        return new StepResult.Answered(messages, turn.state(), Outcome.of(OutcomeKind.UNANSWERED, "language:" + other.code()));
    }
}
