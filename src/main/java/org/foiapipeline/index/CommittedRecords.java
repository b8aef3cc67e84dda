package org.foiapipeline.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;

/**
 * File records as of the last commit, for the writer's own lookups. A run over files already indexed (the
 * same release copied to another folder, 100,000 files) asks for each file's record; a near-real-time
 * reader per question would flush the writer's buffers into a new tiny segment every time. The committed
 * reader answers for every document not written since the last commit; for the others (the same bytes twice
 * in one batch) the caller asks the writer. Thread-safe.
 */
final class CommittedRecords implements Closeable {
  private final Directory directory;
  private final Set<String> writtenSinceCommit = ConcurrentHashMap.newKeySet();
  private DirectoryReader reader; // guarded by this; null until first needed

  CommittedRecords(Directory directory) {
    this.directory = directory;
  }

  /** Notes that the record of {@code id} changed and is not committed yet. */
  void written(String id) {
    writtenSinceCommit.add(id);
  }

  /**
   * The committed record of {@code id} (empty when it has none), or null when the document was written since
   * the last commit and only the writer knows its record.
   */
  Optional<DocumentRecord> lookup(String id) throws IOException {
    if (writtenSinceCommit.contains(id)) {
      return null;
    }
    DirectoryReader r = acquire();
    if (r == null) {
      return Optional.empty();
    }
    try {
      return find(r, id);
    } finally {
      r.decRef();
    }
  }

  /** After a commit: what was written is committed now; the reader moves to the new commit when next used. */
  synchronized void committed() throws IOException {
    writtenSinceCommit.clear();
    if (reader != null) {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        reader.decRef();
        reader = newer;
      }
    }
  }

  static Optional<DocumentRecord> find(DirectoryReader reader, String id) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.UID, Schema.fileUid(id))), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    String json = searcher.storedFields().document(top.scoreDocs[0].doc).get(Schema.RECORD);
    return Optional.of(Jsonl.MAPPER.readValue(json, DocumentRecord.class));
  }

  private synchronized DirectoryReader acquire() throws IOException {
    if (reader == null) {
      if (!DirectoryReader.indexExists(directory)) {
        return null;
      }
      reader = DirectoryReader.open(directory);
    }
    reader.incRef();
    return reader;
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.decRef();
      reader = null;
    }
  }
}
