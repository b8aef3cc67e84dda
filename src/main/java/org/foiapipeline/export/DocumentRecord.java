package org.foiapipeline.export;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One document in the export format.
 *
 * <p>Contract fields (DESIGN.md): {@code id, path, pages, status, ocr_pages, date, entities, contacts,
 * exemptions, bates, text}. Added fields: {@code paths} (every path the same bytes were seen under),
 * {@code page_kinds} (per page: {@code digital}, {@code scanned}), {@code kind} (the generator's
 * document kind in gold files), {@code redactions} (every redaction box, with its page, place and the
 * exemption codes printed beside it), {@code duplicate_group} (documents with the same value are releases
 * of one document; absent for a document with no near-duplicate, see docs/DUPLICATES.md) and
 * {@code logical_documents} (the documents a merged release holds, see docs/RELEASES.md).
 *
 * @param date the document's date, ISO {@code yyyy-MM-dd}, or null when it has none (always written, as
 *     null, so that every contract field is present)
 * @param text one string per page; null unless asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentRecord(
    String id,
    String path,
    int pages,
    String status,
    @JsonProperty("ocr_pages") int ocrPages,
    @JsonInclude(JsonInclude.Include.ALWAYS) String date,
    List<EntityRecord> entities,
    List<ContactRecord> contacts,
    List<String> exemptions,
    List<String> bates,
    List<String> text,
    List<String> paths,
    @JsonProperty("page_kinds") List<String> pageKinds,
    String kind,
    List<RedactionRecord> redactions,
    @JsonProperty("duplicate_group") String duplicateGroup,
    @JsonProperty("logical_documents") List<LogicalRecord> logicalDocuments) {

  /** A record without redaction boxes or near-duplicate group (the form before they were exported). */
  public DocumentRecord(
      String id, String path, int pages, String status, int ocrPages, String date, List<EntityRecord> entities,
      List<ContactRecord> contacts, List<String> exemptions, List<String> bates, List<String> text,
      List<String> paths, List<String> pageKinds, String kind) {
    this(id, path, pages, status, ocrPages, date, entities, contacts, exemptions, bates, text, paths, pageKinds, kind,
        null, null, null);
  }

  /** A record with redaction boxes and no near-duplicate group. */
  public DocumentRecord(
      String id, String path, int pages, String status, int ocrPages, String date, List<EntityRecord> entities,
      List<ContactRecord> contacts, List<String> exemptions, List<String> bates, List<String> text,
      List<String> paths, List<String> pageKinds, String kind, List<RedactionRecord> redactions) {
    this(id, path, pages, status, ocrPages, date, entities, contacts, exemptions, bates, text, paths, pageKinds, kind,
        redactions, null, null);
  }

  /**
   * A redaction box on a page.
   *
   * @param page 1-based page number
   * @param x left edge as a fraction of the page width (top-left origin)
   * @param y top edge as a fraction of the page height
   * @param width width as a fraction of the page width
   * @param height height as a fraction of the page height
   * @param codes exemption codes printed beside the box, normalised ({@code (b)(6)}); empty when none is
   * @param offset where the box stands in the page text (a character offset), null when it could not be
   *     placed (a page without text) or in gold files
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RedactionRecord(
      int page, double x, double y, double width, double height, List<String> codes, Integer offset) {}

  /** This record with {@code duplicate_group} set (null for none). */
  public DocumentRecord withDuplicateGroup(String group) {
    return new DocumentRecord(id, path, pages, status, ocrPages, date, entities, contacts, exemptions, bates, text,
        paths, pageKinds, kind, redactions, group, logicalDocuments);
  }

  /** This record with {@code logical_documents} set (null for none). */
  public DocumentRecord withLogicalDocuments(List<LogicalRecord> logical) {
    return new DocumentRecord(id, path, pages, status, ocrPages, date, entities, contacts, exemptions, bates, text,
        paths, pageKinds, kind, redactions, duplicateGroup, logical);
  }

  /**
   * One logical document inside the file (a letter, an email chain, an agreement ... of a merged release);
   * added field {@code logical_documents}, written when the file holds more than one or when gold lists them.
   *
   * @param start first page, 1-based
   * @param end last page, inclusive
   * @param kind {@code email}, {@code letter}, {@code memo}, {@code moa}, {@code minutes}, {@code table} or
   *     {@code document}
   * @param date its own date, ISO, or null
   * @param title its subject line, heading or first line
   * @param thread for an email chain, the id of the thread its messages belong to, else null
   * @param messages for an email chain, its printed messages in page order
   * @param duplicateGroup added field {@code duplicate_group}: logical documents (and files of one document)
   *     with the same value are releases of one document; null when it has no near-duplicate
   *     (docs/DUPLICATES.md)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LogicalRecord(
      int start, int end, String kind, String date, String title, String thread, List<MessageRecord> messages,
      @JsonProperty("duplicate_group") String duplicateGroup) {
    /** A logical document without a near-duplicate group. */
    public LogicalRecord(
        int start, int end, String kind, String date, String title, String thread, List<MessageRecord> messages) {
      this(start, end, kind, date, title, thread, messages, null);
    }

    /** This logical document with {@code duplicate_group} set (null for none). */
    public LogicalRecord withDuplicateGroup(String group) {
      return new LogicalRecord(start, end, kind, date, title, thread, messages, group);
    }
  }

  /**
   * One printed email message of a logical document.
   *
   * @param page the page its header block is printed on
   * @param date its Sent date, ISO, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record MessageRecord(int page, String date, String from, List<String> to, String subject) {}

  /**
   * An entity the document mentions.
   *
   * @param mentions how many times it is mentioned
   * @param pages the 1-based pages it is mentioned on
   * @param variants the distinct ways it is written (added field)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EntityRecord(
      String id, String type, String name, int mentions, List<Integer> pages, List<String> variants) {}

  /** A contact, as in {@link org.foiapipeline.contacts.Contact}; {@code date} ISO or null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ContactRecord(
      String agency,
      String jurisdiction,
      @JsonInclude(JsonInclude.Include.ALWAYS) String date,
      int page,
      String kind,
      String snippet) {}
}
