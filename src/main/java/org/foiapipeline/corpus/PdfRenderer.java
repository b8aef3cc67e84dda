package org.foiapipeline.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.foiapipeline.corpus.Layout.PageLayout;

/**
 * Writes laid-out pages as one PDF: digital pages carry a text layer; scanned pages are a single degraded
 * JPEG and nothing else. Same inputs and same {@link Random} give the same bytes (fixed document ID and
 * dates, no clock).
 */
final class PdfRenderer {
  private final PagePainter painter = new PagePainter();
  private final ScanQuality quality;

  PdfRenderer() {
    this(ScanQuality.STANDARD);
  }

  PdfRenderer(ScanQuality quality) {
    this.quality = quality;
  }

  /**
   * @param scanned per page, true for an image-only page
   * @param created the creation date written into the document information
   */
  byte[] render(List<PageLayout> pages, boolean[] scanned, LocalDateTime created, Random r) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      int dpi = 150 + 25 * r.nextInt(3);
      float quality = 0.45f + r.nextFloat() * 0.25f;
      if (this.quality == ScanQuality.DEGRADED) {
        dpi = 100 + 25 * r.nextInt(2);
        quality = 0.30f + r.nextFloat() * 0.15f;
      }
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (scanned[i]) {
            PDImageXObject image = JPEGFactory.createFromImage(doc, scan(pages.get(i), dpi, r), quality, dpi);
            cs.drawImage(image, 0, 0, Layouter.PAGE_WIDTH, Layouter.PAGE_HEIGHT);
          } else {
            painter.paint(cs, pages.get(i));
          }
        }
      }
      identify(doc, created, r);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private BufferedImage scan(PageLayout layout, int dpi, Random r) throws IOException {
    try (PDDocument tmp = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      tmp.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(tmp, page)) {
        painter.paint(cs, layout);
      }
      BufferedImage clean = new PDFRenderer(tmp).renderImageWithDPI(0, dpi, ImageType.GRAY);
      return quality == ScanQuality.DEGRADED ? ScanEffects.degradeHard(clean, r) : ScanEffects.degrade(clean, r);
    }
  }

  /** Fixes what PDFBox would otherwise take from the clock: the trailer ID and the dates. */
  private static void identify(PDDocument doc, LocalDateTime created, Random r) {
    byte[] id = new byte[16];
    r.nextBytes(id);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().setDocumentID(ids);
    PDDocumentInformation info = new PDDocumentInformation();
    Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
    cal.setTimeInMillis(created.toInstant(ZoneOffset.UTC).toEpochMilli());
    info.setCreationDate(cal);
    info.setModificationDate(cal);
    info.setProducer("FOIA Pipeline synthetic corpus");
    doc.setDocumentInformation(info);
  }
}
