package org.foiapipeline.extract;

import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Geometry between PDF user space (bottom-left origin, points) and page fractions (top-left origin). */
final class PageBoxes {
  private PageBoxes() {}

  static Rectangle2D bounds(PDRectangle crop) {
    return new Rectangle2D.Double(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
  }

  /** Share of the page area that a rectangle covers, after clipping it to the page. */
  static double pageShare(Rectangle2D r, PDRectangle crop) {
    double pageArea = (double) crop.getWidth() * crop.getHeight();
    if (pageArea <= 0) {
      return 0;
    }
    Rectangle2D visible = r.createIntersection(bounds(crop));
    if (visible.isEmpty()) {
      return 0;
    }
    return Math.min(1, visible.getWidth() * visible.getHeight() / pageArea);
  }

  /** An unrotated user-space rectangle as fractions of the crop box, origin top-left, rounded to 1e-4. */
  static Box toFractions(Rectangle2D r, PDRectangle crop) {
    double w = crop.getWidth();
    double h = crop.getHeight();
    return new Box(
        round((r.getMinX() - crop.getLowerLeftX()) / w),
        round((crop.getUpperRightY() - r.getMaxY()) / h),
        round(r.getWidth() / w),
        round(r.getHeight() / h));
  }

  /** A box on the unrotated page as it appears when the page is shown with its {@code /Rotate} (clockwise). */
  static Box rotate(Box b, int rotation) {
    return switch (Math.floorMod(rotation, 360)) {
      case 90 -> new Box(round(1 - b.y() - b.height()), b.x(), b.height(), b.width());
      case 180 -> new Box(round(1 - b.x() - b.width()), round(1 - b.y() - b.height()), b.width(), b.height());
      case 270 -> new Box(b.y(), round(1 - b.x() - b.width()), b.height(), b.width());
      default -> b;
    };
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
