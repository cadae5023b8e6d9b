package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GreetingTest {

    @ParameterizedTest
    @ValueSource(strings = {"hoi", "Hallo!", "goedemiddag", "Good morning", "السلام عليكم", "مرحبًا", "Merhaba",
        "iyi günler", "Dzień dobry", "cześć", "Привіт", "Добрий день!"})
    void aMessageThatOnlyGreetsIsAGreeting(String text) {
        assertThat(Greeting.only(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hallo, wat is pgb", "hi, my son is bullied", "مرحبا ابني لا يذهب الى المدرسة", "dag en nacht huilt ze", "", "?"})
    void aGreetingWithAQuestionIsNot(String text) {
        assertThat(Greeting.only(text)).as(text).isFalse();
    }
}
