package org.foiapipeline.extract;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

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
}
