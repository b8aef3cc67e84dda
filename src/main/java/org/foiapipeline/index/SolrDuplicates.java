package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocumentList;
import org.foiapipeline.index.DuplicateDocs.Entry;

/**
 * Near-duplicate groups in a SolrCloud collection: the same duplicate documents as the embedded index's
 * ({@link DuplicateDocs}, written with each file by {@link SolrIndexUpdater}), grouped by the same pass
 * ({@link DuplicateGroups#regroup(Map)}) and read back for the readers as {@link IndexView} reads them.
 */
final class SolrDuplicates {
  private static final String UNITS = "-" + SolrQueries.term(Schema.DUP_SCOPE, Schema.SCOPE_FILE);
  private static final String FILES = SolrQueries.term(Schema.DUP_SCOPE, Schema.SCOPE_FILE);
  private static final int BATCH = 500;

  private SolrDuplicates() {}

  /**
   * Recomputes every group from the committed signatures and writes the duplicate documents whose group
   * changed (visible at the next commit): units first, then the whole files of several units.
   *
   * @return how many units have at least one near-duplicate
   */
  static int regroup(SolrConnection solr) throws IOException {
    int grouped = regroup(solr, UNITS);
    regroup(solr, FILES);
    return grouped;
  }

  private static int regroup(SolrConnection solr, String scope) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (Document d : read(solr, scope)) {
      Entry e = DuplicateDocs.entry(d);
      entries.put(e.id(), e);
    }
    DuplicateGroups.Regrouped regrouped = DuplicateGroups.regroup(entries);
    List<Entry> changed = regrouped.changed();
    for (int from = 0; from < changed.size(); from += BATCH) {
      UpdateRequest request = new UpdateRequest();
      for (Entry e : changed.subList(from, Math.min(changed.size(), from + BATCH))) {
        Document d = DuplicateDocs.document(e);
        request.add(SolrFields.toSolr(d));
      }
      solr.request("writing near-duplicate groups", request);
    }
    return regrouped.grouped();
  }

  /** The groups and units of the collection, from one read of its duplicate documents. */
  static DuplicateDocs.Snapshot snapshot(SolrConnection solr) throws IOException {
    return DuplicateDocs.Snapshot.of(read(solr, null));
  }

  /**
   * What changes whenever a duplicate document is written or deleted: how many there are and the newest
   * version among them. Readers keep what they read until it changes.
   */
  static String version(SolrConnection solr) throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(SolrQueries.term(Schema.KIND, Schema.KIND_DUPLICATE));
    q.setFields("_version_");
    q.setSort("_version_", SolrQuery.ORDER.desc);
    q.setRows(1);
    SolrDocumentList found = solr.query(q).getResults();
    return found.getNumFound() + "/" + (found.isEmpty() ? "" : found.get(0).getFieldValue("_version_"));
  }

  private static List<Document> read(SolrConnection solr, String scope) throws IOException {
    List<String> filters = new ArrayList<>(List.of(SolrQueries.term(Schema.KIND, Schema.KIND_DUPLICATE)));
    if (scope != null) {
      filters.add(scope);
    }
    List<Document> out = new ArrayList<>();
    SolrIndexView.forEach(solr, filters, out::add);
    return out;
  }
}
