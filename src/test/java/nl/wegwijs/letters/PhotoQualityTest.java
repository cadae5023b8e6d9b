package nl.wegwijs.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The check before OCR: readable photos pass at every size; dark, blurred and tiny ones are refused with the reason. */
class PhotoQualityTest {

    static java.awt.image.BufferedImage decoded(java.awt.image.BufferedImage image) throws IOException {
        return Photos.grey(Photos.decode(LetterImages.jpeg(image)));
    }

    @Test
    void readablePhotosPassAtSeveralSizes() throws IOException {
        for (int width : new int[] {900, 1100, 1650, 2400, 3200}) {
            for (LetterImages.Look look : new LetterImages.Look[] {LetterImages.Look.clean(width), LetterImages.Look.photo(width)}) {
                assertThat(PhotoQuality.judge(decoded(LetterImages.photo(TestLetters.SCHOOL, look, width))))
                        .as(look.toString()).isEmpty();
            }
        }
    }

    @Test
    void unreadablePhotosAreRefusedWithTheReason() throws IOException {
        assertThat(PhotoQuality.judge(decoded(LetterImages.dark(TestLetters.MUNICIPAL)))).contains(Refusal.TOO_DARK);
        assertThat(PhotoQuality.judge(decoded(LetterImages.blurred(TestLetters.MUNICIPAL)))).contains(Refusal.BLURRED);
        assertThat(PhotoQuality.judge(decoded(LetterImages.tiny(TestLetters.MUNICIPAL)))).contains(Refusal.TOO_SMALL);
    }

    @Test
    void theFormatIsTakenFromTheBytesNotFromTheName() {
        assertThat(LetterReader.format(LetterImages.jpeg(LetterImages.tiny(TestLetters.SCHOOL)))).contains(LetterReader.Format.JPEG);
        assertThat(LetterReader.format(LetterImages.png(LetterImages.tiny(TestLetters.SCHOOL)))).contains(LetterReader.Format.PNG);
        assertThat(LetterReader.format(LetterPdfs.withTextLayer(java.util.List.of(TestLetters.SCHOOL)))).contains(LetterReader.Format.PDF);
        assertThat(LetterReader.format("PK\u0003\u0004 a Word file".getBytes())).isEmpty();
    }

    @Test
    void theExcerptIsShortAndCutAtAWord() {
        String excerpt = Letters.excerpt(TestLetters.YOUTH_PROTECTION.text());
        assertThat(excerpt).hasSizeLessThanOrEqualTo(Letters.EXCERPT_CHARS + 2).startsWith("Jeugdbescherming Regio Midden Postbus").endsWith(" …");
        assertThat(excerpt).doesNotContain("\n");
    }
}
