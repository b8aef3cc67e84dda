package org.foiapipeline.index;

import org.foiapipeline.resolve.EntityNames;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.resolve.AnnotatedPage;

/**
 * The one writer of an index folder. Pages, file record, contacts and ledger row of a document go into the
 * same Lucene commit, so after a crash the index and the ledger agree: what is not committed is redone by the
 * next run, and every write is an update by unique key, so nothing is ever counted twice. Thread-safe.
 */
public final class IndexUpdater implements IndexWriterPort {
  private final Path folder;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = Schema.facetsConfig();
  private final DocumentMapper mapper;
  private final LuceneDocuments documents;
  /**
   * Writes of one document hold the read side, a commit holds the write side: a checkpoint taken by one
   * thread never catches another thread's document half written (its pages without its record).
   */
  private final ReadWriteLock commitGate = new ReentrantReadWriteLock();
  private final CommittedRecords committedRecords;

  private IndexUpdater(Path folder, FSDirectory directory, IndexWriter writer, EntityNames names) {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.committedRecords = new CommittedRecords(directory);
    this.mapper = new DocumentMapper(names);
    this.documents = new LuceneDocuments(names);
  }

  /**
   * Opens (creating if needed) the index in {@code folder} for writing.
   *
   * @throws IOException when the folder cannot be written, or another process is writing to it
   */
  public static IndexUpdater open(Path folder, EntityNames names) throws IOException {
    Files.createDirectories(folder);
    if (!Files.isWritable(folder)) {
      throw new IOException("index folder " + folder + " is not writable: choose another --index or fix its permissions");
    }
    FSDirectory directory = FSDirectory.open(folder.resolve("lucene"));
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(48);
    config.setCommitOnClose(true);
    try {
      IndexWriter writer = new IndexWriter(directory, config);
      writer.commit();
      return new IndexUpdater(folder, directory, writer, names);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException(
          "another foia ingest is writing to " + folder + ": wait for it to finish, then run again", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public Path folder() {
    return folder;
  }

  /** Every ledger row committed so far, by path. */
  public Map<String, LedgerEntry> ledger() throws IOException {
    Map<String, LedgerEntry> rows = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery query = new TermQuery(new Term(Schema.KIND, Schema.KIND_LEDGER));
      TopDocs top = searcher.search(query, Math.max(1, reader.maxDoc()));
      var stored = searcher.storedFields();
      for (var hit : top.scoreDocs) {
        LedgerEntry row = parseLedger(stored.document(hit.doc).get(Schema.LEDGER));
        rows.put(row.path(), row);
      }
    }
    return rows;
  }

  static LedgerEntry parseLedger(String json) throws IOException {
    return Jsonl.MAPPER.readValue(json, LedgerEntry.class);
  }

  /** The export record of a document already in the index. */
  public Optional<DocumentRecord> record(String id) throws IOException {
    Optional<DocumentRecord> committed = committedRecords.lookup(id);
    if (committed != null) {
      return committed;
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return CommittedRecords.find(reader, id);
    }
  }

  /** Indexes a document with its ledger row; visible to searches after the next {@link #commit()}. */
  public void add(AnnotatedDocument doc, LedgerEntry row) throws IOException {
    Prepared prepared = prepare(doc, List.of(doc.path()));
    commitGate.readLock().lock();
    try {
      write(prepared, row);
    } finally {
      commitGate.readLock().unlock();
    }
  }

  /**
   * Replaces an indexed document with a newly annotated version of it (its pages, contacts and record, in
   * place, by their unique keys), keeping every path it was seen under, and writes its ledger rows.
   *
   * @param paths every path of the document, its first path first
   */
  public void replace(AnnotatedDocument doc, List<String> paths, List<LedgerEntry> rows) throws IOException {
    Prepared prepared = prepare(doc, paths);
    commitGate.readLock().lock();
    try {
      write(prepared, rows.isEmpty() ? null : rows.get(0));
      for (LedgerEntry row : rows.subList(Math.min(1, rows.size()), rows.size())) {
        writeLedger(row);
      }
    } finally {
      commitGate.readLock().unlock();
    }
  }

  /**
   * The Lucene documents of one document, built before the commit gate is taken: analysis-side work such as
   * near-duplicate signatures must not hold back a checkpoint, nor the other threads queued behind it.
   */
  private record Prepared(
      String id, List<Map.Entry<String, Document>> updates, List<Document> contacts, List<Document> duplicates) {}

  private Prepared prepare(AnnotatedDocument doc, List<String> paths) throws IOException {
    DocumentRecord record = mapper.record(doc, paths);
    List<Map.Entry<String, Document>> updates = new ArrayList<>();
    List<Signature> signatures = DuplicateGroups.pageSignatures(doc);
    for (int i = 0; i < doc.pages().size(); i++) {
      AnnotatedPage page = doc.pages().get(i);
      updates.add(Map.entry(Schema.pageUid(doc.id(), page.number()),
          facets.build(documents.page(doc, page, doc.path(), signatures.get(i)))));
    }
    updates.add(Map.entry(Schema.fileUid(doc.id()), facets.build(documents.file(doc.id(), record))));
    List<Document> contacts = new ArrayList<>();
    for (Document contact : documents.contacts(doc, doc.path())) {
      contacts.add(facets.build(contact));
    }
    return new Prepared(doc.id(), updates, contacts, DuplicateGroups.signatureDocuments(doc, signatures));
  }

  /** Writes a prepared document and its ledger row (none when {@code row} is null); under the gate. */
  private void write(Prepared p, LedgerEntry row) throws IOException {
    BooleanQuery oldContacts =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_CONTACT)), Occur.FILTER)
            .add(new TermQuery(new Term(Schema.DOC_ID, p.id())), Occur.FILTER)
            .build();
    writer.deleteDocuments(oldContacts);
    for (Document contact : p.contacts()) {
      writer.addDocument(contact);
    }
    for (Map.Entry<String, Document> update : p.updates()) {
      writer.updateDocument(new Term(Schema.UID, update.getKey()), update.getValue());
    }
    // A re-read file may split into other logical documents: its old units go with its old pages.
    writer.deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DUPLICATE)), Occur.FILTER)
        .add(new TermQuery(new Term(Schema.DOC_ID, p.id())), Occur.FILTER)
        .build());
    for (Document duplicate : p.duplicates()) {
      writer.addDocument(duplicate);
    }
    committedRecords.written(p.id());
    if (row != null) {
      writeLedger(row);
    }
  }

  /**
   * Records that an already indexed document was also seen under another path.
   *
   * @param existing the document's record as {@link #record} returned it
   */
  public void addPath(String id, Optional<DocumentRecord> existing, LedgerEntry row) throws IOException {
    commitGate.readLock().lock();
    try {
      addPathUnderGate(id, existing, row);
    } finally {
      commitGate.readLock().unlock();
    }
  }

  private void addPathUnderGate(String id, Optional<DocumentRecord> existing, LedgerEntry row)
      throws IOException {
    if (existing.isPresent() && !existing.get().paths().contains(row.path())) {
      DocumentRecord old = existing.get();
      List<String> paths = new ArrayList<>(old.paths());
      paths.add(row.path());
      DocumentRecord updated =
          new DocumentRecord(
              old.id(), old.path(), old.pages(), old.status(), old.ocrPages(), old.date(), old.entities(),
              old.contacts(), old.exemptions(), old.bates(), null, paths, old.pageKinds(), old.kind(), old.redactions())
              .withDuplicateGroup(old.duplicateGroup()).withLogicalDocuments(old.logicalDocuments());
      writer.updateDocument(new Term(Schema.UID, Schema.fileUid(id)), facets.build(documents.file(id, updated)));
      committedRecords.written(id);
    }
    writeLedger(row);
  }

  /** Writes or replaces the ledger row of one path. */
  public void ledger(LedgerEntry row) throws IOException {
    commitGate.readLock().lock();
    try {
      writeLedger(row);
    } finally {
      commitGate.readLock().unlock();
    }
  }

  private void writeLedger(LedgerEntry row) throws IOException {
    Document d = new Document();
    d.add(new StringField(Schema.KIND, Schema.KIND_LEDGER, Field.Store.YES));
    d.add(new StringField(Schema.UID, Schema.ledgerUid(row.path()), Field.Store.YES));
    d.add(new StringField(Schema.LEDGER_PATH, row.path(), Field.Store.YES));
    d.add(new StringField(Schema.DOC_ID, row.id(), Field.Store.YES));
    d.add(new StringField(Schema.STATUS, row.status().label(), Field.Store.YES));
    try {
      d.add(new StoredField(Schema.LEDGER, Jsonl.MAPPER.writeValueAsString(row)));
    } catch (JsonProcessingException e) {
      throw new IOException("cannot serialise ledger row for " + row.path(), e);
    }
    writer.updateDocument(new Term(Schema.UID, Schema.ledgerUid(row.path())), d);
  }

  /**
   * Recomputes the near-duplicate groups of every document in the index from the stored signatures (see
   * {@link DuplicateGroups}); durable at the next {@link #commit()}.
   *
   * @return how many documents have at least one near-duplicate
   */
  public int groupDuplicates() throws IOException {
    commitGate.readLock().lock();
    try {
      return DuplicateGroups.regroup(writer);
    } finally {
      commitGate.readLock().unlock();
    }
  }

  /** A checkpoint: everything added so far becomes durable and visible to readers. */
  public void commit() throws IOException {
    commitGate.writeLock().lock();
    try {
      writer.commit();
      committedRecords.committed();
    } finally {
      commitGate.writeLock().unlock();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      committedRecords.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
