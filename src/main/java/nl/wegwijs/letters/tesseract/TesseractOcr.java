package nl.wegwijs.letters.tesseract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import nl.wegwijs.letters.LettersProperties;
import nl.wegwijs.letters.Ocr;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;
import com.recognition.software.jdeskew.ImageDeskew;
import org.springframework.stereotype.Component;

/**
 * The OCR adapter: Tesseract through tess4j (only here; ArchitectureTest). The page is straightened
 * first (tess4j's Hough-transform {@link ImageDeskew}; a photo is rarely held perfectly level) and
 * Tesseract thresholds it with its Sauvola method (local), which copes with the uneven light of a
 * photo. A new engine per page: Tesseract is not thread-safe, and the images go in as memory, never
 * as files.
 */
@Component
public class TesseractOcr implements Ocr {

    /** Below this a page is level enough; beyond the other it is a photo taken sideways, not a tilt. */
    private static final double MIN_SKEW = 0.3;
    private static final double MAX_SKEW = 15;
    /** Tesseract 5's thresholding_method 2, Sauvola: local, for uneven light; adaptive Otsu (1) broke on sensor noise. */
    private static final String SAUVOLA = "2";

    private final LettersProperties properties;

    public TesseractOcr(LettersProperties properties) {
        this.properties = properties;
    }

    @Override
    public Result read(BufferedImage page) {
        BufferedImage level = straightened(page);
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(properties.tessdata());
        tesseract.setLanguage(properties.ocrLanguages());
        tesseract.setPageSegMode(ITessAPI.TessPageSegMode.PSM_AUTO);
        tesseract.setVariable("thresholding_method", SAUVOLA);
        tesseract.setVariable("user_defined_dpi", "220");
        List<Word> lines = tesseract.getWords(level, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE);
        StringBuilder text = new StringBuilder();
        double confidence = 0;
        int counted = 0;
        for (Word line : lines) {
            String t = line.getText().strip();
            if (t.isEmpty()) {
                continue;
            }
            text.append(t).append('\n');
            confidence += line.getConfidence();
            counted++;
        }
        return new Result(text.toString(), counted == 0 ? 0 : confidence / counted);
    }

    private static BufferedImage straightened(BufferedImage page) {
        double skew = new ImageDeskew(page).getSkewAngle();
        if (Math.abs(skew) < MIN_SKEW || Math.abs(skew) > MAX_SKEW) {
            return page;
        }
        // Rotated on white paper, so the corners the turn uncovers do not read as ink.
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(-skew), page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }
}
