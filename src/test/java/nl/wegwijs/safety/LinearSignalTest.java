package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped signal: every replica must train the SAME model from the same files (a fixed seed), or two replicas
 * would answer one message differently; and training is start-up time, so it is measured here
 * ({@code mvn -o -q test -Dtest=LinearSignalTest}; README of safety, "Measured").
 */
class LinearSignalTest {

    static final List<String> PROBES = List.of(
            "mijn man slaat me en de kinderen verstoppen zich", "hoe lang is de wachtlijst voor jeugdhulp",
            "زوجي يضربني الآن", "oglum intihar etmek istiyor", "ik verveel me dood op mijn werk", "jak złożyć wniosek o pgb");

    @Test
    void twoTrainingsOnTheSameFilesGiveTheSameModel() {
        List<SafetySignal.Example> examples = SafetySignal.readTraining();
        long start = System.nanoTime();
        SafetySignal first = SafetySignal.train(examples);
        long millis = (System.nanoTime() - start) / 1_000_000;
        SafetySignal second = SafetySignal.train(examples);
        System.out.printf("safety signal: trained on %d realistic messages plus ordinary questions in %d ms%n", examples.size(), millis);
        for (String probe : PROBES) {
            assertThat(second.read(probe)).as(probe).isEqualTo(first.read(probe));
        }
        assertThat(millis).as("start-up training stays a few seconds (two shared cores)").isLessThan(20_000);
    }

    /**
     * On what it was trained on the model must separate acute stories from ordinary questions (a sanity floor; what
     * it adds on unseen writers is SignalLeaveOneFileOutTest's). The ordinary questions here are the retrieval dev
     * sets', which it was NOT taught.
     */
    @Test
    void readsTrainedDangerAsDangerAndUnseenOrdinaryQuestionsAsNone() {
        SafetySignal signal = SafetySignal.loadDefault();
        List<RealisticSets.Message> acute = RealisticSets.train().stream()
                .filter(m -> m.level() == RealisticSets.Level.ACUTE).toList();
        long sure = acute.stream().filter(m -> signal.read(m.text()).acute() >= 0.5).count();
        List<String> ordinary = OrdinaryQuestionsTest.turns();
        long quiet = ordinary.stream().filter(t -> signal.read(t).worrying() < 0.5).count();
        System.out.printf("safety signal: acute training messages read as acute %d/%d; unseen ordinary questions read as none %d/%d%n",
                sure, acute.size(), quiet, ordinary.size());
        assertThat((double) sure / acute.size()).isGreaterThanOrEqualTo(0.8);
        assertThat((double) quiet / ordinary.size()).isGreaterThanOrEqualTo(0.9);
    }
}
