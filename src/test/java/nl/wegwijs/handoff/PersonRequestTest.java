package nl.wegwijs.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonRequestTest {

    static final ConversationKey KEY = new ConversationKey(Channel.WEB, "t");

    static Optional<PersonRequest> of(String text) {
        return PersonRequest.of(new Turn(InboundMessage.text(KEY, text), ConversationState.fresh(KEY), Language.NL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mens", "/mens@WegwijsBot", "ik wil met iemand praten", "Kan ik met een mens spreken?",
        "I want to talk to someone", "can I speak with a real person please", "أريد التحدث مع شخص", "ممكن أتكلم مع إنسان",
        "biriyle konuşmak istiyorum", "bir insanla konuşabilir miyim", "chcę porozmawiać z człowiekiem",
        "Czy mogę porozmawiać z kimś?", "хочу поговорити з людиною", "Можна поговорити з кимось?"})
    void recognisesAPersonAskedForInAnyLanguage(String text) {
        assertThat(of(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I want to talk to someone who speaks Arabic|ar",
        "ik wil praten met iemand die Turks spreekt|tr",
        "Do you speak Somali?|so",
        "Tigrinya please|ti",
        "is er iemand die Farsi spreekt?|fa",
        "أريد التحدث مع شخص يتكلم الأمازيغية|zgh",
        "Somalice konuşan biri var mı?|so",
        "хочу поговорити з людиною, яка говорить перською|fa"})
    void picksUpTheLanguageTheParentWants(String text, String code) {
        assertThat(of(text)).as(text).hasValueSatisfying(r -> assertThat(r.wantedLanguage()).hasValue(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wat is een OTS?", "mijn zoon praat met niemand", "My son speaks Arabic at home and Dutch at school",
        "Where can I find help for my daughter?", "/start", "/help", "Hoeveel kost jeugdhulp?"})
    void leavesOrdinaryQuestionsToTheBot(String text) {
        assertThat(of(text)).as(text).isEmpty();
    }
}
