package nl.wegwijs.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionClustersTest {

    final QuestionClusters clusters = new QuestionClusters(new KAnonymity(3));

    static InsightStore.StoredQuestion q(String text, String asker) {
        return new InsightStore.StoredQuestion(text, "2026-11", asker);
    }

    @Test
    void groupsPhrasingsAndTyposOfTheSameQuestion() {
        var result = clusters.cluster(List.of(
                q("Waar kan ik zwemles vinden voor mijn zoon?", "a"),
                q("zwemles kind goedkoop", "b"),
                q("zwemmles aanvragen", "c"),
                q("kinderopvangtoeslag aanvragen hoe", "d"),
                q("kinderopvangtoeslag terugbetalen", "e"),
                q("Kinderopvangtoeslag wordt niet betaald", "f")), 3);

        assertThat(result).hasSize(2);
        assertThat(result).anySatisfy(c -> assertThat(c.words()).contains("kinderopvangtoeslag"));
        assertThat(result).anySatisfy(c -> assertThat(c.words()).anyMatch(w -> w.startsWith("zwem")));
    }

    @Test
    void placeholdersAndStopWordsDoNotMakeQuestionsAlike() {
        var result = clusters.cluster(List.of(
                q("mijn naam is [NAAM] wat is een wijkteam", "a"),
                q("[NAAM] heeft een vraag over zwemles", "b"),
                q("[NAAM] belt [TELEFOON] over de schuld", "c")), 3);

        assertThat(result).as("only the pool of single questions, without words").singleElement()
                .satisfies(c -> assertThat(c.words()).containsExactly(KAnonymity.OTHER));
    }

    @Test
    void oneAskerRepeatingAQuestionIsNotAGap() {
        List<InsightStore.StoredQuestion> same = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            same.add(q("parkeervergunning aanvragen", "a"));
        }

        assertThat(clusters.cluster(same, 3)).isEmpty();
    }

    @Test
    void wordsUsedByOnlyOneAskerAreNotShownAsTheLabel() {
        var result = clusters.cluster(List.of(
                q("zwemles diploma", "a"),
                q("zwemles diploma", "b"),
                q("zwemles diploma koerdisch", "c")), 3);

        assertThat(result).singleElement().satisfies(c -> assertThat(c.words()).doesNotContain("koerdisch"));
    }

    /**
     * The attack of issue 15 at this level: four others ask about the same thing as one real parent whose
     * question carries a personal sentence. The group may show its label; the parent's words never.
     */
    @Test
    void anExampleIsOnlyWordsThatKAskersWroteNearlyIdentically() {
        var five = new QuestionClusters(new KAnonymity(5));
        List<InsightStore.StoredQuestion> questions = new ArrayList<>();
        questions.add(q("Wij willen een ouderavond over opvoeding in de [INSTELLING]. Ik ben daar de imam sinds 2019",
                "victim"));
        for (int i = 0; i < 4; i++) {
            questions.add(q("ouderavond over opvoeding moskee", "padding" + i));
        }

        var result = five.cluster(questions, 3);

        assertThat(result).singleElement().satisfies(c -> {
            assertThat(c.words()).contains("ouderavond", "opvoeding");
            assertThat(c.examples()).isEmpty();
        });
        assertThat(result.toString()).doesNotContain("imam").doesNotContain("2019");
    }

    @Test
    void nearlyIdenticalQuestionsOfKAskersAreShownAsOneExample() {
        var result = clusters.cluster(List.of(
                q("Waar vind ik zwemles voor kinderen?", "a"),
                q("waar vind ik zwemles voor kinderen", "b"),
                q("Waar vind ik zwemles voor kinderen in Amsterdam?", "c"),
                q("zwemles voor kinderen met autisme, mijn zoon heet [NAAM] en zit op [INSTELLING]", "d")), 3);

        assertThat(result).singleElement().satisfies(c -> {
            assertThat(c.examples()).singleElement().asString().startsWithIgnoringCase("waar vind ik zwemles")
                    .isNotEqualToIgnoringCase("Waar vind ik zwemles voor kinderen in Amsterdam?");
            assertThat(c.examples().toString()).doesNotContain("autisme");
        });
    }
}
