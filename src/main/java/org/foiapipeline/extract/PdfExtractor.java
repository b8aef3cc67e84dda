package org.foiapipeline.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Page text from a PDF: the text layer where it is real, Tesseract OCR where the page is an image, carries
 * only a stamp, or its text layer is garbage (see {@link OcrPolicy}); redaction boxes per page.
 *
 * <p>Statuses: TOO_LARGE (file size, or page count, checked before any page is read), ENCRYPTED (a user
 * password is needed; the empty password is tried first), FAILED (not a PDF, or unreadable), EMPTY (no text
 * anywhere and nothing worth OCR), PARTIAL (some pages failed, named in the reason), TIMEOUT (every failed
 * page timed out in OCR and none has text), else OK. Never throws for bad input.
 *
 * <p>Memory stays small for big files: PDFBox caches streams in temporary files, and pages are rendered
 * one at a time on the calling thread, their OCR running on the given pool.
 */
public final class PdfExtractor implements Extractor {
  public static final String MEDIA_TYPE = "application/pdf";

  private final Limits limits;
  private final TesseractOcr ocr;
  private final ExecutorService ocrPool;
  private final OcrPolicy policy;

  /**
   * @param ocrPool runs Tesseract processes; must not be the pool this extractor runs on
   */
  public PdfExtractor(Limits limits, TesseractOcr ocr, ExecutorService ocrPool) {
    this.limits = limits;
    this.ocr = ocr;
    this.ocrPool = ocrPool;
    this.policy = new OcrPolicy(TextLayerQuality.standard());
  }

  @Override
  public ExtractedDocument extract(Path file, String name) {
    Optional<ExtractedDocument> early = Outcomes.precheck(file, limits, MEDIA_TYPE);
    if (early.isPresent()) {
      return early.get();
    }
    try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      return extract(document);
    } catch (InvalidPasswordException e) {
      return fail(Status.ENCRYPTED, "encrypted: needs a password to open");
    } catch (IOException e) {
      return fail(Status.FAILED, "not a readable PDF (damaged, truncated or not a PDF): " + message(e));
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox's lenient parser can still trip over hostile structures; the batch must go on.
      return fail(Status.FAILED, "PDF parser error: " + message(e));
    }
  }

  private ExtractedDocument extract(PDDocument document) throws IOException {
    int pageCount = document.getNumberOfPages();
    if (pageCount > limits.maxPages()) {
      return fail(Status.TOO_LARGE, pageCount + " pages, over the limit of " + limits.maxPages());
    }
    if (pageCount == 0) {
      return fail(Status.FAILED, "PDF has no pages");
    }
    FormFields.flatten(document);
    PageTextStripper.Result text = PageTextStripper.extract(document);
    return new PdfPages(document, text, limits, policy, ocr, ocrPool).extract();
  }

  private static ExtractedDocument fail(Status status, String reason) {
    return ExtractedDocument.failed(MEDIA_TYPE, status, reason);
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
