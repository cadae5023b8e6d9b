package nl.wegwijs.llm;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.safety.CrisisKind;
import nl.wegwijs.safety.SecondOpinion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's verdict is read strictly: anything but the asked JSON object changes nothing. */
class LlmSecondOpinionParseTest {

    @Test
    void readsAWellFormedVerdict() {
        assertThat(LlmSecondOpinion.parse("{\"level\":\"acute\",\"kinds\":[\"SEXUAL_ABUSE\",\"CHILD_ABUSE\"]}"))
                .isEqualTo(new SecondOpinion.Opinion.Verdict(SecondOpinion.Level.ACUTE,
                        java.util.Set.of(CrisisKind.SEXUAL_ABUSE, CrisisKind.CHILD_ABUSE)));
        assertThat(LlmSecondOpinion.parse(" {\"level\":\"none\"} "))
                .isEqualTo(new SecondOpinion.Opinion.Verdict(SecondOpinion.Level.NONE, java.util.Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "acute", "Het is acuut.", "{\"level\":\"urgent\"}", "{\"level\":\"acute\",\"kinds\":[\"FIRE\"]}",
            "{\"level\":\"acute\",\"kinds\":\"ACUTE_DANGER\"}", "{\"level\":\"acute\",\"reason\":\"x\"}", "[\"acute\"]",
            "```json\n{\"level\":\"acute\"}\n```", "{\"level\":1}"})
    void anythingElseIsInvalid(String answer) {
        assertThat(LlmSecondOpinion.parse(answer)).isInstanceOf(SecondOpinion.Opinion.Invalid.class);
    }
}
