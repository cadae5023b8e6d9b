package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    final GroundingCheck check = new GroundingCheck(List.of("Veilig Thuis", "Kindertelefoon", "GGD", "wijkteam"));
    final String source = "Bel Veilig Thuis op 0800-2000. Kijk op veiligthuis.nl. Je kunt ook naar het wijkteam.";

    @Test
    void acceptsARewordingThatRepeatsOnlyTheSourcesFacts() {
        assertThat(check.grounded("Je kunt Veilig Thuis bellen: 0800 2000 (gratis). Meer op www.veiligthuis.nl/advies.", source)).isTrue();
    }

    @Test
    void rejectsAnInventedPhoneNumber() {
        assertThat(check.grounded("Bel Veilig Thuis op 0800-2001.", source)).isFalse();
        assertThat(check.grounded("Bel 112 als het niet veilig is.", source)).isFalse();
    }

    @Test
    void rejectsAnInventedWebAddress() {
        assertThat(check.grounded("Kijk op hulpvoorouders.nl.", source)).isFalse();
    }

    @Test
    void rejectsAServiceTheSourceDoesNotName() {
        assertThat(check.grounded("Je kunt de Kindertelefoon bellen.", source)).isFalse();
        assertThat(check.grounded("Ga naar de GGD.", source)).isFalse();
    }
}
