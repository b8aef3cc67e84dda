package org.foiapipeline.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foiapipeline.export.DocumentRecord;

/**
 * Read access to an index, whatever engine holds it: the embedded Lucene folder ({@link IndexView}) or a
 * SolrCloud collection ({@link SolrIndexView}). Both give the same answers for the same documents. A reader
 * sees committed data only and picks up new commits on {@link #refresh()}. Implementations are thread-safe.
 */
public interface IndexReaderPort extends Closeable {
  /** Sees the latest commit; cheap when nothing changed. */
  void refresh() throws IOException;

  /**
   * Page-level (or with {@code byDocument}, best page per document) hits with snippets and facets.
   *
   * @throws IllegalArgumentException for a bad query or a window outside {@link IndexView#MAX_LIMIT} and
   *     {@link IndexView#MAX_WINDOW}
   */
  SearchResult search(String query, Filters filters, int limit, int offset, boolean byDocument) throws IOException;

  /** Facet counts over all pages that pass the filters. */
  Map<String, List<SearchResult.FacetCount>> facets(Filters filters) throws IOException;

  /** Every contact that passes the filters, oldest first, undated last. */
  List<ContactRow> contacts(Filters filters) throws IOException;

  /**
   * The contacts that pass the filters, tallied by jurisdiction where their document has no near-duplicate
   * ({@code groupedDocs} lists the documents that have), as rows where it has.
   */
  default ContactTally.Split contactTallies(Filters filters, java.util.Set<String> groupedDocs) throws IOException {
    return ContactTally.Split.of(contacts(filters), groupedDocs);
  }

  /** Every document's export record, by path. */
  List<DocumentRecord> records() throws IOException;

  Optional<DocumentRecord> record(String id) throws IOException;

  /** The record with the text of every page filled in (empty strings for pages with no text). */
  DocumentRecord withText(DocumentRecord r) throws IOException;

  /** The pages of a document in page order; empty when the id is unknown. */
  List<PageView> pages(String id) throws IOException;

  Optional<PageView> page(String id, int number) throws IOException;

  /**
   * The records of the files that print an email thread (some logical document carries {@code threadId}), by
   * path; empty when no file does. The embedded index answers from the pages' {@code thread} field; this
   * default reads every record.
   */
  default List<DocumentRecord> recordsInThread(String threadId) throws IOException {
    return records().stream()
        .filter(r -> r.logicalDocuments() != null
            && r.logicalDocuments().stream().anyMatch(l -> threadId.equals(l.thread())))
        .toList();
  }

  /** Pages that mention an entity, in path and page order. */
  List<PageView> pagesMentioning(String entityId, int max) throws IOException;

  /** The ledger as committed, by path. */
  Map<String, LedgerEntry> ledger() throws IOException;

  /**
   * Near-duplicate groups: document id → group id, for documents with at least one near-duplicate. Both
   * engines group after every ingest; an engine that does not group (this default, or a SolrCloud collection
   * made by an older configset) has none, so collapsed search and contact counting there treat every release
   * as its own document.
   */
  default Map<String, String> duplicateGroups() throws IOException {
    return Map.of();
  }

  /**
   * Near-duplicate units (a file of one document, or a logical document of a merged release) and their groups;
   * {@link DuplicateUnits#NONE} for an engine that does not group.
   */
  default DuplicateUnits duplicateUnits() throws IOException {
    return DuplicateUnits.NONE;
  }

  /** The near-duplicate signature of each page of a document, by page number; empty when none is stored. */
  default Map<Integer, org.foiapipeline.dedup.Signature> pageSignatures(String id) throws IOException {
    return Map.of();
  }

  /** Counts of each kind of index document (page, file, contact, ledger), for tests and status output. */
  Map<String, Integer> counts() throws IOException;
}
