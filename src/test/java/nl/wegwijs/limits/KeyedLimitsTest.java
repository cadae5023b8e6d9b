package nl.wegwijs.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.wegwijs.limits.KeyedLimits.Verdict;
import org.junit.jupiter.api.Test;

class KeyedLimitsTest {

    @Test
    void allowsThePermitsThenAsksOnceToSlowDownThenDrops() {
        var limits = new KeyedLimits("test", 3, Duration.ofMinutes(1));
        assertThat(limits.check("a")).isEqualTo(Verdict.ALLOWED);
        assertThat(limits.check("a")).isEqualTo(Verdict.ALLOWED);
        assertThat(limits.check("a")).isEqualTo(Verdict.ALLOWED);
        assertThat(limits.check("a")).isEqualTo(Verdict.SLOW_DOWN);
        assertThat(limits.check("a")).isEqualTo(Verdict.DROP);
        assertThat(limits.check("a")).isEqualTo(Verdict.DROP);
    }

    @Test
    void eachKeyHasItsOwnAllowance() {
        var limits = new KeyedLimits("test", 1, Duration.ofMinutes(1));
        assertThat(limits.check("a")).isEqualTo(Verdict.ALLOWED);
        assertThat(limits.check("a")).isEqualTo(Verdict.SLOW_DOWN);
        assertThat(limits.check("b")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void theAllowanceComesBackAfterThePeriodAndSoDoesTheOneWarning() throws InterruptedException {
        var limits = new KeyedLimits("test", 1, Duration.ofMillis(200));
        assertThat(limits.check("a")).isEqualTo(Verdict.ALLOWED);
        assertThat(limits.check("a")).isEqualTo(Verdict.SLOW_DOWN);
        Thread.sleep(450);
        assertThat(limits.check("a")).isEqualTo(Verdict.ALLOWED);
        assertThat(limits.check("a")).isEqualTo(Verdict.SLOW_DOWN);
    }
}
