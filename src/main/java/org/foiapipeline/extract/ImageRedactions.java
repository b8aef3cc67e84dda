package org.foiapipeline.extract;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds redaction boxes burnt into a page image (a scan): solid dark rectangles at least {@link #MIN_WIDTH_PT}
 * wide and {@link #MIN_HEIGHT_PT} tall. Rows are read as runs of dark pixels (small gaps of scan noise
 * bridged); a run of the same extent, give or take a few pixels (a scan is often slightly askew), on row after
 * row is a box. Strokes of letters are far shorter than a box is wide, rules far thinner than it is tall.
 * Boxes touching the image edge (scanner borders) or covering most of the page are not redactions. Pure.
 */
final class ImageRedactions {
  /** Narrowest box, in points: letters of body text are narrower than this. */
  static final double MIN_WIDTH_PT = 9;
  /** Lowest box, in points: rules and underlines are thinner. */
  static final double MIN_HEIGHT_PT = 5;
  /** Grey values (0-255) below this are dark. */
  static final int DARK = 110;

  private ImageRedactions() {}

  /** A rectangle being followed down the image. */
  private static final class Open {
    int x0;
    int x1;
    final int top;
    int last;
    int minX0;
    int maxX1;

    Open(int x0, int x1, int y) {
      this.x0 = x0;
      this.x1 = x1;
      this.top = y;
      this.last = y;
      this.minX0 = x0;
      this.maxX1 = x1;
    }
  }

  /** Boxes in page fractions (top-left origin) of an image rendered or scanned at {@code dpi}. */
  static List<Box> find(BufferedImage image, double dpi) {
    int w = image.getWidth();
    int h = image.getHeight();
    double px = dpi / 72.0;
    int minRun = (int) Math.round(MIN_WIDTH_PT * px);
    int minHeight = (int) Math.round(MIN_HEIGHT_PT * px);
    int tolerance = Math.max(3, (int) Math.round(1.5 * px));
    Raster raster = image.getRaster();
    int[] row = new int[w];
    List<Open> open = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    for (int y = 0; y < h; y++) {
      raster.getSamples(0, y, w, 1, 0, row);
      List<Open> next = new ArrayList<>();
      for (int[] run : runs(row, minRun, image.getColorModel().getComponentSize(0))) {
        Open o = match(open, run, tolerance);
        if (o == null) {
          o = new Open(run[0], run[1], y);
        } else {
          open.remove(o);
          o.x0 = run[0];
          o.x1 = run[1];
          o.last = y;
          o.minX0 = Math.min(o.minX0, run[0]);
          o.maxX1 = Math.max(o.maxX1, run[1]);
        }
        next.add(o);
      }
      for (Open o : open) {
        if (y - o.last <= 2) {
          next.add(o); // a noisy row inside a box
        } else {
          close(o, minHeight, w, h, boxes);
        }
      }
      open = next;
    }
    open.forEach(o -> close(o, minHeight, w, h, boxes));
    return boxes;
  }

  /** Dark runs at least {@code minRun} long, gaps of up to two light pixels bridged: {start, end exclusive}. */
  private static List<int[]> runs(int[] row, int minRun, int bits) {
    int dark = bits == 8 ? DARK : (DARK * ((1 << bits) - 1)) / 255;
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int lastDark = -10;
    for (int x = 0; x <= row.length; x++) {
      boolean d = x < row.length && row[x] < dark;
      if (d) {
        if (start < 0 || x - lastDark > 3) {
          if (start >= 0 && lastDark + 1 - start >= minRun) {
            out.add(new int[] {start, lastDark + 1});
          }
          start = x;
        }
        lastDark = x;
      }
    }
    if (start >= 0 && lastDark + 1 - start >= minRun) {
      out.add(new int[] {start, lastDark + 1});
    }
    return out;
  }

  private static Open match(List<Open> open, int[] run, int tolerance) {
    for (Open o : open) {
      if (Math.abs(o.x0 - run[0]) <= tolerance && Math.abs(o.x1 - run[1]) <= tolerance) {
        return o;
      }
    }
    return null;
  }

  private static void close(Open o, int minHeight, int w, int h, List<Box> boxes) {
    int height = o.last + 1 - o.top;
    boolean edge = o.minX0 <= 1 || o.maxX1 >= w - 1 || o.top <= 1 || o.last >= h - 2;
    double share = (double) (o.maxX1 - o.minX0) * height / ((double) w * h);
    if (height < minHeight || edge || share > PageGraphicsScanner.MAX_BOX_PAGE_SHARE) {
      return;
    }
    boxes.add(new Box(round((double) o.minX0 / w), round((double) o.top / h), round((double) (o.maxX1 - o.minX0) / w),
        round((double) height / h)));
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
