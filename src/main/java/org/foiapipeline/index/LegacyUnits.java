package org.foiapipeline.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.DuplicateDocs.Entry;

/**
 * Gives the merged releases of an index written before near-duplicates were found per logical document their
 * units, from what the index already holds (the file record's logical documents and each page's stored
 * signature), so an existing index need not be rebuilt. Each file is split once: afterwards its duplicate
 * documents are units.
 */
final class LegacyUnits {
  private LegacyUnits() {}

  /**
   * Replaces, in {@code entries} and in the index, the one whole-file entry of every listed file of several
   * logical documents by its units and its whole-file entry (scope {@code file}); other files are left as
   * they are.
   *
   * @param legacy ids of files whose duplicate document predates units
   */
  static void split(IndexSearcher searcher, IndexWriter writer, Map<String, Entry> entries, Set<String> legacy)
      throws IOException {
    for (String id : legacy) {
      List<DocumentRecord.LogicalRecord> logical = logical(searcher, id);
      Entry old = entries.get(id);
      Map<Integer, Signature> pages = logical.size() < 2 ? Map.of() : pages(searcher, id);
      if (pages.isEmpty()) {
        // One unit as before (a file of one document, or pages indexed before page signatures were stored);
        // an unknown group makes the pass write it in the new form, so its record is read only once.
        entries.put(id, new Entry(id, id, null, 0, 0, old.signature(), "",
            logical.size() == 1 ? DuplicateGroups.printing(logical.get(0)) : old.printing()));
        continue;
      }
      writer.deleteDocuments(new Term(Schema.UID, Schema.duplicateUid(id)));
      entries.remove(id);
      for (Entry e : DuplicateGroups.entries(id, logical, pages)) {
        writer.addDocument(DuplicateDocs.document(e));
        if (!Schema.SCOPE_FILE.equals(e.scope())) {
          entries.put(e.id(), e);
        }
      }
    }
  }

  private static List<DocumentRecord.LogicalRecord> logical(IndexSearcher searcher, String id) throws IOException {
    ScoreDoc[] hits = DuplicateDocs.all(searcher, QueryBuilder.term(Schema.UID, Schema.fileUid(id)));
    if (hits.length == 0) {
      return List.of();
    }
    String json = searcher.storedFields().document(hits[0].doc, Set.of(Schema.RECORD)).get(Schema.RECORD);
    try {
      DocumentRecord r = Jsonl.MAPPER.readValue(json, DocumentRecord.class);
      return r.logicalDocuments() == null ? List.of() : r.logicalDocuments();
    } catch (IOException e) {
      return List.of(); // a record this version cannot read stays one unit rather than stopping the pass
    }
  }

  private static Map<Integer, Signature> pages(IndexSearcher searcher, String id) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
        .add(QueryBuilder.term(Schema.DOC_ID, id), Occur.FILTER)
        .build();
    Map<Integer, Signature> out = new TreeMap<>();
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : DuplicateDocs.all(searcher, q)) {
      Document d = fields.document(hit.doc, Set.of(Schema.PAGE, Schema.SIGNATURE));
      BytesRef signature = d.getBinaryValue(Schema.SIGNATURE);
      if (signature != null) {
        out.put(d.getField(Schema.PAGE).numericValue().intValue(), DuplicateDocs.signature(signature));
      }
    }
    return out;
  }
}
