package org.foiapipeline.extract;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Walks one page's content stream once and records its images (how much of the page the largest covers)
 * and its filled near-black rectangles (redaction boxes). Does not render anything and skips text: glyph
 * counts come from {@link PageTextStripper}.
 */
final class PageGraphicsScanner extends PDFGraphicsStreamEngine {
  /** Boxes shorter or narrower than this many points are rules and underlines, not redactions. */
  static final double MIN_BOX_POINTS = 3;
  /** Boxes covering more than this share of the page are backgrounds. */
  static final double MAX_BOX_PAGE_SHARE = 0.8;
  /** Channel values (0-255) at or below which a fill colour counts as near black. */
  static final int DARK_LUMA = 64;

  private final PDRectangle crop;
  private final List<Rectangle2D> pathRects = new ArrayList<>();
  private final List<Point2D> polygon = new ArrayList<>();
  private final Set<Box> redactions = new LinkedHashSet<>();
  private final Point2D.Float current = new Point2D.Float();
  private boolean polygonIsAxisAligned = true;
  private int imageCount;
  private double largestCoverage;
  private long largestPixels;
  private int pathPaints;

  private PageGraphicsScanner(PDPage page) {
    super(page);
    this.crop = page.getCropBox();
  }

  /** Scans a page; a content stream that cannot be read yields what was seen before the error. */
  static PageGraphics scan(PDPage page) {
    PageGraphicsScanner scanner = new PageGraphicsScanner(page);
    try {
      scanner.processPage(page);
    } catch (IOException | RuntimeException e) {
      // A broken content stream: keep what was found; the text stripper reports the page problem.
    }
    return scanner.result(page.getRotation());
  }

  private PageGraphics result(int rotation) {
    List<Box> boxes = redactions.stream().map(b -> PageBoxes.rotate(b, rotation)).toList();
    return new PageGraphics(imageCount, largestCoverage, largestPixels, pathPaints, 0, 0, boxes);
  }

  @Override
  public void drawImage(PDImage image) {
    imageCount++;
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D drawn =
        ctm.createAffineTransform().createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)).getBounds2D();
    largestCoverage = Math.max(largestCoverage, PageBoxes.pageShare(drawn, crop));
    largestPixels = Math.max(largestPixels, (long) image.getWidth() * image.getHeight());
  }

  @Override
  public void showTextString(byte[] string) {
    // Text is the stripper's job (it also counts glyphs); skipping it here halves the work on text pages.
  }

  @Override
  public void showTextStrings(COSArray array) {
    // As above.
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
    r.add(p1);
    r.add(p2);
    r.add(p3);
    boolean axisAligned = Math.abs(p0.getX() - p3.getX()) < 0.01 || Math.abs(p0.getY() - p3.getY()) < 0.01;
    if (axisAligned) {
      pathRects.add(r);
    }
    current.setLocation(p0.getX(), p0.getY());
  }

  @Override
  public void moveTo(float x, float y) {
    closePolygon();
    polygon.add(new Point2D.Float(x, y));
    current.setLocation(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    if (Math.abs(x - current.x) > 0.01 && Math.abs(y - current.y) > 0.01) {
      polygonIsAxisAligned = false;
    }
    polygon.add(new Point2D.Float(x, y));
    current.setLocation(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    polygonIsAxisAligned = false;
    current.setLocation(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // A closed polygon is judged when it is filled.
  }

  @Override
  public void endPath() {
    resetPath();
  }

  @Override
  public void strokePath() {
    pathPaints++;
    resetPath();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    pathPaints++;
    closePolygon();
    if (isDark(getGraphicsState().getNonStrokingColor())) {
      pathRects.forEach(this::addRedaction);
    }
    resetPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    fillPath(windingRule);
  }

  @Override
  public void shadingFill(COSName shadingName) {
    pathPaints++;
  }

  @Override
  public void clip(int windingRule) {
    // Clipping paths are followed by endPath (n), which resets the path.
  }

  private void closePolygon() {
    if (polygon.size() >= 4 && polygonIsAxisAligned) {
      Rectangle2D r = new Rectangle2D.Double(polygon.get(0).getX(), polygon.get(0).getY(), 0, 0);
      polygon.forEach(r::add);
      pathRects.add(r);
    }
    polygon.clear();
    polygonIsAxisAligned = true;
  }

  private void resetPath() {
    pathRects.clear();
    polygon.clear();
    polygonIsAxisAligned = true;
  }

  private void addRedaction(Rectangle2D r) {
    Rectangle2D visible = r.createIntersection(PageBoxes.bounds(crop));
    if (visible.getHeight() < MIN_BOX_POINTS || visible.getWidth() < MIN_BOX_POINTS) {
      return;
    }
    if (PageBoxes.pageShare(visible, crop) > MAX_BOX_PAGE_SHARE) {
      return;
    }
    redactions.add(PageBoxes.toFractions(visible, crop));
  }

  private static boolean isDark(PDColor color) throws IOException {
    if (color == null) {
      return true; // the PDF default fill colour is black
    }
    int rgb = color.toRGB();
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return Math.max(r, Math.max(g, b)) <= DARK_LUMA;
  }
}
