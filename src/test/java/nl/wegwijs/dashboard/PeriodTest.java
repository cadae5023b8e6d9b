package nl.wegwijs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PeriodTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void defaultsToTheLastTwelveWeeks() {
        Period p = Period.of(null, null, null, null, clock);

        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void ignoresUnknownLanguagesAndKeepsTheFilterInExportLinks() {
        Period p = Period.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "xx", "den haag", clock);

        assertThat(p.language()).isNull();
        assertThat(p.query()).isEqualTo("from=2026-11-01&to=2026-11-30&region=den+haag");
    }

    @Test
    void aReversedOrHugePeriodIsClamped() {
        assertThat(Period.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1), "ar", null, clock).from())
                .isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(Period.of(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 11, 1), null, null, clock).from())
                .isEqualTo(LocalDate.of(2026, 11, 1).minusDays(Period.MAX_DAYS));
    }
}
