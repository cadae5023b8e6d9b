package nl.wegwijs.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Turns a photo or PDF into the letter's text, in memory only. A PDF's text layer is used where it
 * has one; a scanned page (no text layer) is rendered and read by OCR. A photo is checked first
 * (too small, dark, blurred: refused with the reason) and prepared (grey, scaled; the OCR adapter
 * straightens and thresholds it). What OCR makes of it must look like text, or it is refused too.
 */
@Component
class LetterReader {

    /** A page with fewer letters than this in its text layer is a scan. */
    static final int TEXT_LAYER_MIN_LETTERS = 40;
    /** Scanned pages are rendered at this resolution: A4 becomes ~2500 pixels high. */
    static final float SCAN_DPI = 200;
    /** Fewer words than this, or a lower mean confidence, is not a readable letter. */
    static final int MIN_WORDS = 12;
    static final double MIN_CONFIDENCE = 45;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final Ocr ocr;
    private final LettersProperties properties;
    private final Clock clock;

    LetterReader(Ocr ocr, LettersProperties properties, Clock clock) {
        this.ocr = ocr;
        this.properties = properties;
        this.clock = clock;
    }

    enum Format { JPEG, PNG, PDF }

    /** By the file's first bytes, not by what the sender claims it is. */
    static Optional<Format> format(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Optional.of(Format.JPEG);
        }
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of(Format.PNG);
        }
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return Optional.of(Format.PDF);
        }
        return Optional.empty();
    }

    /** @param deadline when the whole letter must be done (checked between pages) */
    Reading read(byte[] bytes, Instant deadline) {
        if (bytes.length > properties.maxSize().toBytes()) {
            return new Reading.Refused(Refusal.TOO_LARGE);
        }
        Optional<Format> format = format(bytes);
        if (format.isEmpty()) {
            return new Reading.Refused(Refusal.FORMAT);
        }
        try {
            return format.get() == Format.PDF ? pdf(bytes, deadline) : photo(bytes);
        } catch (IOException | RuntimeException e) {
            // A broken or hostile file: said kindly, never with its content.
            return new Reading.Refused(e instanceof IOException ? Refusal.FORMAT : Refusal.UNREADABLE);
        }
    }

    private Reading photo(byte[] bytes) throws IOException {
        BufferedImage grey = Photos.grey(Photos.decode(bytes));
        Optional<Refusal> refusal = PhotoQuality.judge(grey);
        if (refusal.isPresent()) {
            return new Reading.Refused(refusal.get());
        }
        Ocr.Result result = ocr.read(Photos.scaledTo(grey, Photos.OCR_LONG_SIDE));
        if (!looksLikeText(result)) {
            return new Reading.Refused(Refusal.UNREADABLE);
        }
        return new Reading.Read(result.text(), 1, 1);
    }

    private Reading pdf(byte[] bytes, Instant deadline) throws IOException {
        // Memory only: PDFBox's default cache may spill to a temporary file.
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            int pages = Math.min(document.getNumberOfPages(), properties.maxPages());
            PDFTextStripper stripper = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(document);
            StringBuilder text = new StringBuilder();
            int scanned = 0;
            for (int i = 0; i < pages; i++) {
                if (clock.instant().isAfter(deadline)) {
                    return new Reading.Refused(Refusal.TIMEOUT);
                }
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String layer = stripper.getText(document);
                if (layer.codePoints().filter(Character::isLetter).count() >= TEXT_LAYER_MIN_LETTERS) {
                    text.append(layer.strip()).append("\n\n");
                    continue;
                }
                BufferedImage page = renderer.renderImageWithDPI(i, SCAN_DPI, ImageType.GRAY);
                Ocr.Result result = ocr.read(Photos.scaledTo(page, Photos.OCR_LONG_SIDE));
                scanned++;
                if (looksLikeText(result)) {
                    text.append(result.text().strip()).append("\n\n");
                }
            }
            String all = text.toString().strip();
            if (WORD.matcher(all).results().count() < MIN_WORDS) {
                return new Reading.Refused(Refusal.UNREADABLE);
            }
            return new Reading.Read(all, pages, scanned);
        }
    }

    private static boolean looksLikeText(Ocr.Result result) {
        return result.confidence() >= MIN_CONFIDENCE && WORD.matcher(result.text()).results().count() >= MIN_WORDS;
    }
}
