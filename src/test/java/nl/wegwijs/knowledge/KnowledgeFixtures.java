package nl.wegwijs.knowledge;

import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;

/** The real content in faq/, loaded once per test JVM, and the steps that answer from it. */
final class KnowledgeFixtures {

    static final InterfaceText TEXT = new InterfaceText();
    static final Buttons BUTTONS = new Buttons(TEXT);
    private static Knowledge national;

    private KnowledgeFixtures() {
    }

    static synchronized Knowledge national() {
        if (national == null) {
            national = new Knowledge(properties(""));
        }
        return national;
    }

    static KnowledgeProperties properties(String region) {
        return new KnowledgeProperties("classpath:faq/", region, Double.parseDouble(System.getProperty("wegwijs.minScore", "0.25")));
    }

    static JargonStep jargon() {
        return new JargonStep(national(), TEXT, BUTTONS, letters(), properties(""));
    }

    static LetterExplainer letters() {
        return new LetterExplainer(national(), TEXT, BUTTONS);
    }

    static FaqStep faq() {
        return new FaqStep(national(), properties(""), BUTTONS, java.util.Optional.empty(), TEXT);
    }

    static Turn turn(String text, Language language) {
        var key = new ConversationKey(Channel.WEB, "k");
        return new Turn(InboundMessage.text(key, text), ConversationState.fresh(key).withLanguage(language, false), language);
    }

    static StepResult.Answered answered(StepResult result) {
        return (StepResult.Answered) result;
    }

}
