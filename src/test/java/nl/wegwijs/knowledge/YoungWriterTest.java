package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A teenager telling about themself, in each language, and parents telling about a teenager. */
class YoungWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ok dit is misschien raar maar ik ben 14 en er is een jongen",
        "im 16 and kind of scared to write this",
        "hej, mam 14 lat i nie wiem czy moge tu pisac",
        "slm ben 15 yasindayim. annem ve babam bosaniyor",
        "мені 14, я з україни, тут вже 2 роки",
        "انا عمري 15 سنة وابوي يضربني"})
    void aTeenagerWritingAboutThemself(String text) {
        assertThat(YoungWriter.writes(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mijn zoon is 14 en hij gaat niet meer naar school",
        "my daughter is 15 and she is always in her room",
        "syn ma 13 lat i diagnozę autyzmu",
        "oglum 15 yasinda ve okula gitmiyor",
        "моєму сину 17, вчора його затримала поліція",
        "ابني عمره ١٦ سنة، لقيت بشنطته حشيش",
        "ik ben 35 en mijn zoon van 14 luistert niet"})
    void aParentTellingAboutAChild(String text) {
        assertThat(YoungWriter.writes(text)).as(text).isFalse();
    }
}
