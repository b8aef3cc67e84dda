package org.foiapipeline.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.Random;

/**
 * Makes a clean grayscale page image look scanned: a slight skew, uneven exposure, toner speckle, sensor
 * noise and a soft blur (JPEG artefacts come from the lossy encoding afterwards). Deterministic for a
 * given {@link Random}.
 */
final class ScanEffects {
  private ScanEffects() {}

  static BufferedImage degrade(BufferedImage clean, Random r) {
    BufferedImage img = rotate(clean, (0.3 + r.nextDouble() * 1.7) * (r.nextBoolean() ? 1 : -1));
    expose(img, r);
    return blur(img);
  }

  /**
   * A poor scan for {@link ScanQuality#DEGRADED}: turned 2-4 degrees, the standard exposure plus heavier
   * sensor noise and three times the speckle, and blurred twice.
   */
  static BufferedImage degradeHard(BufferedImage clean, Random r) {
    BufferedImage img = rotate(clean, (2.0 + r.nextDouble() * 2.0) * (r.nextBoolean() ? 1 : -1));
    expose(img, r);
    roughen(img, r);
    return blur(blur(img));
  }

  /** Extra noise of about ±20 levels and dark specks of one to four pixels. */
  private static void roughen(BufferedImage img, Random r) {
    byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    int w = img.getWidth();
    int h = img.getHeight();
    long noise = r.nextLong() | 1;
    for (int i = 0; i < px.length; i++) {
      noise ^= noise << 13;
      noise ^= noise >>> 7;
      noise ^= noise << 17;
      int level = (px[i] & 0xff) + (int) ((noise >>> 33) % 41) - 20;
      px[i] = (byte) Math.max(0, Math.min(255, level));
    }
    int specks = 600 + r.nextInt(900);
    for (int i = 0; i < specks; i++) {
      int x = r.nextInt(w - 3);
      int y = r.nextInt(h - 3);
      byte dark = (byte) (30 + r.nextInt(90));
      int size = 1 + r.nextInt(2);
      for (int dy = 0; dy < size; dy++) {
        for (int dx = 0; dx < size; dx++) {
          px[(y + dy) * w + x + dx] = dark;
        }
      }
    }
  }

  private static BufferedImage rotate(BufferedImage src, double degrees) {
    BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
    g.drawImage(src, 0, 0, null);
    g.dispose();
    return out;
  }

  /**
   * Paper tone, a brightness gradient across the page, faint noise and a few dark specks. The per-pixel
   * noise uses an inline xorshift (seeded from {@code r}) because a {@link Random} call per pixel
   * dominated the scan time.
   */
  private static void expose(BufferedImage img, Random r) {
    byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    int w = img.getWidth();
    int h = img.getHeight();
    double paper = 232 + r.nextInt(18);
    double fade = 0.10 + r.nextDouble() * 0.15;
    boolean horizontal = r.nextBoolean();
    double ink = 20 + r.nextInt(40);
    long noise = r.nextLong() | 1;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double pos = horizontal ? (double) x / w : (double) y / h;
        double v = (px[y * w + x] & 0xff) / 255.0;
        double level = ink + v * (paper - ink) * (1 - fade * pos);
        noise ^= noise << 13;
        noise ^= noise >>> 7;
        noise ^= noise << 17;
        level += (int) ((noise >>> 33) % 9) - 4;
        px[y * w + x] = (byte) Math.max(0, Math.min(255, (int) level));
      }
    }
    int specks = 80 + r.nextInt(300);
    for (int i = 0; i < specks; i++) {
      int x = r.nextInt(w - 2);
      int y = r.nextInt(h - 2);
      byte dark = (byte) (40 + r.nextInt(80));
      px[y * w + x] = dark;
      if (r.nextBoolean()) {
        px[y * w + x + 1] = dark;
      }
    }
  }

  private static BufferedImage blur(BufferedImage img) {
    float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
  }
}
