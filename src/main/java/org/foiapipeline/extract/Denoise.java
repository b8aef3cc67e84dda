package org.foiapipeline.extract;

import java.awt.image.BufferedImage;

/**
 * A 3x3 median filter: an isolated dark speck or a noisy pixel takes its neighbours' value, while a stroke at
 * least two pixels wide survives. Edge pixels are copied unchanged.
 */
final class Denoise {
  private Denoise() {}

  static BufferedImage median3(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] in = Gray.pixels(gray);
    BufferedImage result = Gray.blank(w, h);
    byte[] out = Gray.pixels(result);
    System.arraycopy(in, 0, out, 0, in.length);
    int[] v = new int[9];
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int k = 0;
        for (int dy = -1; dy <= 1; dy++) {
          int row = (y + dy) * w + x;
          v[k++] = in[row - 1] & 0xff;
          v[k++] = in[row] & 0xff;
          v[k++] = in[row + 1] & 0xff;
        }
        out[y * w + x] = (byte) median9(v);
      }
    }
    return result;
  }

  /** The median of nine values by insertion sort: nine elements are fewer than a library sort's setup. */
  private static int median9(int[] v) {
    for (int i = 1; i < 9; i++) {
      int x = v[i];
      int j = i - 1;
      while (j >= 0 && v[j] > x) {
        v[j + 1] = v[j];
        j--;
      }
      v[j + 1] = x;
    }
    return v[4];
  }
}
