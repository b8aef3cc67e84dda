package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.foiapipeline.dedup.Printing;
import org.foiapipeline.dedup.Signature;

/** Lucene documents of kind {@code duplicate}: how a unit's signature, range and group are stored and read back. */
final class DuplicateDocs {
  static final Set<String> FIELDS = Set.of(Schema.UID, Schema.DOC_ID, Schema.DUP_UNIT, Schema.DUP_SCOPE,
      Schema.SIGNATURE, Schema.DUPLICATE_GROUP, Schema.DUP_START, Schema.DUP_END, Schema.DUP_MESSAGES, Schema.DUP_NEWEST,
      Schema.DUP_NEWEST_DAY);

  private DuplicateDocs() {}

  /**
   * One duplicate document as the pass holds it.
   *
   * @param id the unit id (the file id for a file of one unit and for the whole of a file of several)
   * @param scope null for a file of one unit, else {@link Schema#SCOPE_UNIT} or {@link Schema#SCOPE_FILE}
   * @param printing what it prints as an email chain ({@link Printing#NONE} when it is none)
   */
  record Entry(String id, String docId, String scope, int start, int end, Signature signature, String group,
      Printing printing) {
    String uid() {
      return Schema.duplicateUid(id);
    }

    Entry withGroup(String g) {
      return new Entry(id, docId, scope, start, end, signature, g, printing);
    }
  }

  static Document document(Entry e) {
    Document d = new Document();
    d.add(new StringField(Schema.KIND, Schema.KIND_DUPLICATE, Field.Store.YES));
    d.add(new StringField(Schema.UID, e.uid(), Field.Store.YES));
    d.add(new StringField(Schema.DOC_ID, e.docId(), Field.Store.YES));
    d.add(new StringField(Schema.DUP_UNIT, e.id(), Field.Store.YES));
    if (e.scope() != null) {
      d.add(new StringField(Schema.DUP_SCOPE, e.scope(), Field.Store.YES));
    }
    if (Schema.SCOPE_UNIT.equals(e.scope())) {
      d.add(new StoredField(Schema.DUP_START, e.start()));
      d.add(new StoredField(Schema.DUP_END, e.end()));
    }
    if (e.printing().messages() > 0) {
      d.add(new StoredField(Schema.DUP_MESSAGES, e.printing().messages()));
    }
    if (e.printing().newest() != null) {
      d.add(new StoredField(Schema.DUP_NEWEST, e.printing().newest()));
      d.add(new StoredField(Schema.DUP_NEWEST_DAY, e.printing().newestDay()));
    }
    d.add(new StoredField(Schema.SIGNATURE, new BytesRef(e.signature().toBytes())));
    d.add(new StringField(Schema.DUPLICATE_GROUP, e.group(), Field.Store.YES));
    return d;
  }

  /** A duplicate document of a file indexed before units existed: one unit, the whole file. */
  static Document document(String id, Signature signature, String group) {
    return document(new Entry(id, id, null, 0, 0, signature, group, Printing.NONE));
  }

  static Entry entry(Document d) {
    String docId = d.get(Schema.DOC_ID);
    String unit = d.get(Schema.DUP_UNIT);
    String scope = d.get(Schema.DUP_SCOPE);
    boolean range = Schema.SCOPE_UNIT.equals(scope);
    String id = unit == null || unit.equals(docId) ? docId : unit;
    String group = d.get(Schema.DUPLICATE_GROUP);
    // One string where id, file id and group are equal: the pass holds an entry per unit of the index.
    return new Entry(id, docId, scope,
        range ? d.getField(Schema.DUP_START).numericValue().intValue() : 0,
        range ? d.getField(Schema.DUP_END).numericValue().intValue() : 0,
        signature(d.getBinaryValue(Schema.SIGNATURE)), id.equals(group) ? id : group,
        printing(d));
  }

  private static Printing printing(Document d) {
    int messages = d.getField(Schema.DUP_MESSAGES) == null ? 0 : d.getField(Schema.DUP_MESSAGES).numericValue().intValue();
    int day = d.getField(Schema.DUP_NEWEST_DAY) == null ? 0 : d.getField(Schema.DUP_NEWEST_DAY).numericValue().intValue();
    return messages == 0 ? Printing.NONE : new Printing(messages, d.get(Schema.DUP_NEWEST), day);
  }

  static Signature signature(BytesRef ref) {
    return Signature.fromBytes(Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length));
  }

  /**
   * The near-duplicate groups and units of an index, both from one read of its duplicate documents: every
   * collapsed search and contact table asks for them, and they change only when the duplicate documents do.
   *
   * @param groups as {@link #groups}
   * @param units every unit (file of one document, logical document of a merged release) with its group
   */
  record Snapshot(Map<String, String> groups, DuplicateUnits units) {
    /** From every duplicate document of an index, in index order. */
    static Snapshot of(List<Document> duplicates) {
      List<DuplicateUnits.Unit> units = new ArrayList<>();
      for (Document d : duplicates) {
        if (!Schema.SCOPE_FILE.equals(d.get(Schema.DUP_SCOPE))) {
          units.add(unit(d));
        }
      }
      return new Snapshot(DuplicateDocs.groups(duplicates), new DuplicateUnits(units));
    }
  }

  /** The snapshot of a searcher's index. */
  static Snapshot snapshot(IndexSearcher searcher) throws IOException {
    Set<String> fields = Set.of(Schema.DOC_ID, Schema.DUP_UNIT, Schema.DUP_SCOPE, Schema.DUPLICATE_GROUP,
        Schema.DUP_START, Schema.DUP_END);
    StoredFields stored = searcher.storedFields();
    List<Document> duplicates = new ArrayList<>();
    for (ScoreDoc hit : all(searcher, QueryBuilder.term(Schema.KIND, Schema.KIND_DUPLICATE))) {
      duplicates.add(stored.document(hit.doc, fields));
    }
    return Snapshot.of(duplicates);
  }

  /** The unit a duplicate document that is not of scope {@code file} stands for, with its group. */
  static DuplicateUnits.Unit unit(Document d) {
    String docId = d.get(Schema.DOC_ID);
    boolean range = Schema.SCOPE_UNIT.equals(d.get(Schema.DUP_SCOPE));
    return new DuplicateUnits.Unit(range ? d.get(Schema.DUP_UNIT) : docId, docId,
        range ? d.getField(Schema.DUP_START).numericValue().intValue() : 1,
        range ? d.getField(Schema.DUP_END).numericValue().intValue() : Integer.MAX_VALUE,
        d.get(Schema.DUPLICATE_GROUP));
  }

  /**
   * Document id to group id, for the files with at least one near-duplicate, from every duplicate document of
   * an index; as {@code IndexView.duplicateGroups()} reads them. A file of one document is grouped with logical
   * documents of merged releases too: its group's size counts them, but they are no file of the map.
   */
  static Map<String, String> groups(Iterable<Document> duplicates) {
    Map<String, String> all = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (Document d : duplicates) {
      sizes.merge(d.get(Schema.DUPLICATE_GROUP), 1, Integer::sum);
      if (!Schema.SCOPE_UNIT.equals(d.get(Schema.DUP_SCOPE))) {
        all.put(d.get(Schema.DOC_ID), d.get(Schema.DUPLICATE_GROUP));
      }
    }
    Map<String, String> out = new HashMap<>();
    all.forEach((id, g) -> {
      if (sizes.get(g) > 1) {
        out.put(id, g);
      }
    });
    return Map.copyOf(out);
  }

  /** Every match of a query (the pass and the readers visit all duplicate documents). */
  static ScoreDoc[] all(IndexSearcher searcher, Query q) throws IOException {
    return searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs;
  }
}
