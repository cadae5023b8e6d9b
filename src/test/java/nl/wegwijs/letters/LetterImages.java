package nl.wegwijs.letters;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Renders a letter as a phone would photograph it, with Java2D: an A4 page at a given width,
 * turned by some degrees on a darker table, lit unevenly, out of focus by a Gaussian blur and with
 * sensor noise; encoded as JPEG or PNG in memory.
 */
public final class LetterImages {

    public record Look(int pageWidth, double degrees, double blurSigma, double noise, double light) {
        public static Look clean(int width) {
            return new Look(width, 0, 0, 0, 1);
        }

        /** The photo: turned 5 degrees, slightly blurred, some noise. */
        public static Look photo(int width) {
            return new Look(width, 5, 1.0, 8, 0.95);
        }
    }

    private LetterImages() {
    }

    public static BufferedImage page(TestLetters.Letter letter, int width) {
        int height = (int) Math.round(width * 297 / 210.0);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(20, 20, 30));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        // 10.5 point on A4: the page is 595 points wide.
        float size = (float) (width / 595.0 * 10.5);
        Font font = new Font(Font.SERIF, Font.PLAIN, Math.round(size));
        g.setFont(font.deriveFont(size));
        int margin = width / 9;
        float y = height / 10f;
        float lineHeight = size * 1.45f;
        for (String line : letter.lines()) {
            g.drawString(line, margin, y);
            y += lineHeight;
        }
        g.dispose();
        return page;
    }

    public static BufferedImage photo(TestLetters.Letter letter, Look look, long seed) {
        BufferedImage page = page(letter, look.pageWidth());
        int w = (int) (page.getWidth() * 1.12);
        int h = (int) (page.getHeight() * 1.08);
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(110, 95, 80)); // the table
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform at = new AffineTransform();
        at.translate((w - page.getWidth()) / 2.0, (h - page.getHeight()) / 2.0);
        at.rotate(Math.toRadians(look.degrees()), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, at, null);
        g.dispose();
        BufferedImage blurred = look.blurSigma() > 0 ? blur(photo, look.blurSigma()) : photo;
        return lightAndNoise(blurred, look.light(), look.noise(), seed);
    }

    /** The page alone (as a scanner sees it), turned by some degrees on white. */
    static BufferedImage photoOfPage(TestLetters.Letter letter, int width, double degrees) {
        BufferedImage page = page(letter, width);
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    static BufferedImage blur(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(sigma * 3);
        int size = radius * 2 + 1;
        float[] row = new float[size];
        float sum = 0;
        for (int i = 0; i < size; i++) {
            row[i] = (float) Math.exp(-((i - radius) * (i - radius)) / (2 * sigma * sigma));
            sum += row[i];
        }
        for (int i = 0; i < size; i++) {
            row[i] /= sum;
        }
        BufferedImage padded = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(size, 1, row), ConvolveOp.EDGE_NO_OP, null).filter(image, padded);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(1, size, row), ConvolveOp.EDGE_NO_OP, null).filter(padded, out);
        return out;
    }

    /** Light falling off from the top left (a phone's shadow), times {@code light}; Gaussian noise. */
    static BufferedImage lightAndNoise(BufferedImage image, double light, double noise, long seed) {
        Random random = new Random(seed);
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                double fall = light * (1 - 0.15 * ((double) x / w + (double) y / h) / 2);
                double n = noise == 0 ? 0 : random.nextGaussian() * noise;
                int r = clamp(((rgb >> 16) & 0xff) * fall + n);
                int gr = clamp(((rgb >> 8) & 0xff) * fall + n);
                int b = clamp((rgb & 0xff) * fall + n);
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    public static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
            writer.dispose();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageIO.write(image, "png", out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo too dark to read: the same page at a tenth of the light. */
    public static BufferedImage dark(TestLetters.Letter letter) {
        return lightAndNoise(photo(letter, Look.clean(1600), 1), 0.12, 3, 2);
    }

    /** Badly out of focus. */
    public static BufferedImage blurred(TestLetters.Letter letter) {
        return photo(letter, new Look(1600, 3, 6, 4, 1), 3);
    }

    /** A thumbnail. */
    public static BufferedImage tiny(TestLetters.Letter letter) {
        return photo(letter, Look.clean(300), 4);
    }

    /** Not a letter at all: noise on grey (a photo of the carpet). */
    public static BufferedImage carpet() {
        BufferedImage image = new BufferedImage(1600, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 190, 180));
        g.fillRect(0, 0, 1600, 2000);
        g.dispose();
        return lightAndNoise(blur(lightAndNoise(image, 1, 60, 5), 1.5), 1, 5, 6);
    }
}
