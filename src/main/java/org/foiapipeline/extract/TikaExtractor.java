package org.foiapipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Plain text of any other format Tika parses (Word, Excel, CSV, e-mail, HTML, text ...): one page per file,
 * or per sheet where Tika marks sheets; e-mails start with their From/To/Cc/Date/Subject headers. Embedded
 * documents (attachments) are included. Tika never OCRs here. Text beyond the write limit (2,000 characters
 * per allowed page) is cut and the document is PARTIAL. Never throws; the parse time limit is the caller's.
 */
public final class TikaExtractor implements Extractor {
  /** Characters of text allowed per page of {@link Limits#maxPages()}, bounding memory. */
  static final long CHARS_PER_PAGE = 2_000;

  private final Limits limits;
  /** Made on first use: setting Tika up takes a second or two, which a batch of PDFs alone never needs. */
  private AutoDetectParser parser;

  public TikaExtractor(Limits limits) {
    this.limits = limits;
  }

  @Override
  public ExtractedDocument extract(Path file, String name) {
    String guessed = FileTypes.detect(file, name);
    Optional<ExtractedDocument> early = Outcomes.precheck(file, limits, guessed);
    if (early.isPresent()) {
      return early.get();
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name == null ? file.getFileName().toString() : name);
    PageSplittingHandler pages = new PageSplittingHandler();
    int writeLimit = (int) Math.min(Integer.MAX_VALUE - 16L, limits.maxPages() * CHARS_PER_PAGE);
    BodyContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(pages, writeLimit));
    String problem = "";
    Status failure = null;
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser().parse(in, handler, metadata, context());
    } catch (EncryptedDocumentException e) {
      failure = Status.ENCRYPTED;
      problem = "encrypted: needs a password to open";
    } catch (SAXException e) {
      boolean limit = WriteLimitReachedException.isWriteLimitReached(e);
      failure = limit ? Status.PARTIAL : Status.FAILED;
      problem = limit ? "text cut at " + writeLimit + " characters" : "cannot parse: " + e.getMessage();
    } catch (IOException | TikaException | RuntimeException e) {
      failure = Status.FAILED;
      problem = "cannot parse: " + e.getMessage();
    }
    String mediaType = mediaType(metadata, guessed);
    return outcome(mediaType, withHeaders(mediaType, metadata, pages.pages()), failure, problem);
  }

  private synchronized AutoDetectParser parser() {
    if (parser == null) {
      parser = new AutoDetectParser();
    }
    return parser;
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    TesseractOCRConfig noOcr = new TesseractOCRConfig();
    noOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, noOcr);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    context.set(Parser.class, parser());
    return context;
  }

  private static ExtractedDocument outcome(String mediaType, List<String> texts, Status failure, String problem) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      pages.add(Page.ofText(i + 1, texts.get(i)));
    }
    if (failure == Status.ENCRYPTED) {
      return new ExtractedDocument(mediaType, failure, problem, List.of());
    }
    if (failure != null) {
      return new ExtractedDocument(mediaType, pages.isEmpty() ? Status.FAILED : Status.PARTIAL, problem, pages);
    }
    if (pages.isEmpty()) {
      return new ExtractedDocument(mediaType, Status.EMPTY, "no text in file", List.of(Page.ofText(1, "")));
    }
    return new ExtractedDocument(mediaType, Status.OK, "", pages);
  }

  private static String mediaType(Metadata metadata, String guessed) {
    String detected = metadata.get(Metadata.CONTENT_TYPE);
    if (detected == null || detected.isBlank()) {
      return guessed;
    }
    int semicolon = detected.indexOf(';');
    return (semicolon < 0 ? detected : detected.substring(0, semicolon)).strip();
  }

  /** E-mail headers are metadata to Tika; a reader of the page expects them on it. */
  private static List<String> withHeaders(String mediaType, Metadata md, List<String> pages) {
    if (!mediaType.equals("message/rfc822") && !mediaType.equals("application/vnd.ms-outlook")) {
      return pages;
    }
    StringBuilder head = new StringBuilder();
    header(head, "From", md.get(Metadata.MESSAGE_FROM), md.get(TikaCoreProperties.CREATOR));
    header(head, "To", String.join(", ", md.getValues(Metadata.MESSAGE_TO)), null);
    header(head, "Cc", String.join(", ", md.getValues(Metadata.MESSAGE_CC)), null);
    header(head, "Date", md.get(TikaCoreProperties.CREATED), null);
    header(head, "Subject", md.get(TikaCoreProperties.SUBJECT), md.get(TikaCoreProperties.TITLE));
    List<String> out = new ArrayList<>(pages);
    if (out.isEmpty()) {
      out.add(head.toString().strip());
    } else {
      out.set(0, head + "\n" + out.get(0));
    }
    return out;
  }

  private static void header(StringBuilder head, String name, String value, String fallback) {
    String v = value == null || value.isBlank() ? fallback : value;
    if (v != null && !v.isBlank()) {
      head.append(name).append(": ").append(v.strip()).append('\n');
    }
  }
}
