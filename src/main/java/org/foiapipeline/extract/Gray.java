package org.foiapipeline.extract;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** 8-bit grayscale images as byte arrays: the one pixel format the image clean-ups work on. */
final class Gray {
  private Gray() {}

  /** A {@code TYPE_BYTE_GRAY} copy of any image (a fresh copy even when it already is one). */
  static BufferedImage of(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  /** The live pixel array of a {@code TYPE_BYTE_GRAY} image, row by row. */
  static byte[] pixels(BufferedImage gray) {
    return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
  }

  static BufferedImage blank(int width, int height) {
    return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
  }

  /**
   * Writes a {@code TYPE_BYTE_GRAY} image as a binary PGM, the image file Tesseract reads with no decoding:
   * a tenth of the time PNG compression takes on a 200 dpi page, for a larger file that lives seconds.
   */
  static void writePgm(BufferedImage gray, Path file) throws IOException {
    if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      throw new IllegalArgumentException("not an 8-bit grayscale image");
    }
    int width = gray.getWidth();
    int height = gray.getHeight();
    Raster raster = gray.getRaster();
    byte[] row = new byte[width];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      for (int y = 0; y < height; y++) {
        raster.getDataElements(0, y, width, 1, row);
        out.write(row);
      }
    }
  }
}
