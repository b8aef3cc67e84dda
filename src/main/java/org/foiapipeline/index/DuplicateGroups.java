package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.foiapipeline.dedup.DuplicateFinder;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.dedup.Signer;
import org.foiapipeline.foia.DateMention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * The near-duplicate part of the index: one Lucene document per file (kind {@code duplicate}) holding the
 * file's signature, written with the file's pages, and its group id, set by {@link #regroup}.
 *
 * <p>Why a pass over all signatures rather than grouping each document as it arrives: a group's id is the
 * smallest document id in it, and grouping is transitive, so a document that arrives later can join or
 * merge groups made earlier. Recomputing every group from the stored signatures gives the same answer
 * whatever the order documents arrived in, over however many runs, and after a crash the next run's pass
 * simply puts things right (the signatures are committed with their pages). The pass is cheap: it reads one
 * small stored field per file and compares only the candidate pairs that locality-sensitive hashing finds.
 */
final class DuplicateGroups {
  private static final Set<String> FIELDS = Set.of(Schema.DOC_ID, Schema.SIGNATURE, Schema.DUPLICATE_GROUP);

  private DuplicateGroups() {}

  /** The duplicate document of a file just indexed: its signature, grouped with itself until the next pass. */
  static Document signatureDocument(AnnotatedDocument doc) {
    Signer signer = new Signer();
    List<Signature> pages = new ArrayList<>();
    for (AnnotatedPage page : doc.pages()) {
      pages.add(signer.sign(page.text(), keys(page)));
    }
    return document(doc.id(), Signer.combine(pages), doc.id());
  }

  /**
   * What tells a page from another of the same template: the jurisdictions and people it names (agencies
   * are in every document) and the dates it gives. A re-release keeps them whatever it redacts or misreads,
   * a letter to another county does not.
   */
  static List<String> keys(AnnotatedPage page) {
    List<String> keys = new ArrayList<>();
    for (ResolvedMention m : page.mentions()) {
      if (m.isResolved() && !m.entityId().startsWith("agency:")) {
        keys.add(m.entityId());
      }
    }
    for (DateMention d : page.structure().dates()) {
      keys.add(d.date().toString());
    }
    return keys;
  }

  static Document document(String id, Signature signature, String group) {
    Document d = new Document();
    d.add(new StringField(Schema.KIND, Schema.KIND_DUPLICATE, Field.Store.YES));
    d.add(new StringField(Schema.UID, Schema.duplicateUid(id), Field.Store.YES));
    d.add(new StringField(Schema.DOC_ID, id, Field.Store.YES));
    d.add(new StoredField(Schema.SIGNATURE, new BytesRef(signature.toBytes())));
    d.add(new StringField(Schema.DUPLICATE_GROUP, group, Field.Store.YES));
    return d;
  }

  /**
   * Recomputes every group and rewrites the duplicate documents whose group changed. Files indexed before
   * signatures existed get theirs from their stored page text first.
   *
   * @return how many documents have at least one near-duplicate
   */
  static int regroup(IndexWriter writer) throws IOException {
    Map<String, Signature> signatures = new HashMap<>();
    Map<String, String> stored = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields fields = searcher.storedFields();
      for (ScoreDoc hit : all(searcher, QueryBuilder.term(Schema.KIND, Schema.KIND_DUPLICATE))) {
        Document d = fields.document(hit.doc, FIELDS);
        signatures.put(d.get(Schema.DOC_ID), signature(d.getBinaryValue(Schema.SIGNATURE)));
        stored.put(d.get(Schema.DOC_ID), d.get(Schema.DUPLICATE_GROUP));
      }
      backfill(searcher, signatures);
    }
    Map<String, String> groups = new DuplicateFinder().groups(signatures);
    for (var e : signatures.entrySet()) {
      String group = groups.getOrDefault(e.getKey(), e.getKey());
      if (!group.equals(stored.get(e.getKey()))) {
        writer.updateDocument(new Term(Schema.UID, Schema.duplicateUid(e.getKey())), document(e.getKey(), e.getValue(), group));
      }
    }
    return groups.size();
  }

  /** Signs, from their stored page text, entities and date, the files that have no duplicate document yet. */
  private static void backfill(IndexSearcher searcher, Map<String, Signature> signatures) throws IOException {
    Set<String> missing = new HashSet<>();
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : all(searcher, QueryBuilder.term(Schema.KIND, Schema.KIND_FILE))) {
      String id = fields.document(hit.doc, Set.of(Schema.DOC_ID)).get(Schema.DOC_ID);
      if (!signatures.containsKey(id)) {
        missing.add(id);
      }
    }
    Signer signer = new Signer();
    for (String id : missing) {
      Query pages = new BooleanQuery.Builder()
          .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
          .add(QueryBuilder.term(Schema.DOC_ID, id), Occur.FILTER)
          .build();
      List<Signature> signed = new ArrayList<>();
      for (ScoreDoc hit : all(searcher, pages)) {
        Document page = fields.document(hit.doc, Set.of(Schema.TEXT, Schema.ENTITY, Schema.DATE));
        List<String> keys = new ArrayList<>();
        for (String entity : page.getValues(Schema.ENTITY)) {
          if (!entity.startsWith("agency:")) {
            keys.add(entity);
          }
        }
        keys.addAll(Arrays.asList(page.getValues(Schema.DATE)));
        signed.add(signer.sign(page.get(Schema.TEXT), keys));
      }
      signatures.put(id, Signer.combine(signed));
    }
  }

  private static ScoreDoc[] all(IndexSearcher searcher, Query q) throws IOException {
    return searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs;
  }

  static Signature signature(BytesRef ref) {
    return Signature.fromBytes(Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length));
  }
}
