package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ukrainian typed in Latin letters is told from Polish, Dutch and the rest, and spelled back in Cyrillic. */
class UkrainianLatinTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "a shcho bude yakshcho ja vidmovliusia?",
        "potriben perekladach na zustrich z jeugdzorg, de joho vzyaty?",
        "lyst z gemeente, ne rozumiju",
        "donka ne spyt vnochi, shcho robyty",
        "Dobryi den. Moia dochka 9 rokiv, vona v groep 6. Shkola kazhe shcho vona duzhe vidstaie"})
    void recognisesUkrainianInLatinLetters(String text) {
        assertThat(UkrainianLatin.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "moj syn nie chce chodzic do szkoly, co mam zrobic",
        "czy moge dostac tlumacza na spotkanie z wijkteam",
        "wat is een gezinsvoogd en wat doet die",
        "my son does not want to go to school, what can I do",
        "oglum okula gitmek istemiyor ne yapayim",
        "ibni 3omro 10 snin w mesh 3ayez yro7 el madrasa"})
    void leavesOtherLanguagesAlone(String text) {
        assertThat(UkrainianLatin.is(text)).as(text).isFalse();
    }

    /** No Latin-script line of the other languages' realistic development cases is taken for Ukrainian. */
    @Test
    void noOtherLanguageLineOfTheDevelopmentSetIsTakenForUkrainian() throws IOException {
        List<String> wrong = new ArrayList<>();
        var json = JsonMapper.builder().build();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:knowledge/realistic/dev-*.jsonl")) {
            for (String line : file.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = json.readTree(line);
                if (c.path("lang").asString().equals("uk")) {
                    continue;
                }
                c.path("turns").forEach(t -> {
                    if (UkrainianLatin.is(t.asString())) {
                        wrong.add(t.asString());
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void spellsUkrainianWordsInCyrillicAndKeepsDutchOnes() {
        assertThat(UkrainianLatin.toCyrillic("a shcho bude yakshcho ja vidmovliusia?"))
                .isEqualTo("а що буде якщо я відмовлюся?");
        assertThat(UkrainianLatin.toCyrillic("potriben perekladach na zustrich z jeugdzorg, de joho vzyaty?"))
                .isEqualTo("потрібен перекладач на зустріч з jeugdzorg, де його взяти?");
        assertThat(UkrainianLatin.toCyrillic("chy mozhna vidmovytysia vid dopomohy wijkteam"))
                .isEqualTo("чи можна відмовитися від допомоги wijkteam");
        assertThat(UkrainianLatin.toCyrillic("dobryi den, SBO")).isEqualTo("добрий ден, SBO");
    }
}
