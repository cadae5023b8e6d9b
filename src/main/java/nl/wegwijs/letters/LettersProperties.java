package nl.wegwijs.letters;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Reading photographed and scanned letters.
 *
 * @param maxSize    the largest photo or PDF accepted (web upload and channel download alike)
 * @param maxPages   pages of a PDF read at most; a letter rarely has more
 * @param workers    OCR threads per replica: OCR takes a core for seconds, so few, and apart from
 *                   the inbox workers that answer everyone else
 * @param queue      letters waiting for a worker at most; beyond it the parent is asked to retry
 * @param timeBudget how long one letter may take, download and all pages included
 * @param tessdata   Tesseract's language data (Debian: {@code tesseract-ocr-nld}, {@code -eng})
 * @param ocrLanguages Tesseract languages, Dutch first: letters to parents here are in Dutch
 */
@ConfigurationProperties("wegwijs.letters")
public record LettersProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("5") int maxPages,
        @DefaultValue("1") int workers,
        @DefaultValue("8") int queue,
        @DefaultValue("60s") Duration timeBudget,
        @DefaultValue("/usr/share/tesseract-ocr/5/tessdata") String tessdata,
        @DefaultValue("nld+eng") String ocrLanguages) {
}
