package nl.wegwijs.letters;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Optional;

/**
 * Says honestly, before OCR, when a photo cannot be read: too small, too dark (or without contrast
 * between ink and paper), or blurred. Sharpness is the strength of the sharpest edges (a high
 * percentile of the Laplacian) relative to the contrast, measured at one fixed size, so it does not
 * depend on how much text is on the page nor on how bright the photo is.
 */
final class PhotoQuality {

    static final int MIN_SHORT_SIDE = 500;
    static final int MIN_LONG_SIDE = 700;
    /** Paper in a daylight photo is brighter than this (0 black, 255 white). */
    static final int MIN_PAPER = 80;
    /** Ink and paper differ by at least this much. */
    static final int MIN_CONTRAST = 50;
    /** Sharpest edges, relative to the contrast; tuned on rendered letters (PhotoQualityTest). */
    static final double MIN_SHARPNESS = 0.35;
    static final int MEASURE_LONG_SIDE = 1200;

    private PhotoQuality() {
    }

    record Measure(int shortSide, int longSide, int paper, int ink, double sharpness) {
    }

    static Optional<Refusal> judge(BufferedImage grey) {
        Measure m = measure(grey);
        if (m.shortSide() < MIN_SHORT_SIDE || m.longSide() < MIN_LONG_SIDE) {
            return Optional.of(Refusal.TOO_SMALL);
        }
        if (m.paper() < MIN_PAPER || m.paper() - m.ink() < MIN_CONTRAST) {
            return Optional.of(Refusal.TOO_DARK);
        }
        if (m.sharpness() < MIN_SHARPNESS) {
            return Optional.of(Refusal.BLURRED);
        }
        return Optional.empty();
    }

    static Measure measure(BufferedImage grey) {
        int shortSide = Math.min(grey.getWidth(), grey.getHeight());
        int longSide = Math.max(grey.getWidth(), grey.getHeight());
        BufferedImage small = Photos.scaledTo(grey, MEASURE_LONG_SIDE);
        Raster r = small.getRaster();
        int w = small.getWidth();
        int h = small.getHeight();
        int[] histogram = new int[256];
        int[][] lines = new int[3][];
        int[] laplace = new int[1024];
        long edges = 0;
        for (int y = 0; y < h; y++) {
            int[] line = r.getSamples(0, y, w, 1, 0, new int[w]);
            for (int v : line) {
                histogram[v]++;
            }
            lines[0] = lines[1];
            lines[1] = lines[2];
            lines[2] = line;
            if (lines[0] != null) {
                int[] up = lines[0];
                int[] mid = lines[1];
                for (int x = 1; x < w - 1; x++) {
                    int l = Math.abs(4 * mid[x] - mid[x - 1] - mid[x + 1] - up[x] - line[x]);
                    laplace[Math.min(l, laplace.length - 1)]++;
                    edges++;
                }
            }
        }
        long total = (long) w * h;
        int ink = percentile(histogram, total, 0.02);
        int paper = percentile(histogram, total, 0.90);
        int sharpest = percentile(laplace, edges, 0.998);
        double sharpness = paper - ink <= 0 ? 0 : (double) sharpest / (paper - ink);
        return new Measure(shortSide, longSide, paper, ink, sharpness);
    }

    private static int percentile(int[] histogram, long total, double p) {
        long wanted = (long) Math.ceil(total * p);
        long seen = 0;
        for (int i = 0; i < histogram.length; i++) {
            seen += histogram[i];
            if (seen >= wanted) {
                return i;
            }
        }
        return histogram.length - 1;
    }
}
