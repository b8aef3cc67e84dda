package org.foiapipeline.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The page loop of one open PDF: decides per page, renders the pages to OCR (on this thread: a document is
 * not thread-safe) and OCRs them on the pool, then assembles the pages and the outcome.
 */
final class PdfPages {
  private final PDDocument document;
  private final PageTextStripper.Result text;
  private final Limits limits;
  private final OcrPolicy policy;
  private final OcrBatch batch;
  private final PDFRenderer renderer;
  private final OcrPolicy.Plan[] plans;
  private final PageGraphics[] graphics;
  /** Redaction boxes found in the rendered image of each OCR'd page. */
  private final List<List<Box>> scanBoxes = new ArrayList<>();
  private Path tempDir;

  PdfPages(PDDocument document, PageTextStripper.Result text, Limits limits, OcrPolicy policy, TesseractOcr ocr,
      ExecutorService pool) {
    this.document = document;
    this.text = text;
    this.limits = limits;
    this.policy = policy;
    this.batch = new OcrBatch(ocr, pool, 2 * Runtime.getRuntime().availableProcessors());
    this.renderer = new PDFRenderer(document);
    renderer.setSubsamplingAllowed(true);
    int n = document.getNumberOfPages();
    this.plans = new OcrPolicy.Plan[n];
    this.graphics = new PageGraphics[n];
    for (int i = 0; i < n; i++) {
      scanBoxes.add(List.of());
    }
  }

  ExtractedDocument extract() {
    try {
      int index = 0;
      for (PDPage page : document.getPages()) {
        plan(page, index++);
      }
      return assemble(batch.finish());
    } finally {
      TempFiles.delete(tempDir);
    }
  }

  private void plan(PDPage page, int index) {
    graphics[index] =
        PageGraphicsScanner.scan(page).withGlyphs(text.glyphs()[index], text.unmapped()[index]);
    plans[index] = policy.decide(limits.ocrMode(), text.texts()[index], graphics[index]);
    if (plans[index].action() == OcrPolicy.Action.OCR) {
      render(page, index);
    }
  }

  private void render(PDPage page, int index) {
    int number = index + 1;
    PDRectangle box = page.getCropBox();
    double scale = limits.ocrDpi() / 72.0;
    long pixels = Math.round(box.getWidth() * scale) * Math.round(box.getHeight() * scale);
    if (pixels > limits.maxImagePixels()) {
      batch.skip(number, OcrResult.failed("image too large"));
      return;
    }
    try {
      BufferedImage image = renderer.renderImageWithDPI(index, limits.ocrDpi(), ImageType.GRAY);
      if (graphics[index].redactions().isEmpty()) {
        // PDFBox renders the page as displayed (rotation applied), so the boxes need no turning
        scanBoxes.set(index, ImageRedactions.find(image, limits.ocrDpi()));
      }
      Path pgm = Files.createTempFile(tempDir(), "page-" + number + "-", ".pgm");
      Gray.writePgm(image, pgm);
      batch.submit(number, pgm);
    } catch (IOException | RuntimeException e) {
      batch.skip(number, OcrResult.failed("page could not be rendered: " + e.getMessage()));
    }
  }

  private Path tempDir() throws IOException {
    if (tempDir == null) {
      tempDir = Files.createTempDirectory("foia-render");
    }
    return tempDir;
  }

  private ExtractedDocument assemble(Map<Integer, OcrResult> ocr) {
    List<Page> pages = new ArrayList<>(plans.length);
    List<Outcomes.PageProblem> problems = new ArrayList<>();
    for (int i = 0; i < plans.length; i++) {
      int number = i + 1;
      OcrPolicy.Plan plan = plans[i];
      List<Box> boxes = graphics[i].redactions();
      String layer = text.texts()[i];
      switch (plan.action()) {
        case KEEP_TEXT_LAYER -> {
          List<RedactionAnchor> anchors = RedactionAnchors.place(boxes, text.words(i), layer.length());
          pages.add(new Page(number, layer, TextSource.TEXT_LAYER, -1, boxes, "", anchors));
          String error = text.errors().get(number);
          if (error != null) {
            problems.add(new Outcomes.PageProblem(number, "page content partly unreadable", false));
          }
        }
        case NO_TEXT -> pages.add(new Page(number, "", TextSource.NONE, -1, boxes, plan.note()));
        case OCR -> pages.add(ocrPage(number, plan, boxes.isEmpty() ? scanBoxes.get(i) : boxes, ocr.get(number), problems));
      }
    }
    String empty = limits.ocrMode() == OcrMode.NEVER ? "no text layer on any page (ocr off)" : "no text on any page";
    return Outcomes.of(PdfExtractor.MEDIA_TYPE, pages, problems, empty);
  }

  private static Page ocrPage(
      int number, OcrPolicy.Plan plan, List<Box> boxes, OcrResult result, List<Outcomes.PageProblem> problems) {
    if (result == null) {
      result = OcrResult.failed("ocr not run");
    }
    if (!result.ok()) {
      problems.add(new Outcomes.PageProblem(number, result.problem(), result.timedOut()));
      return new Page(number, "", TextSource.NONE, -1, boxes, plan.note() + "; " + result.problem());
    }
    String note = result.text().isBlank() ? plan.note() + "; ocr found no text" : plan.note();
    List<RedactionAnchor> anchors = RedactionAnchors.place(boxes, result.words(), result.text().length());
    return new Page(number, result.text(), TextSource.OCR, result.confidence(), boxes, note, anchors);
  }
}
