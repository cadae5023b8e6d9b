package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Every Dutch text parents read passes the B1 measure the README justifies: Flesch-Douma at
 * least 55, at most 14 words per sentence on average, no sentence over 25 words, and answers of
 * at most 90 words (CONTENT.md asks for about 80).
 */
class DutchReadabilityTest {

    static final double MIN_FLESCH_DOUMA = 55;
    static final double MAX_WORDS_PER_SENTENCE = 14;
    static final int MAX_SENTENCE = 25;
    static final int MAX_ANSWER_WORDS = 90;

    @Test
    void theMeasureSeparatesPlainFromOfficialDutch() {
        var plain = DutchReadability.of("Je kunt naar het wijkteam gaan. Dat is gratis. Je hoeft geen verwijzing te hebben.");
        var official = DutchReadability.of("Ingevolge de bepalingen van de Jeugdwet verleent de kinderrechter op verzoek van "
                + "de Raad voor de Kinderbescherming een machtiging tot uithuisplaatsing indien zulks noodzakelijk wordt geacht.");

        assertThat(plain.fleschDouma()).isGreaterThan(MIN_FLESCH_DOUMA);
        assertThat(official.fleschDouma()).isLessThan(MIN_FLESCH_DOUMA);
        assertThat(DutchReadability.syllables("ondertoezichtstelling")).isEqualTo(6);
    }

    @Test
    void everyDutchAnswerAndExplanationIsAtLevelB1() {
        Knowledge knowledge = KnowledgeFixtures.national();
        List<String> problems = new ArrayList<>();
        double sum = 0;
        int n = 0;
        double worst = Double.MAX_VALUE;
        for (FaqEntry e : knowledge.entries()) {
            var r = DutchReadability.of(e.text(Language.NL).answer());
            check("entry " + e.id(), r, MAX_ANSWER_WORDS, problems);
            sum += r.fleschDouma();
            n++;
            worst = Math.min(worst, r.fleschDouma());
        }
        for (GlossaryTerm t : knowledge.glossary()) {
            var s = DutchReadability.of(t.text(Language.NL).shortText());
            var l = DutchReadability.of(t.text(Language.NL).longText());
            check("term " + t.id() + " short", s, 30, problems);
            check("term " + t.id() + " long", l, 70, problems);
            sum += l.fleschDouma();
            n++;
            worst = Math.min(worst, l.fleschDouma());
        }
        for (LetterKind k : LetterKind.values()) {
            var r = DutchReadability.of(knowledge.letterGuidance(k).orElseThrow().text(Language.NL));
            check("letters.yaml " + k.key(), r, MAX_ANSWER_WORDS, problems);
            sum += r.fleschDouma();
            n++;
            worst = Math.min(worst, r.fleschDouma());
        }
        System.out.printf("readability: %d Dutch texts, Flesch-Douma mean %.0f, lowest %.0f; %d problems%n",
                n, sum / n, worst, problems.size());
        assertThat(problems).isEmpty();
    }

    private static void check(String where, DutchReadability r, int maxWords, List<String> problems) {
        if (r.fleschDouma() < MIN_FLESCH_DOUMA) {
            problems.add(where + ": Flesch-Douma " + Math.round(r.fleschDouma()));
        }
        if (r.wordsPerSentence() > MAX_WORDS_PER_SENTENCE) {
            problems.add(where + ": " + r.wordsPerSentence() + " words per sentence");
        }
        if (r.longestSentence() > MAX_SENTENCE) {
            problems.add(where + ": a sentence of " + r.longestSentence() + " words");
        }
        if (r.words() > maxWords) {
            problems.add(where + ": " + r.words() + " words");
        }
    }
}
