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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.foiapipeline.dedup.DuplicateFinder;
import org.foiapipeline.dedup.Printing;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.dedup.Signer;
import org.foiapipeline.index.DuplicateDocs.Entry;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.foia.DateMention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * The near-duplicate part of the index: Lucene documents of kind {@code duplicate} holding signatures and
 * groups, written with a file's pages, their groups set by {@link #regroup}. A file that holds one document is
 * one unit and has one duplicate document ({@code duplicate:<id>}); a file of several logical documents has one
 * per logical document ({@code duplicate:<id>:<start>-<end>}, scope {@code unit}) and one for the whole file
 * (scope {@code file}), which groups whole merged releases released twice.
 *
 * <p>Why a pass over all signatures rather than grouping each document as it arrives: a group's id is the
 * smallest unit id in it, and grouping is transitive, so a document that arrives later can join or
 * merge groups made earlier. Recomputing every group from the stored signatures gives the same answer
 * whatever the order documents arrived in, over however many runs, and after a crash the next run's pass
 * simply puts things right (the signatures are committed with their pages). The pass is cheap: it reads one
 * small stored field per unit and compares only the candidate pairs that locality-sensitive hashing finds;
 * units first, then the whole files of several units, so only one of the two sets is in memory at a time.
 */
final class DuplicateGroups {
  private DuplicateGroups() {}

  /** The signature of every page of a document, in page order: computed once, stored on the pages and merged here. */
  static List<Signature> pageSignatures(AnnotatedDocument doc) {
    Signer signer = new Signer();
    List<Signature> out = new ArrayList<>();
    for (AnnotatedPage page : doc.pages()) {
      out.add(signer.sign(page.text(), keys(page)));
    }
    return out;
  }

  /**
   * The duplicate documents of a file just indexed, each grouped with itself until the next pass: one for a
   * file of one document; for a file of several logical documents, one per logical document and one for the
   * whole file.
   *
   * @param pages the page signatures, in the order of {@code doc.pages()}
   */
  static List<Document> signatureDocuments(AnnotatedDocument doc, List<Signature> pages) {
    Map<Integer, Signature> byNumber = new java.util.TreeMap<>();
    for (int i = 0; i < doc.pages().size(); i++) {
      byNumber.put(doc.pages().get(i).number(), pages.get(i));
    }
    return entries(doc.id(), doc.logical(), byNumber).stream().map(DuplicateDocs::document).toList();
  }

  /**
   * The duplicate entries of a file from its page signatures: one for a file of one document; for a file of
   * several logical documents, one per logical document and one for the whole file. Each is its own group.
   */
  static List<Entry> entries(String id, List<DocumentRecord.LogicalRecord> logical, Map<Integer, Signature> pages) {
    Signature whole = Signer.combine(List.copyOf(pages.values()));
    if (logical.size() <= 1) {
      Printing printing = logical.isEmpty() ? Printing.NONE : printing(logical.get(0));
      return List.of(new Entry(id, id, null, 0, 0, whole, id, printing));
    }
    List<Entry> out = new ArrayList<>();
    out.add(new Entry(id, id, Schema.SCOPE_FILE, 0, 0, whole, id, Printing.NONE));
    for (DocumentRecord.LogicalRecord l : logical) {
      List<Signature> range = new ArrayList<>(pages.entrySet().stream()
          .filter(e -> l.start() <= e.getKey() && e.getKey() <= l.end()).map(Map.Entry::getValue).toList());
      String unit = DuplicateUnits.unitId(id, l.start(), l.end());
      out.add(new Entry(unit, id, Schema.SCOPE_UNIT, l.start(), l.end(), Signer.combine(range), unit, printing(l)));
    }
    return out;
  }

  static Printing printing(DocumentRecord.LogicalRecord l) {
    if (l.messages() == null || l.messages().isEmpty()) {
      return Printing.NONE;
    }
    String newest = l.messages().get(0).date();
    int day = newest == null ? 0 : (int) l.messages().stream().filter(m -> newest.equals(m.date())).count();
    return new Printing(l.messages().size(), newest, day);
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

  /**
   * Recomputes every group and rewrites the duplicate documents whose group changed: the units (files of one
   * document and logical documents of merged releases) first, then the whole files of several units. Files
   * indexed before signatures existed get theirs from their stored page text first.
   *
   * @return how many units have at least one near-duplicate
   */
  static int regroup(IndexWriter writer) throws IOException {
    Query units = new BooleanQuery.Builder()
        .add(QueryBuilder.term(Schema.KIND, Schema.KIND_DUPLICATE), Occur.FILTER)
        .add(QueryBuilder.term(Schema.DUP_SCOPE, Schema.SCOPE_FILE), Occur.MUST_NOT)
        .build();
    int grouped = regroup(writer, units, true);
    Query files = new BooleanQuery.Builder()
        .add(QueryBuilder.term(Schema.KIND, Schema.KIND_DUPLICATE), Occur.FILTER)
        .add(QueryBuilder.term(Schema.DUP_SCOPE, Schema.SCOPE_FILE), Occur.FILTER)
        .build();
    regroup(writer, files, false);
    return grouped;
  }

  private static int regroup(IndexWriter writer, Query which, boolean backfill) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields fields = searcher.storedFields();
      Set<String> legacy = new HashSet<>();
      for (ScoreDoc hit : DuplicateDocs.all(searcher, which)) {
        Document d = fields.document(hit.doc, DuplicateDocs.FIELDS);
        Entry e = DuplicateDocs.entry(d);
        entries.put(e.id(), e);
        if (d.get(Schema.DUP_UNIT) == null) {
          legacy.add(e.id());
        }
      }
      if (backfill) {
        legacy.addAll(backfill(searcher, entries));
        LegacyUnits.split(searcher, writer, entries, legacy);
      }
    }
    Regrouped regrouped = regroup(entries);
    for (Entry e : regrouped.changed()) {
      writer.updateDocument(new Term(Schema.UID, e.uid()), DuplicateDocs.document(e));
    }
    return regrouped.grouped();
  }

  /**
   * What a pass over some entries changes, whatever engine holds them.
   *
   * @param changed the entries whose group changed, with their new group
   * @param grouped how many of the entries have at least one near-duplicate
   */
  record Regrouped(List<Entry> changed, int grouped) {}

  /** Groups the entries (all units, or all whole files of several units) from their signatures. */
  static Regrouped regroup(Map<String, Entry> entries) {
    Map<String, Signature> signatures = new HashMap<>();
    Map<String, Printing> printings = new HashMap<>();
    entries.forEach((id, e) -> {
      signatures.put(id, e.signature());
      if (!e.printing().equals(Printing.NONE)) {
        printings.put(id, e.printing());
      }
    });
    Map<String, String> groups = new DuplicateFinder().groups(signatures, printings);
    signatures.clear();
    List<Entry> changed = new ArrayList<>();
    for (Entry e : entries.values()) {
      String group = groups.getOrDefault(e.id(), e.id());
      if (!group.equals(e.group())) {
        changed.add(e.withGroup(group));
      }
    }
    return new Regrouped(changed, groups.size());
  }

  /**
   * Signs, from their stored page text, entities and date, the files that have no duplicate document yet.
   *
   * @return their ids
   */
  private static Set<String> backfill(IndexSearcher searcher, Map<String, Entry> entries) throws IOException {
    Set<String> missing = new HashSet<>();
    Set<String> signed = new HashSet<>();
    entries.values().forEach(e -> signed.add(e.docId()));
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : DuplicateDocs.all(searcher, QueryBuilder.term(Schema.KIND, Schema.KIND_FILE))) {
      String id = fields.document(hit.doc, Set.of(Schema.DOC_ID)).get(Schema.DOC_ID);
      if (!signed.contains(id)) {
        missing.add(id);
      }
    }
    Signer signer = new Signer();
    for (String id : missing) {
      Query pages = new BooleanQuery.Builder()
          .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
          .add(QueryBuilder.term(Schema.DOC_ID, id), Occur.FILTER)
          .build();
      List<Signature> pageSignatures = new ArrayList<>();
      for (ScoreDoc hit : DuplicateDocs.all(searcher, pages)) {
        Document page = fields.document(hit.doc, Set.of(Schema.TEXT, Schema.ENTITY, Schema.DATE));
        List<String> keys = new ArrayList<>();
        for (String entity : page.getValues(Schema.ENTITY)) {
          if (!entity.startsWith("agency:")) {
            keys.add(entity);
          }
        }
        keys.addAll(Arrays.asList(page.getValues(Schema.DATE)));
        pageSignatures.add(signer.sign(page.get(Schema.TEXT), keys));
      }
      // Grouped with itself so far: the pass writes it whatever group it gets.
      entries.put(id, new Entry(id, id, null, 0, 0, Signer.combine(pageSignatures), "", Printing.NONE));
    }
    return missing;
  }


}
