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
 * document kind in gold files) and {@code duplicate_group} (documents with the same value are releases of one
 * document; absent for a document with no near-duplicate, see docs/DUPLICATES.md).
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
    @JsonProperty("duplicate_group") String duplicateGroup) {

  /** A record without a near-duplicate group (the form before {@code duplicate_group} was added). */
  public DocumentRecord(
      String id,
      String path,
      int pages,
      String status,
      int ocrPages,
      String date,
      List<EntityRecord> entities,
      List<ContactRecord> contacts,
      List<String> exemptions,
      List<String> bates,
      List<String> text,
      List<String> paths,
      List<String> pageKinds,
      String kind) {
    this(id, path, pages, status, ocrPages, date, entities, contacts, exemptions, bates, text, paths, pageKinds, kind,
        null);
  }

  /** This record with {@code duplicate_group} set (null for none). */
  public DocumentRecord withDuplicateGroup(String group) {
    return new DocumentRecord(id, path, pages, status, ocrPages, date, entities, contacts, exemptions, bates, text,
        paths, pageKinds, kind, group);
  }

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
