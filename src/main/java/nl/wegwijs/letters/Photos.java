package nl.wegwijs.letters;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Photos in memory only, with Java2D: decoded without ImageIO's disk cache (a letter's image must
 * never reach the disk), made grey, and scaled so that ordinary print is as tall as OCR reads best.
 */
final class Photos {

    /** A phone photo has 12 to 50 million pixels; more is subsampled while decoding, never held whole. */
    static final long MAX_PIXELS = 24_000_000L;
    /** The long side OCR gets: an A4 page at about 220 dpi, so 10-point print is ~20 pixels high. */
    static final int OCR_LONG_SIDE = 2600;

    private Photos() {
    }

    static BufferedImage decode(byte[] bytes) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                if (pixels > MAX_PIXELS) {
                    int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new IOException("empty image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Grey on white (a transparent PNG's background becomes paper, not black). */
    static BufferedImage grey(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return source;
        }
        BufferedImage grey = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return grey;
    }

    /** Scaled so its long side is {@code longSide} (up to 3x larger, for small photos). */
    static BufferedImage scaledTo(BufferedImage grey, int longSide) {
        double factor = Math.min(3.0, (double) longSide / Math.max(grey.getWidth(), grey.getHeight()));
        if (Math.abs(factor - 1) < 0.05) {
            return grey;
        }
        int w = Math.max(1, (int) Math.round(grey.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(grey.getHeight() * factor));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                factor < 1 ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(grey, 0, 0, w, h, null);
        g.dispose();
        return scaled;
    }
}
