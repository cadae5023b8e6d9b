package nl.wegwijs.safety;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The detector is pure: no network, no logging, no framework; long texts and many threads are fine. */
class CrisisDetectorPurityTest {

    private static final CrisisDetector DETECTOR = new CrisisDetector();

    @Test
    void theSafetyPackageUsesNoNetworkNoLoggingAndNoFramework() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.wegwijs.safety");
        noClasses().that().resideInAPackage("nl.wegwijs.safety..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.net..", "java.net.http..", "javax.net..", "java.nio.channels..",
                        "dev.langchain4j..", "org.telegram..", "okhttp3..",
                        "org.slf4j..", "java.util.logging..", "org.apache.logging..", "ch.qos.logback..")
                .because("the safety path must answer without network and must never log message text")
                .check(classes);
        noClasses().that().resideInAPackage("nl.wegwijs.safety..").and().doNotHaveSimpleName("CrisisStep")
                .and().doNotHaveSimpleName("CrisisIntake").and().doNotHaveSimpleName("SafetyCheck")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("only the step, the intake check and their shared holder are Spring beans; the detector stays a plain class")
                .check(classes);
    }

    @Test
    void handlesA4000CharacterMessageWithTheDangerInTheMiddle() {
        String filler = "we hebben een vraag over school en de opvang van de kinderen. ".repeat(40);
        String text = (filler + "mijn man slaat mij. " + filler).substring(0, 4_000 - 1) + ".";
        assertThat(text).hasSize(4_000);
        assertThat(text).contains("mijn man slaat mij");

        // Speed is measured by the benchmark (README), not asserted here: shared CI machines vary.
        Optional<CrisisSignal> signal = DETECTOR.detect(text);

        assertThat(signal).hasValueSatisfying(s -> assertThat(s.kinds()).contains(CrisisKind.DOMESTIC_VIOLENCE));
    }

    @Test
    void aLongHarmlessMessageIsNoCrisis() {
        String text = "mijn zoon viel van de fiets en ik vraag me af of hij naar de huisarts moet. ".repeat(60);
        assertThat(DETECTOR.detect(text.substring(0, 4_000))).isEmpty();
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of("mijn man slaat mij", "ik wil dood", "wat doet veilig thuis",
                "jouzi bi darbni", "mąż mnie bije", "чоловік мене б'є", "my kids are killing me lol");
        List<Optional<CrisisSignal>> expected = texts.stream().map(DETECTOR::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> texts.stream().map(DETECTOR::detect).toList().equals(expected)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
