package org.foiapipeline.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;

/**
 * Read-only access to an index folder: searches, facets, contacts, records, pages and the ledger. It sees only
 * committed data and picks up new commits on {@link #refresh()}, so it can serve while an ingest writes.
 * Thread-safe.
 */
public final class IndexView implements IndexReaderPort {
  /** Most hits one request may ask for. */
  public static final int MAX_LIMIT = 1_000;
  /** Deepest result a request may page to. */
  public static final int MAX_WINDOW = 10_000;

  private final Path folder;
  private final FSDirectory directory;
  private final SearcherManager searchers;
  private final Facets facets = new Facets();
  private final ContactSummaries contactSummaries = new ContactSummaries();
  private final FacetPass facetPass = new FacetPass(facets);
  private final PerReader<DuplicateDocs.Snapshot> duplicatesByReader = new PerReader<>();

  private IndexView(Path folder, FSDirectory directory, SearcherManager searchers) {
    this.folder = folder;
    this.directory = directory;
    this.searchers = searchers;
  }

  /** Opens the index in {@code folder}; fails with a message saying what to do when there is none. */
  public static IndexView open(Path folder) throws IOException {
    Path lucene = folder.resolve("lucene");
    if (!Files.isDirectory(lucene)) {
      throw new IllegalArgumentException("no index in " + folder + ": run foia ingest first, or pass --index DIR");
    }
    FSDirectory directory = FSDirectory.open(lucene);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IllegalArgumentException("no index in " + folder + " yet: run foia ingest first");
    }
    return new IndexView(folder, directory, new SearcherManager(directory, null));
  }

  public Path folder() {
    return folder;
  }

  /** Sees the latest commit; cheap when nothing changed. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** Page-level (or with {@code byDocument}, best page per document) hits with snippets and facets. */
  public SearchResult search(String query, Filters filters, int limit, int offset, boolean byDocument)
      throws IOException {
    checkWindow(limit, offset);
    Query q = QueryBuilder.pages(QueryBuilder.parse(query), filters);
    IndexSearcher searcher = searchers.acquire();
    try {
      Hits hits = new Hits(searcher, q);
      List<SearchHit> window = byDocument ? hits.bestPerDocument(limit, offset) : hits.window(limit, offset);
      long pages = hits.total();
      FacetPass.Result counted = facetPass.count(searcher, q, pages, byDocument);
      return new SearchResult(byDocument ? counted.documents() : pages, window, counted.facets(), counted.scale());
    } finally {
      searchers.release(searcher);
    }
  }

  /** Facet counts over all pages that pass the filters. */
  public Map<String, List<SearchResult.FacetCount>> facets(Filters filters) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return facets.count(searcher, QueryBuilder.pages(QueryBuilder.parse(""), filters));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Every contact that passes the filters, oldest first, undated last. */
  public List<ContactRow> contacts(Filters filters) throws IOException {
    List<ContactRow> rows = new ArrayList<>();
    forEach(QueryBuilder.contacts(filters), d -> rows.add(contact(d)));
    rows.sort(
        (a, b) -> {
          int byDate = (a.date().isEmpty() ? "9999" : a.date()).compareTo(b.date().isEmpty() ? "9999" : b.date());
          return byDate != 0 ? byDate : (a.path() + a.page()).compareTo(b.path() + b.page());
        });
    return rows;
  }

  @Override
  public ContactTally.Split contactTallies(Filters filters, Set<String> groupedDocs) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return contactSummaries.tallies(searcher, QueryBuilder.contacts(filters), groupedDocs);
    } finally {
      searchers.release(searcher);
    }
  }

  private static ContactRow contact(Document d) {
    return new ContactRow(
        d.get(Schema.AGENCY), d.get(Schema.JURISDICTION), orEmpty(d.get(Schema.STATE)), d.get(Schema.CONTACT_KIND),
        orEmpty(d.get(Schema.DATE)), d.get(Schema.DOC_ID), d.get(Schema.PATH),
        d.getField(Schema.PAGE).numericValue().intValue(), d.get(Schema.SNIPPET));
  }

  /** Every document's export record, by path, with its {@code duplicate_group} when it has near-duplicates. */
  public List<DocumentRecord> records() throws IOException {
    List<DocumentRecord> out = new ArrayList<>();
    Map<String, String> groups = duplicateGroups();
    DuplicateUnits units = duplicateUnits();
    forEach(QueryBuilder.term(Schema.KIND, Schema.KIND_FILE), d -> {
      DocumentRecord r = parse(d.get(Schema.RECORD));
      r = groups.containsKey(r.id()) ? r.withDuplicateGroup(groups.get(r.id())) : r;
      out.add(UnitRecords.withUnitGroups(r, units));
    });
    out.sort((a, b) -> a.path().compareTo(b.path()));
    return out;
  }

  /**
   * The near-duplicate groups as the last ingest left them: document id to group id, only for documents that
   * have at least one near-duplicate (see docs/DUPLICATES.md).
   */
  public Map<String, String> duplicateGroups() throws IOException {
    return duplicates().groups();
  }

  /** The near-duplicate units (files of one document, logical documents of merged releases) and their groups. */
  @Override
  public DuplicateUnits duplicateUnits() throws IOException {
    return duplicates().units();
  }

  private DuplicateDocs.Snapshot duplicates() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      // collapsed searches and contact tables ask for every request: read once per index version
      return duplicatesByReader.get(searcher.getIndexReader(), () -> DuplicateDocs.snapshot(searcher));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The stored near-duplicate signature of each page of a document, by page number. */
  @Override
  public Map<Integer, org.foiapipeline.dedup.Signature> pageSignatures(String id) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
            .add(QueryBuilder.term(Schema.DOC_ID, id), Occur.FILTER)
            .build();
    Map<Integer, org.foiapipeline.dedup.Signature> out = new java.util.TreeMap<>();
    forEach(q, d -> {
      if (d.getBinaryValue(Schema.SIGNATURE) != null) {
        out.put(d.getField(Schema.PAGE).numericValue().intValue(), DuplicateDocs.signature(d.getBinaryValue(Schema.SIGNATURE)));
      }
    });
    return out;
  }

  public Optional<DocumentRecord> record(String id) throws IOException {
    List<DocumentRecord> found = new ArrayList<>();
    forEach(QueryBuilder.term(Schema.UID, Schema.fileUid(id)), d -> found.add(parse(d.get(Schema.RECORD))));
    return found.stream().findFirst();
  }

  /** The records of the files whose pages carry {@code threadId}, by path; see {@link IndexReaderPort}. */
  @Override
  public List<DocumentRecord> recordsInThread(String threadId) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
        .add(QueryBuilder.term(Schema.THREAD, threadId), Occur.FILTER)
        .build();
    java.util.Set<String> ids = new java.util.TreeSet<>();
    forEach(q, d -> ids.add(d.get(Schema.DOC_ID)));
    List<DocumentRecord> out = new ArrayList<>();
    for (String id : ids) {
      record(id).ifPresent(out::add);
    }
    out.sort((a, b) -> a.path().compareTo(b.path()));
    return out;
  }

  /** The record with the text of every page filled in (empty strings for pages with no text). */
  public DocumentRecord withText(DocumentRecord r) throws IOException {
    String[] text = new String[r.pages()];
    Arrays.fill(text, "");
    for (PageView p : pages(r.id())) {
      if (p.page() >= 1 && p.page() <= text.length) {
        text[p.page() - 1] = p.text();
      }
    }
    return new DocumentRecord(
        r.id(), r.path(), r.pages(), r.status(), r.ocrPages(), r.date(), r.entities(), r.contacts(), r.exemptions(),
        r.bates(), List.of(text), r.paths(), r.pageKinds(), r.kind(), r.redactions())
        .withDuplicateGroup(r.duplicateGroup()).withLogicalDocuments(r.logicalDocuments());
  }

  /** The pages of a document in page order; empty when the id is unknown. */
  public List<PageView> pages(String id) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
            .add(QueryBuilder.term(Schema.DOC_ID, id), Occur.FILTER)
            .build();
    List<PageView> pages = new ArrayList<>();
    forEach(q, d -> pages.add(page(d)));
    pages.sort((a, b) -> Integer.compare(a.page(), b.page()));
    return pages;
  }

  public Optional<PageView> page(String id, int number) throws IOException {
    List<PageView> found = new ArrayList<>();
    forEach(QueryBuilder.term(Schema.UID, Schema.pageUid(id, number)), d -> found.add(page(d)));
    return found.stream().findFirst();
  }

  /** Pages that mention an entity, in path and page order. */
  public List<PageView> pagesMentioning(String entityId, int max) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
            .add(QueryBuilder.term(Schema.ENTITY, entityId), Occur.FILTER)
            .build();
    List<PageView> pages = new ArrayList<>();
    forEach(q, d -> {
      if (pages.size() < max) {
        pages.add(page(d));
      }
    });
    pages.sort((a, b) -> a.path().equals(b.path()) ? Integer.compare(a.page(), b.page()) : a.path().compareTo(b.path()));
    return pages;
  }

  /**
   * OCR'd pages whose mean confidence is below {@code below}, weakest first, then by path and page. Filters
   * on the stored confidence, so indexes written before it had a point field are listed too.
   */
  public List<OcrPageRow> ocrPagesBelow(double below) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
            .add(QueryBuilder.term(Schema.SOURCE, "scanned"), Occur.FILTER)
            .build();
    List<OcrPageRow> rows = new ArrayList<>();
    forEach(q, d -> {
      double confidence = d.getField(Schema.OCR_CONFIDENCE).numericValue().doubleValue();
      if (confidence < below) {
        String text = orEmpty(d.get(Schema.TEXT)).strip();
        rows.add(new OcrPageRow(d.get(Schema.DOC_ID), d.get(Schema.PATH), d.getField(Schema.PAGE).numericValue().intValue(),
            confidence, text.isEmpty() ? 0 : text.split("\\s+").length, d.get(Schema.PAGE_NOTE)));
      }
    });
    rows.sort(java.util.Comparator.comparingDouble(OcrPageRow::confidence).thenComparing(OcrPageRow::path)
        .thenComparingInt(OcrPageRow::page));
    return rows;
  }

  /** Each page's note by page number; empty notes for pages indexed before notes were stored. */
  public Map<Integer, String> pageNotes(String id) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
            .add(QueryBuilder.term(Schema.DOC_ID, id), Occur.FILTER)
            .build();
    Map<Integer, String> notes = new HashMap<>();
    forEach(q, d -> notes.put(d.getField(Schema.PAGE).numericValue().intValue(), orEmpty(d.get(Schema.PAGE_NOTE))));
    return notes;
  }

  /**
   * Every page that mentions any of {@code ids}, with its entities but not its text: one query and one pass
   * over the matches, however many ids (for batch lookups). In index order.
   */
  public List<PageEntities> pagesMentioningAny(java.util.Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<org.apache.lucene.util.BytesRef> terms = ids.stream().map(org.apache.lucene.util.BytesRef::new).toList();
    Query q =
        new BooleanQuery.Builder()
            .add(QueryBuilder.term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER)
            .add(new org.apache.lucene.search.TermInSetQuery(Schema.ENTITY, terms), Occur.FILTER)
            .build();
    java.util.Set<String> fields = java.util.Set.of(Schema.DOC_ID, Schema.PATH, Schema.PAGE, Schema.ENTITY);
    List<PageEntities> out = new ArrayList<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      var stored = searcher.storedFields();
      TopDocs top = searcher.search(q, Math.max(1, searcher.count(q)), new Sort(SortField.FIELD_DOC));
      for (ScoreDoc hit : top.scoreDocs) {
        Document d = stored.document(hit.doc, fields);
        out.add(new PageEntities(d.get(Schema.DOC_ID), d.get(Schema.PATH),
            d.getField(Schema.PAGE).numericValue().intValue(), values(d, Schema.ENTITY)));
      }
    } finally {
      searchers.release(searcher);
    }
    return out;
  }

  /** The ledger as committed, by path. */
  public Map<String, LedgerEntry> ledger() throws IOException {
    Map<String, LedgerEntry> rows = new LinkedHashMap<>();
    List<String> json = new ArrayList<>();
    forEach(QueryBuilder.term(Schema.KIND, Schema.KIND_LEDGER), d -> json.add(d.get(Schema.LEDGER)));
    for (String j : json) {
      LedgerEntry row = IndexUpdater.parseLedger(j);
      rows.put(row.path(), row);
    }
    return rows;
  }

  /** Counts of each kind of Lucene document, for tests and status output. */
  public Map<String, Integer> counts() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (String kind : List.of(Schema.KIND_PAGE, Schema.KIND_FILE, Schema.KIND_CONTACT, Schema.KIND_LEDGER)) {
        counts.put(kind, searcher.count(QueryBuilder.term(Schema.KIND, kind)));
      }
    } finally {
      searchers.release(searcher);
    }
    return counts;
  }

  private static PageView page(Document d) {
    return new PageView(
        d.get(Schema.DOC_ID), d.get(Schema.PATH), d.getField(Schema.PAGE).numericValue().intValue(),
        d.get(Schema.TEXT), d.get(Schema.SOURCE), d.getField(Schema.OCR_CONFIDENCE).numericValue().doubleValue(),
        values(d, Schema.EXEMPTION), values(d, Schema.BATES), values(d, Schema.ENTITY), d.get(Schema.MENTIONS),
        d.get(Schema.REDACTIONS), d.get(Schema.EMAILS));
  }

  private static List<String> values(Document d, String field) {
    return Arrays.stream(d.getFields(field)).map(IndexableField::stringValue).toList();
  }

  private interface DocConsumer {
    void accept(Document d) throws IOException;
  }

  /** Visits every match in index order: for exports and tables, not ranked retrieval. */
  private void forEach(Query q, DocConsumer consumer) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      int n = Math.max(1, searcher.count(q));
      TopDocs top = searcher.search(q, n, new Sort(SortField.FIELD_DOC));
      var stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        consumer.accept(stored.document(hit.doc));
      }
    } finally {
      searchers.release(searcher);
    }
  }

  private static DocumentRecord parse(String json) {
    try {
      return Jsonl.MAPPER.readValue(json, DocumentRecord.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("corrupt document record in the index", e);
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static void checkWindow(int limit, int offset) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException("offset + limit must stay within " + MAX_WINDOW + ", got offset " + offset);
    }
  }

  /** A page as the readers show it, from a page document's stored fields (whichever engine stored them). */
  static PageView pageOf(Document d) {
    return page(d);
  }

  /** A contact row from a contact document's stored fields (whichever engine stored them). */
  static ContactRow contactOf(Document d) {
    return contact(d);
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }
}
