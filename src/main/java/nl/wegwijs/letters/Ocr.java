package nl.wegwijs.letters;

import java.awt.image.BufferedImage;

/**
 * Port: optical character recognition of one prepared page (grey, at a size OCR reads well).
 * The adapter straightens it and thresholds it; it keeps nothing and writes nothing to disk.
 */
public interface Ocr {

    /** The page's text, line by line, with the engine's mean confidence (0 to 100) over its lines. */
    Result read(BufferedImage page);

    record Result(String text, double confidence) {
        @Override
        public String toString() {
            return "Ocr.Result[" + text.length() + " chars, confidence " + Math.round(confidence) + "]";
        }
    }
}
