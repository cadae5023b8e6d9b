package nl.wegwijs.letters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.wegwijs.letters.tesseract.TesseractOcr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Prints the time per page of reading a letter: a photo (rendered, turned 5 degrees, blurred, noisy)
 * at three sizes, a PDF page with a text layer, and a scanned PDF page. Run with
 * {@code mvn -o -Pbench test -Dtest=LetterBenchmark}; figures go in the README. Nothing is asserted.
 */
@Tag("benchmark")
class LetterBenchmark {

    static final int ROUNDS = 3;

    static LettersProperties properties() {
        return new LettersProperties(DataSize.ofMegabytes(10), 5, 1, 8, Duration.ofSeconds(120),
                "/usr/share/tesseract-ocr/5/tessdata", "nld+eng");
    }

    @Test
    void timePerPage() {
        LetterReader reader = new LetterReader(new TesseractOcr(properties()), properties(), Clock.systemUTC());
        for (int width : new int[] {1100, 1650, 2400}) {
            byte[] jpeg = LetterImages.jpeg(LetterImages.photo(TestLetters.MUNICIPAL, LetterImages.Look.photo(width), 1));
            report("photo, page " + width + " px wide (" + jpeg.length / 1024 + " KB JPEG)", reader, jpeg, 1);
        }
        report("PDF with a text layer, 2 pages", reader, LetterPdfs.withTextLayer(List.of(TestLetters.MUNICIPAL, TestLetters.SCHOOL)), 2);
        report("scanned PDF, 2 pages", reader, LetterPdfs.scanned(List.of(TestLetters.MUNICIPAL, TestLetters.SCHOOL)), 2);
    }

    private static void report(String what, LetterReader reader, byte[] bytes, int pages) {
        reader.read(bytes, Instant.now().plusSeconds(300)); // warm-up
        long[] ms = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            Reading r = reader.read(bytes, Instant.now().plusSeconds(300));
            ms[i] = (System.nanoTime() - start) / 1_000_000 / pages;
            if (!(r instanceof Reading.Read)) {
                System.out.println("bench: " + what + " not read: " + r);
            }
        }
        java.util.Arrays.sort(ms);
        System.out.printf("bench: %s: median %d ms per page (min %d, max %d)%n", what, ms[ROUNDS / 2], ms[0], ms[ROUNDS - 1]);
    }
}
