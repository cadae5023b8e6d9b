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
}
