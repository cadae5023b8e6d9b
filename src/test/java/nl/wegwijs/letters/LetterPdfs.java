package nl.wegwijs.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Letters as PDFs, one letter per A4 page: with a text layer (as sent by e-mail), or scanned (only images). */
public final class LetterPdfs {

    private LetterPdfs() {
    }

    public static byte[] withTextLayer(List<TestLetters.Letter> letters) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (TestLetters.Letter letter : letters) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 10.5f);
                    content.setLeading(15f);
                    content.newLineAtOffset(66, 760);
                    for (String line : letter.lines()) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page a scan: a slightly turned, noisy photo of the page, and no text at all. */
    public static byte[] scanned(List<TestLetters.Letter> letters) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            long seed = 11;
            for (TestLetters.Letter letter : letters) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                var scan = LetterImages.lightAndNoise(LetterImages.photoOfPage(letter, 1654, 1.5), 1, 6, seed++);
                PDImageXObject image = JPEGFactory.createFromImage(doc, scan, 0.85f);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
