package nl.wegwijs.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void leavesAShortMessageWhole() {
        assertThat(MessageSplitter.split("Hallo", 4096)).containsExactly("Hallo");
    }

    @Test
    void cutsAtParagraphsFirstAndLosesNoText() {
        String paragraph = "Een zin over de jeugdhulp. ".repeat(60).strip();
        String text = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);

        var parts = MessageSplitter.split(text, 4096);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts).allSatisfy(p -> assertThat(p).endsWith("."));
        assertThat(String.join(" ", parts).replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "😀".repeat(3000);

        var parts = MessageSplitter.split(text, 4096);

        assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
        assertThat(String.join("", parts)).isEqualTo(text);
    }
}
