package nl.wegwijs.letters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import nl.wegwijs.letters.tesseract.TesseractOcr;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ReaderExperimentTest {

    static LettersProperties props() {
        return new LettersProperties(DataSize.ofMegabytes(10), 5, 1, 8, Duration.ofSeconds(60),
                "/usr/share/tesseract-ocr/5/tessdata", "nld+eng");
    }

    @Test
    void explore() throws Exception {
        LetterReader reader = new LetterReader(new TesseractOcr(props()), props(), Clock.systemUTC());
        for (TestLetters.Letter letter : TestLetters.ALL) {
            for (int width : new int[] {1100, 1650, 2400}) {
                for (LetterImages.Look look : new LetterImages.Look[] {LetterImages.Look.clean(width), LetterImages.Look.photo(width)}) {
                    var img = LetterImages.photo(letter, look, 7);
                    byte[] jpeg = LetterImages.jpeg(img);
                    var m = PhotoQuality.measure(Photos.grey(Photos.decode(jpeg)));
                    long t = System.nanoTime();
                    Reading r = reader.read(jpeg, Instant.now().plusSeconds(60));
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    String text = r instanceof Reading.Read read ? read.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
                    long found = letter.terms().stream().filter(term -> text.contains(term.toLowerCase(Locale.ROOT))).count();
                    System.out.printf("%s w=%d deg=%.0f blur=%.1f %s ms=%d found=%d/%d %s%n", letter.name(), width, look.degrees(), look.blurSigma(), m, ms, found, letter.terms().size(), r);
                }
            }
        }
        for (var bad : new Object[][] {{"dark", LetterImages.dark(TestLetters.SCHOOL)}, {"blurred", LetterImages.blurred(TestLetters.SCHOOL)},
                {"tiny", LetterImages.tiny(TestLetters.SCHOOL)}, {"carpet", LetterImages.carpet()}}) {
            byte[] jpeg = LetterImages.jpeg((java.awt.image.BufferedImage) bad[1]);
            var m = PhotoQuality.measure(Photos.grey(Photos.decode(jpeg)));
            System.out.println(bad[0] + " " + m + " " + reader.read(jpeg, Instant.now().plusSeconds(60)));
        }
    }
}
