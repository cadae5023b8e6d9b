package nl.wegwijs.safety;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * A tool for rule writers, not a check: the verdict and the rules that fire on texts given with
 * {@code -Dsafety.probe.text="first|second"}. Skipped without the property.
 */
class RuleProbe {

    @Test
    void explain() {
        String texts = System.getProperty("safety.probe.text", "");
        assumeTrue(!texts.isBlank(), "no -Dsafety.probe.text");
        CrisisDetector detector = new CrisisDetector();
        for (String text : texts.split("\\|")) {
            System.out.println("probe: " + detector.assess(text) + " <- " + detector.firingRules(text) + " :: "
                    + TextNormaliser.text(text));
        }
    }
}
