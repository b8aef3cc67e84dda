package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.MultiBits;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpdaterTest {
  @TempDir Path tmp;

  /**
   * Ingest threads add documents while a checkpoint commits: no commit may hold a page of a document whose
   * file record and ledger row it does not also hold (a crash right after it would count those pages twice).
   */
  @Test
  void aCheckpointNeverCatchesADocumentHalfWritten() throws Exception {
    int threads = 4;
    int docsPerThread = 60;
    int pagesPerDoc = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<String> problems = new ArrayList<>();
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly());
        FSDirectory directory = FSDirectory.open(tmp.resolve("lucene"))) {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        writers.add(pool.submit(() -> {
          for (int d = 0; d < docsPerThread; d++) {
            String id = String.format("%064x", thread * 1000 + d);
            String[] texts = new String[pagesPerDoc];
            for (int p = 0; p < pagesPerDoc; p++) {
              texts[p] = "Page " + (p + 1) + " of the Dakota County file, ICE asked about 287(g).";
            }
            updater.add(IndexViewTest.doc(id, id + ".pdf", LocalDate.of(2020, 1, 1), texts),
                IndexViewTest.row(id + ".pdf", id));
          }
          return null;
        }));
      }
      AtomicBoolean writing = new AtomicBoolean(true);
      int commits = 0;
      while (writing.get()) {
        writing.set(writers.stream().anyMatch(f -> !f.isDone()));
        updater.commit();
        commits++;
        try (DirectoryReader committed = DirectoryReader.open(directory)) {
          problems.addAll(halfWritten(committed, pagesPerDoc));
        }
      }
      for (Future<?> w : writers) {
        w.get();
      }
      assertThat(commits).isGreaterThan(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems).isEmpty();
  }

  /** Documents whose committed pages do not match a committed file record and ledger row. */
  private static List<String> halfWritten(DirectoryReader reader, int pagesPerDoc) throws Exception {
    Map<String, Integer> pages = new HashMap<>();
    Map<String, Integer> files = new HashMap<>();
    Map<String, Integer> ledger = new HashMap<>();
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    for (int i = 0; i < reader.maxDoc(); i++) {
      if (live != null && !live.get(i)) {
        continue;
      }
      var doc = stored.document(i);
      String kind = doc.get(Schema.KIND);
      String id = doc.get(Schema.DOC_ID);
      Map<String, Integer> counts =
          Schema.KIND_PAGE.equals(kind) ? pages : Schema.KIND_FILE.equals(kind) ? files
              : Schema.KIND_LEDGER.equals(kind) ? ledger : null;
      if (counts != null && id != null) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    List<String> problems = new ArrayList<>();
    pages.forEach((id, n) -> {
      if (n != pagesPerDoc || !files.containsKey(id) || !ledger.containsKey(id)) {
        problems.add(id + ": " + n + " pages, file record " + files.containsKey(id) + ", ledger " + ledger.containsKey(id));
      }
    });
    files.keySet().stream().filter(id -> !pages.containsKey(id)).forEach(id -> problems.add(id + ": record without pages"));
    return problems;
  }
}
