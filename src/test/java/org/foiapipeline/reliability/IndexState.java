package org.foiapipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.index.Schema;

/**
 * What an index holds, read the way users read it (search, export, ledger) plus a raw pass over every Lucene
 * document, so that duplicates an update-by-key would hide still show.
 *
 * @param ledger committed ledger rows by path
 * @param ledgerDocs Lucene documents of kind ledger (more than {@code ledger.size()} means a path twice)
 * @param pageDocs Lucene documents of kind page
 * @param pageUids distinct page uids among them
 * @param recordPages sum of the pages of every file record
 * @param records export records, paths sorted, keyed by id
 * @param hits for each query, the sorted "id#page" of every hit
 */
record IndexState(
    Map<String, LedgerEntry> ledger,
    int ledgerDocs,
    int pageDocs,
    int pageUids,
    long recordPages,
    Map<String, DocumentRecord> records,
    Map<String, List<String>> hits) {
  static final List<String> QUERIES =
      List.of("agreement", "\"Immigration and Customs Enforcement\"", "county sheriff", "\"287(g)\"", "meeting OR training");

  /** Reads the index in {@code folder}; fails (as the user would) when it does not open. */
  static IndexState read(Path folder) throws IOException {
    try (IndexView view = IndexView.open(folder)) {
      Map<String, DocumentRecord> records = new TreeMap<>();
      long pages = 0;
      for (DocumentRecord r : view.records()) {
        records.put(r.id(), normalised(r));
        pages += r.pages();
      }
      Map<String, List<String>> hits = new TreeMap<>();
      for (String q : QUERIES) {
        List<String> ids = new ArrayList<>();
        view.search(q, Filters.NONE, IndexView.MAX_LIMIT, 0, false).hits().forEach(h -> ids.add(h.id() + "#" + h.page()));
        ids.sort(null);
        hits.put(q, ids);
      }
      int[] raw = rawCounts(folder);
      return new IndexState(view.ledger(), raw[0], raw[1], raw[2], pages, records, hits);
    }
  }

  private static DocumentRecord normalised(DocumentRecord r) {
    // Which of two identical files is named first depends on thread timing, not on what was lost.
    List<String> paths = r.paths() == null ? List.of() : r.paths().stream().sorted().toList();
    return new DocumentRecord(r.id(), paths.isEmpty() ? r.path() : paths.get(0), r.pages(), r.status(), r.ocrPages(),
        r.date(), r.entities(), r.contacts(), r.exemptions(), r.bates(), r.text(), paths, r.pageKinds(), r.kind());
  }

  /** {ledger docs, page docs, distinct page uids} over live Lucene documents. */
  private static int[] rawCounts(Path folder) throws IOException {
    try (FSDirectory dir = FSDirectory.open(folder.resolve("lucene"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      int ledger = 0;
      int pages = 0;
      Set<String> uids = new HashSet<>();
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          var d = stored.document(i, Set.of(Schema.KIND, Schema.UID));
          if (Schema.KIND_LEDGER.equals(d.get(Schema.KIND))) {
            ledger++;
          } else if (Schema.KIND_PAGE.equals(d.get(Schema.KIND))) {
            pages++;
            uids.add(d.get(Schema.UID));
          }
        }
      }
      return new int[] {ledger, pages, uids.size()};
    }
  }

  /** The promises that hold after any run, finished or killed: no path twice, no page twice, no page lost. */
  void assertConsistent() {
    assertThat(ledgerDocs).as("ledger rows (one per path)").isEqualTo(ledger.size());
    assertThat(pageUids).as("distinct page uids").isEqualTo(pageDocs);
    assertThat(pageDocs).as("pages indexed = pages of the committed records").isEqualTo(recordPages);
    for (LedgerEntry row : ledger.values()) {
      assertThat(row.status()).as("status of " + row.path()).isNotNull();
      if (row.status().isFinalSuccess() && !row.id().isEmpty()) {
        assertThat(records).as("record of committed ledger row " + row.path()).containsKey(row.id());
      }
    }
  }
}
