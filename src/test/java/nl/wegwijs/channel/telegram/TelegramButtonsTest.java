package nl.wegwijs.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.conversation.Button;
import org.junit.jupiter.api.Test;

/** Telegram's 64-byte callback data limit lives in the Telegram adapter, not in the core's Button. */
class TelegramButtonsTest {

    @Test
    void theCoreAcceptsAnyValueAndTelegramLeavesOffWhatItCannotCarry() {
        Button fits = new Button("Ja", "x".repeat(64));
        Button tooLong = new Button("Nee", "é".repeat(33)); // 66 bytes in UTF-8, 33 characters
        assertThat(TelegramButtons.fit(List.of(fits, tooLong))).containsExactly(fits);
        assertThat(TelegramButtons.fits(new Button("a", "b".repeat(65)))).isFalse();
    }
}
