package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;

/**
 * Read access to a SolrCloud collection that {@link SolrIndexUpdater} filled: the same answers as
 * {@link IndexView} gives for an index folder holding the same documents. Searches see the latest Solr commit,
 * so {@link #refresh()} has nothing to do. Thread-safe.
 */
public final class SolrIndexView implements IndexReaderPort {
  /** Rows per request when walking all matches. */
  private static final int PAGE_ROWS = 1_000;
  private static final Comparator<ContactRow> CONTACT_ORDER =
      Comparator.comparing((ContactRow c) -> c.date().isEmpty() ? "9999" : c.date())
          .thenComparing(c -> c.path() + c.page());

  private final SolrConnection solr;
  private Duplicates duplicates;

  SolrIndexView(SolrConnection solr) {
    this.solr = solr;
  }

  /** Opens a collection made by {@code foia solr init}; fails with a message saying what to do when it is missing. */
  public static SolrIndexView open(String hosts, String collection) throws IOException {
    SolrConnection solr = SolrConnection.open(hosts, collection);
    try {
      SolrSetup.requireCollection(solr);
      return new SolrIndexView(solr);
    } catch (IOException | RuntimeException e) {
      solr.close();
      throw e;
    }
  }

  @Override
  public void refresh() {
    // Every Solr request already sees the latest commit.
  }

  @Override
  public SearchResult search(String query, Filters filters, int limit, int offset, boolean byDocument)
      throws IOException {
    IndexView.checkWindow(limit, offset);
    String text = SolrQueries.text(query);
    SolrQuery q = SolrSearch.pages(text, filters);
    SolrSearch.facets(q);
    if (byDocument) {
      // Solr's grouping does not use collection-wide term statistics; ranked pages grouped here, as Hits does,
      // keep the embedded index's scores and order.
      SolrSearch.window(q, 0, Hits.fetchForGrouping(offset + limit));
      QueryResponse ranked = solr.query(q);
      List<SearchHit> best = SolrSearch.bestPerDocument(SolrSearch.hits(ranked), limit, offset);
      return new SearchResult(documentCount(text, filters), snippets(text, filters, best), SolrSearch.facetCounts(ranked));
    }
    SolrSearch.window(q, offset, limit);
    SolrSearch.highlight(q);
    QueryResponse response = solr.query(q);
    return new SearchResult(response.getResults().getNumFound(), SolrSearch.hits(response), SolrSearch.facetCounts(response));
  }

  /** Distinct documents among the matches: exact, since a document's pages all live on one shard. */
  private long documentCount(String text, Filters filters) throws IOException {
    SolrQuery q = SolrSearch.pages(text, filters);
    q.setRows(0);
    q.set("group", true);
    q.set("group.field", Schema.DOC_ID);
    q.set("group.ngroups", true);
    return SolrSearch.total(solr.query(q), true);
  }

  private List<SearchHit> snippets(String text, Filters filters, List<SearchHit> hits) throws IOException {
    if (hits.isEmpty()) {
      return hits;
    }
    SolrQuery q = SolrSearch.pages(text, filters);
    List<String> ids = hits.stream().map(h -> SolrQueries.term(SolrFields.ID, SolrFields.solrId(h.id(), Schema.pageUid(h.id(), h.page())))).toList();
    q.addFilterQuery("(" + String.join(" OR ", ids) + ")");
    SolrSearch.window(q, 0, hits.size());
    SolrSearch.highlight(q);
    Map<String, Map<String, List<String>>> highlights = solr.query(q).getHighlighting();
    return hits.stream()
        .map(h -> new SearchHit(h.id(), h.path(), h.page(), h.score(),
            SolrSearch.snippet(highlights, SolrFields.solrId(h.id(), Schema.pageUid(h.id(), h.page())))))
        .toList();
  }

  @Override
  public Map<String, List<SearchResult.FacetCount>> facets(Filters filters) throws IOException {
    SolrQuery q = SolrSearch.pages("*:*", filters);
    q.setRows(0);
    SolrSearch.facets(q);
    return SolrSearch.facetCounts(solr.query(q));
  }

  @Override
  public List<ContactRow> contacts(Filters filters) throws IOException {
    List<Document> docs = new ArrayList<>();
    forEach(SolrQueries.contacts(filters), docs::add);
    // Ties keep the order the contacts were found in, as in the embedded index, where that is index order.
    docs.sort(Comparator.comparing((Document d) -> d.get(Schema.DOC_ID)).thenComparingInt(SolrIndexView::sequence));
    List<ContactRow> rows = new ArrayList<>(docs.stream().map(IndexView::contactOf).toList());
    rows.sort(CONTACT_ORDER);
    return rows;
  }

  /** The running number of a contact within its document: {@code contact:<id>/<n>}. */
  private static int sequence(Document contact) {
    String uid = contact.get(Schema.UID);
    return Integer.parseInt(uid.substring(uid.lastIndexOf('/') + 1));
  }

  @Override
  public List<DocumentRecord> records() throws IOException {
    List<DocumentRecord> out = new ArrayList<>();
    Duplicates known = duplicates();
    forEach(List.of(SolrQueries.term(Schema.KIND, Schema.KIND_FILE)), d -> {
      DocumentRecord r = parse(d.get(Schema.RECORD));
      r = known.groups().containsKey(r.id()) ? r.withDuplicateGroup(known.groups().get(r.id())) : r;
      out.add(UnitRecords.withUnitGroups(r, known.units()));
    });
    out.sort(Comparator.comparing(DocumentRecord::path));
    return out;
  }

  @Override
  public Optional<DocumentRecord> record(String id) throws IOException {
    List<DocumentRecord> found = new ArrayList<>();
    forEach(List.of(SolrQueries.term(Schema.UID, Schema.fileUid(id))), d -> found.add(parse(d.get(Schema.RECORD))));
    return found.stream().findFirst();
  }

  @Override
  public DocumentRecord withText(DocumentRecord r) throws IOException {
    return SolrRecords.withText(r, pages(r.id()));
  }

  @Override
  public List<PageView> pages(String id) throws IOException {
    List<PageView> pages = new ArrayList<>();
    forEach(
        List.of(SolrQueries.term(Schema.KIND, Schema.KIND_PAGE), SolrQueries.term(Schema.DOC_ID, id)),
        d -> pages.add(IndexView.pageOf(d)));
    pages.sort(Comparator.comparingInt(PageView::page));
    return pages;
  }

  @Override
  public Optional<PageView> page(String id, int number) throws IOException {
    List<PageView> found = new ArrayList<>();
    forEach(List.of(SolrQueries.term(Schema.UID, Schema.pageUid(id, number))), d -> found.add(IndexView.pageOf(d)));
    return found.stream().findFirst();
  }

  @Override
  public List<PageView> pagesMentioning(String entityId, int max) throws IOException {
    List<PageView> pages = new ArrayList<>();
    forEach(
        List.of(SolrQueries.term(Schema.KIND, Schema.KIND_PAGE), SolrQueries.term(Schema.ENTITY, entityId)),
        d -> pages.add(IndexView.pageOf(d)));
    pages.sort(Comparator.comparing(PageView::path).thenComparingInt(PageView::page));
    return List.copyOf(pages.subList(0, Math.min(max, pages.size())));
  }

  @Override
  public Map<String, LedgerEntry> ledger() throws IOException {
    return ledger(solr);
  }

  static Map<String, LedgerEntry> ledger(SolrConnection solr) throws IOException {
    Map<String, LedgerEntry> rows = new LinkedHashMap<>();
    List<String> json = new ArrayList<>();
    forEach(solr, List.of(SolrQueries.term(Schema.KIND, Schema.KIND_LEDGER)), d -> json.add(d.get(Schema.LEDGER)));
    for (String j : json) {
      LedgerEntry row = IndexUpdater.parseLedger(j);
      rows.put(row.path(), row);
    }
    return rows;
  }

  /**
   * Read once per change of the collection's duplicate documents: collapsed searches and contact tables ask
   * each time.
   */
  @Override
  public Map<String, String> duplicateGroups() throws IOException {
    return duplicates().groups();
  }

  @Override
  public DuplicateUnits duplicateUnits() throws IOException {
    return duplicates().units();
  }

  /** The stored near-duplicate signature of each page of a document, by page number. */
  @Override
  public Map<Integer, org.foiapipeline.dedup.Signature> pageSignatures(String id) throws IOException {
    Map<Integer, org.foiapipeline.dedup.Signature> out = new java.util.TreeMap<>();
    forEach(List.of(SolrQueries.term(Schema.KIND, Schema.KIND_PAGE), SolrQueries.term(Schema.DOC_ID, id)), d -> {
      if (d.getBinaryValue(Schema.SIGNATURE) != null) {
        int page = d.getField(Schema.PAGE).numericValue().intValue();
        out.put(page, DuplicateDocs.signature(d.getBinaryValue(Schema.SIGNATURE)));
      }
    });
    return out;
  }

  private record Duplicates(String version, DuplicateDocs.Snapshot snapshot) {
    Map<String, String> groups() {
      return snapshot.groups();
    }

    DuplicateUnits units() {
      return snapshot.units();
    }
  }

  private Duplicates duplicates() throws IOException {
    String version = SolrDuplicates.version(solr);
    synchronized (this) {
      if (duplicates == null || !duplicates.version().equals(version)) {
        duplicates = new Duplicates(version, SolrDuplicates.snapshot(solr));
      }
      return duplicates;
    }
  }

  @Override
  public Map<String, Integer> counts() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (String kind : List.of(Schema.KIND_PAGE, Schema.KIND_FILE, Schema.KIND_CONTACT, Schema.KIND_LEDGER)) {
      SolrQuery q = new SolrQuery("*:*");
      q.addFilterQuery(SolrQueries.term(Schema.KIND, kind));
      q.setRows(0);
      counts.put(kind, (int) solr.query(q).getResults().getNumFound());
    }
    return counts;
  }

  interface DocConsumer {
    void accept(Document d) throws IOException;
  }

  private void forEach(List<String> filters, DocConsumer consumer) throws IOException {
    forEach(solr, filters, consumer);
  }

  /** Visits every match, a cursor page at a time: for exports and tables, not ranked retrieval. */
  static void forEach(SolrConnection solr, List<String> filters, DocConsumer consumer) throws IOException {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*");
      filters.forEach(q::addFilterQuery);
      q.setRows(PAGE_ROWS);
      q.setSort(SolrFields.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = solr.query(q);
      for (SolrDocument d : response.getResults()) {
        consumer.accept(SolrFields.toLucene(d));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  private static DocumentRecord parse(String json) throws IOException {
    return Jsonl.MAPPER.readValue(json, DocumentRecord.class);
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
