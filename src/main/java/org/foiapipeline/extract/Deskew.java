package org.foiapipeline.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Finds how far a page's text lines are turned and turns them level. The angle is the one whose projection
 * profile is sharpest: dark pixels are counted per row along lines of that slope, and the sum of squared
 * differences between neighbouring rows peaks when the rows follow the text lines (ink rows alternate with
 * blank gaps). Searched over ±{@value #MAX_DEGREES}°, coarse then fine, on every fourth column of the ink.
 */
final class Deskew {
  /** Scans are rarely turned more than this; a larger search only finds false peaks in tables. */
  static final double MAX_DEGREES = 6;
  /** Below this the page is left as it is: resampling costs sharpness and gains nothing. */
  static final double MIN_CORRECTION_DEGREES = 0.15;
  private static final int SAMPLE_STEP = 4;

  private Deskew() {}

  /** A level copy of the page (the same pixels when it is already level). */
  static BufferedImage apply(BufferedImage gray) {
    double angle = angle(gray);
    return Math.abs(angle) < MIN_CORRECTION_DEGREES ? gray : rotate(gray, -angle);
  }

  /**
   * The page's skew in degrees, positive when lines fall to the right (clockwise on screen, as
   * {@link Graphics2D#rotate} turns them); 0 for a page without ink.
   */
  static double angle(BufferedImage gray) {
    int[][] ink = inkSample(gray);
    if (ink[0].length < 50) {
      return 0;
    }
    double best = search(ink, -MAX_DEGREES, MAX_DEGREES, 0.5, gray.getHeight());
    best = search(ink, best - 0.5, best + 0.5, 0.1, gray.getHeight());
    return search(ink, best - 0.1, best + 0.1, 0.02, gray.getHeight());
  }

  private static double search(int[][] ink, double from, double to, double step, int height) {
    double bestAngle = 0;
    double bestScore = -1;
    for (double a = from; a <= to + 1e-9; a += step) {
      double score = sharpness(ink, Math.tan(Math.toRadians(a)), height);
      if (score > bestScore) {
        bestScore = score;
        bestAngle = a;
      }
    }
    return bestAngle;
  }

  /** Dark pixels of every {@value #SAMPLE_STEP}th column (every row: rows are what is measured), as x and y arrays. */
  private static int[][] inkSample(BufferedImage gray) {
    byte[] px = Gray.pixels(gray);
    int w = gray.getWidth();
    int threshold = Binarize.threshold(px);
    int n = 0;
    int[] xs = new int[px.length / SAMPLE_STEP + 1];
    int[] ys = new int[xs.length];
    for (int y = 0; y < gray.getHeight(); y++) {
      for (int x = 0; x < w; x += SAMPLE_STEP) {
        if ((px[y * w + x] & 0xff) <= threshold && n < xs.length) {
          xs[n] = x;
          ys[n++] = y;
        }
      }
    }
    return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
  }

  private static double sharpness(int[][] ink, double slope, int height) {
    int[] xs = ink[0];
    int[] ys = ink[1];
    int margin = (int) Math.ceil(Math.abs(slope) * height * 2) + 2;
    long[] bands = new long[height + 2 * margin + 1];
    for (int i = 0; i < xs.length; i++) {
      int band = (int) Math.floor(ys[i] - xs[i] * slope) + margin;
      if (band >= 0 && band < bands.length) {
        bands[band]++;
      }
    }
    double score = 0;
    for (int b = 1; b < bands.length; b++) {
      double d = bands[b] - bands[b - 1];
      score += d * d;
    }
    return score;
  }

  /** Turns the page by {@code degrees} about its centre, filling the uncovered corners with white. */
  static BufferedImage rotate(BufferedImage gray, double degrees) {
    BufferedImage out = Gray.blank(gray.getWidth(), gray.getHeight());
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0);
    g.drawImage(gray, 0, 0, null);
    g.dispose();
    return out;
  }
}
