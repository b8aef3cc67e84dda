package org.foiapipeline.extract;

import java.awt.image.BufferedImage;

/**
 * Otsu's threshold: the gray level that best separates the page's histogram into two classes (ink and paper)
 * by maximising the between-class variance. Every pixel becomes 0 or 255.
 */
final class Binarize {
  private Binarize() {}

  static BufferedImage otsu(BufferedImage gray) {
    byte[] in = Gray.pixels(gray);
    int threshold = threshold(in);
    BufferedImage result = Gray.blank(gray.getWidth(), gray.getHeight());
    byte[] out = Gray.pixels(result);
    for (int i = 0; i < in.length; i++) {
      out[i] = (in[i] & 0xff) <= threshold ? 0 : (byte) 255;
    }
    return result;
  }

  /** The Otsu threshold of 8-bit pixels: levels at or below it are ink. */
  static int threshold(byte[] pixels) {
    long[] histogram = new long[256];
    for (byte p : pixels) {
      histogram[p & 0xff]++;
    }
    long total = pixels.length;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * histogram[i];
    }
    double sumBelow = 0;
    long below = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; t++) {
      below += histogram[t];
      if (below == 0) {
        continue;
      }
      long above = total - below;
      if (above == 0) {
        break;
      }
      sumBelow += (double) t * histogram[t];
      double meanBelow = sumBelow / below;
      double meanAbove = (sumAll - sumBelow) / above;
      double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }
}
