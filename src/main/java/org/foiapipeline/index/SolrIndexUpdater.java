package org.foiapipeline.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.resolve.EntityNames;

/**
 * Writes documents into a SolrCloud collection: the same Solr documents as the Lucene index's, built by
 * {@link LuceneDocuments} and translated by {@link SolrFields}. Several ingest processes, on several machines,
 * may write to one collection: the ledger lives in the collection itself.
 *
 * <p>Solr has no transactions: a request's documents are applied one by one and become visible at the next
 * commit of anyone. So a document's pages, record and contacts go in one request, routed by document id to
 * one shard, and its ledger row goes in a second request only after the first succeeded. A crash in between
 * leaves a document without a ledger row, which the next run sends again; every write replaces by unique key,
 * so sending again never duplicates. Contacts a document no longer has are deleted by query. Thread-safe.
 */
public final class SolrIndexUpdater implements IndexWriterPort {
  private final SolrConnection solr;
  private final DocumentMapper mapper;
  private final LuceneDocuments documents;
  /**
   * Whether the collection has this build's schema; one made by an older configset takes the page text as it
   * reads and has no field for near-duplicate signatures, so it gets neither those nor duplicate documents.
   */
  private final boolean current;
  private final Function<IndexableField, String> text;
  private final PreAnalyzedText preAnalyzed = new PreAnalyzedText();
  /** As in {@link IndexUpdater}: a checkpoint of this process never catches one of its documents half written. */
  private final ReadWriteLock commitGate = new ReentrantReadWriteLock();

  private SolrIndexUpdater(SolrConnection solr, EntityNames names, boolean preAnalysedText) {
    this.solr = solr;
    this.mapper = new DocumentMapper(names);
    this.documents = new LuceneDocuments(names);
    this.current = preAnalysedText;
    this.text = preAnalysedText ? preAnalyzed::json : IndexableField::stringValue;
  }

  /** Opens a collection made by {@code foia solr init} for writing. */
  public static SolrIndexUpdater open(String hosts, String collection, EntityNames names) throws IOException {
    SolrConnection solr = SolrConnection.open(hosts, collection);
    try {
      SolrSetup.requireCollection(solr);
      return new SolrIndexUpdater(solr, names, SolrSetup.preAnalysedText(solr));
    } catch (IOException | RuntimeException e) {
      solr.close();
      throw e;
    }
  }

  @Override
  public Map<String, LedgerEntry> ledger() throws IOException {
    return SolrIndexView.ledger(solr);
  }

  /** Realtime get: sees records sent but not yet committed, by this process or another. */
  @Override
  public Optional<DocumentRecord> record(String id) throws IOException {
    String solrId = SolrFields.solrId(id, Schema.fileUid(id));
    SolrDocument d = solr.call("reading a record", () -> solr.client().getById(solr.collection(), solrId));
    if (d == null) {
      return Optional.empty();
    }
    return Optional.of(Jsonl.MAPPER.readValue(SolrFields.toLucene(d).get(Schema.RECORD), DocumentRecord.class));
  }

  @Override
  public void add(AnnotatedDocument doc, LedgerEntry row) throws IOException {
    commitGate.readLock().lock();
    try {
      boolean known = record(doc.id()).isPresent();
      send("indexing " + doc.path(), document(doc, known));
      writeLedger(row);
    } finally {
      commitGate.readLock().unlock();
    }
  }

  private UpdateRequest document(AnnotatedDocument doc, boolean known) {
    UpdateRequest request = new UpdateRequest();
    List<Signature> signatures = DuplicateGroups.pageSignatures(doc);
    for (int i = 0; i < doc.pages().size(); i++) {
      Document page = documents.page(doc, doc.pages().get(i), doc.path(), signatures.get(i));
      if (!current) {
        page.removeFields(Schema.SIGNATURE);
      }
      request.add(SolrFields.toSolr(page, text));
    }
    List<String> contactUids = new ArrayList<>();
    for (Document contact : documents.contacts(doc, doc.path())) {
      contactUids.add(contact.get(Schema.UID));
      request.add(SolrFields.toSolr(contact));
    }
    // Each unit grouped with itself until the pass after the ingest (groupDuplicates) groups them all.
    List<String> duplicateUids = new ArrayList<>();
    for (Document duplicate : current ? DuplicateGroups.signatureDocuments(doc, signatures) : List.<Document>of()) {
      duplicateUids.add(duplicate.get(Schema.UID));
      request.add(SolrFields.toSolr(duplicate));
    }
    request.add(SolrFields.toSolr(documents.file(doc.id(), mapper.record(doc, List.of(doc.path())))));
    if (known) {
      // Contacts and units the document had before and has no more; the queries leave the ones just sent
      // alone, so the order in which Solr applies adds and deletes does not matter.
      request.deleteByQuery(stale(Schema.KIND_CONTACT, doc.id(), contactUids));
      request.deleteByQuery(stale(Schema.KIND_DUPLICATE, doc.id(), duplicateUids));
    }
    return request;
  }

  private static String stale(String kind, String docId, List<String> keep) {
    StringBuilder q = new StringBuilder("+" + SolrQueries.term(Schema.KIND, kind));
    q.append(" +").append(SolrQueries.term(Schema.DOC_ID, docId));
    keep.forEach(uid -> q.append(" -").append(Schema.UID).append(':').append(ClientUtils.escapeQueryChars(uid)));
    return q.toString();
  }

  @Override
  public void addPath(String id, Optional<DocumentRecord> existing, LedgerEntry row) throws IOException {
    commitGate.readLock().lock();
    try {
      if (existing.isPresent() && !existing.get().paths().contains(row.path())) {
        DocumentRecord updated = SolrRecords.withPath(existing.get(), row.path());
        UpdateRequest request = new UpdateRequest();
        request.add(SolrFields.toSolr(documents.file(id, updated)));
        send("adding the path " + row.path(), request);
      }
      writeLedger(row);
    } finally {
      commitGate.readLock().unlock();
    }
  }

  @Override
  public void ledger(LedgerEntry row) throws IOException {
    commitGate.readLock().lock();
    try {
      writeLedger(row);
    } finally {
      commitGate.readLock().unlock();
    }
  }

  private void writeLedger(LedgerEntry row) throws IOException {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(SolrFields.ID, SolrFields.solrId("", Schema.ledgerUid(row.path())));
    d.setField(Schema.KIND, Schema.KIND_LEDGER);
    d.setField(Schema.UID, Schema.ledgerUid(row.path()));
    d.setField(Schema.LEDGER_PATH, row.path());
    d.setField(Schema.DOC_ID, row.id());
    d.setField(Schema.STATUS, row.status().label());
    try {
      d.setField(Schema.LEDGER + "__s", Jsonl.MAPPER.writeValueAsString(row));
    } catch (JsonProcessingException e) {
      throw new IOException("cannot serialise ledger row for " + row.path(), e);
    }
    UpdateRequest request = new UpdateRequest();
    request.add(d);
    send("writing the ledger row of " + row.path(), request);
  }

  private void send(String what, UpdateRequest request) throws IOException {
    solr.request(what, request);
  }

  /**
   * Commits, then regroups near-duplicates over every unit the collection holds (see {@link SolrDuplicates});
   * the groups are visible at the next {@link #commit()}.
   */
  @Override
  public int groupDuplicates() throws IOException {
    if (!current) {
      return 0;
    }
    commit();
    commitGate.writeLock().lock();
    try {
      return SolrDuplicates.regroup(solr);
    } finally {
      commitGate.writeLock().unlock();
    }
  }

  /** A hard commit that opens a new searcher on every replica: durable and visible. */
  @Override
  public void commit() throws IOException {
    commitGate.writeLock().lock();
    try {
      solr.call("committing", () -> solr.client().commit(solr.collection(), true, true));
    } finally {
      commitGate.writeLock().unlock();
    }
  }

  @Override
  public void close() throws IOException {
    preAnalyzed.close();
    solr.close();
  }
}
