package org.foiapipeline.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.foiapipeline.export.DocumentRecord;

/**
 * The one writer the ingest pipeline uses, whatever engine holds the index: the embedded Lucene folder
 * ({@link IndexUpdater}) or a SolrCloud collection ({@link SolrIndexUpdater}). Every write is an update by
 * unique key, so a retried or repeated write never duplicates anything; a document's ledger row is written
 * after its pages, record and contacts, so a document without a ledger row is redone by the next run.
 * Implementations are thread-safe.
 */
public interface IndexWriterPort extends Closeable {
  /** Every ledger row written so far, by path. */
  Map<String, LedgerEntry> ledger() throws IOException;

  /** The export record of a document already in the index, committed or not. */
  Optional<DocumentRecord> record(String id) throws IOException;

  /** Indexes a document with its ledger row; visible to searches after the next {@link #commit()}. */
  void add(AnnotatedDocument doc, LedgerEntry row) throws IOException;

  /**
   * Records that an already indexed document was also seen under another path.
   *
   * @param existing the document's record as {@link #record} returned it
   */
  void addPath(String id, Optional<DocumentRecord> existing, LedgerEntry row) throws IOException;

  /** Writes or replaces the ledger row of one path. */
  void ledger(LedgerEntry row) throws IOException;

  /** A checkpoint: everything added so far becomes durable and visible to readers. */
  void commit() throws IOException;

  /**
   * Recomputes near-duplicate groups over everything written, returning how many documents have a
   * near-duplicate. Both engines do; an engine that does not group (this default, or a SolrCloud collection
   * made by an older configset) groups none.
   */
  default int groupDuplicates() throws IOException {
    return 0;
  }
}
