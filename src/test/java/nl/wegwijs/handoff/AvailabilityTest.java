package nl.wegwijs.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZonedDateTime MONDAY_11 = ZonedDateTime.of(2026, 11, 23, 11, 0, 0, 0, AMSTERDAM);

    @Test
    void isOpenInsideItsWindowsOnly() {
        Availability hours = Availability.parse("mon-fri 09:00-17:00; sat 10:00-13:00");

        assertThat(hours.isOpen(MONDAY_11)).isTrue();
        assertThat(hours.isOpen(MONDAY_11.withHour(17))).as("the end is exclusive").isFalse();
        assertThat(hours.isOpen(MONDAY_11.plusDays(5).withHour(12))).as("saturday").isTrue();
        assertThat(hours.isOpen(MONDAY_11.plusDays(6))).as("sunday").isFalse();
    }

    @Test
    void saysWhenItNextOpens() {
        Availability evenings = Availability.parse("mon-thu 18:00-21:00");

        assertThat(evenings.nextOpening(MONDAY_11)).hasValue(MONDAY_11.withHour(18));
        assertThat(evenings.nextOpening(MONDAY_11.plusDays(3).withHour(22))).as("thursday night: next monday")
                .hasValue(MONDAY_11.plusDays(7).withHour(18));
    }

    @Test
    void alwaysIsAlwaysOpen() {
        assertThat(Availability.parse("always").isOpen(MONDAY_11.withHour(3))).isTrue();
        assertThat(Availability.parse("").always()).isTrue();
    }

    @Test
    void aTypoIsRefusedWithAnExample() {
        assertThatThrownBy(() -> Availability.parse("maandag 9-17")).hasMessageContaining("mon-fri 09:00-17:00");
        assertThatThrownBy(() -> Availability.parse("mon 17:00-09:00")).hasMessageContaining("ends before");
    }

    @Test
    void aWindowMayWrapTheWeek() {
        Availability weekend = Availability.parse("sat-mon 10:00-12:00");
        assertThat(weekend.isOpen(MONDAY_11)).isTrue();
        assertThat(weekend.isOpen(MONDAY_11.plusDays(1))).isFalse();
    }
}
