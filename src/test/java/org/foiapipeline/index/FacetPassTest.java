package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FacetPassTest {
  private static final FacetsConfig CONFIG = Schema.facetsConfig();

  /** A page: its document, the words it holds (as field "w"), and its facet values per dimension. */
  private record Page(String doc, String word, String state, String year) {}

  @Test
  void countsEachDocumentOncePerValueEvenWhenItsPagesAreInterleavedOrSplitAcrossSegments() throws IOException {
    List<Page> pages = randomPages(new Random(7), 400);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, pages, 37); // a commit every 37 pages: documents split across segments
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetPass pass = new FacetPass(new Facets());
        for (String word : List.of("detainer", "sheriff")) {
          Query q = new TermQuery(new Term("w", word));
          List<Page> matching = pages.stream().filter(p -> p.word().equals(word)).toList();
          FacetPass.Result byDoc = pass.count(searcher, q, matching.size(), true);
          assertThat(byDoc.scale()).isEqualTo(1);
          assertThat(byDoc.documents()).isEqualTo(matching.stream().map(Page::doc).distinct().count());
          assertThat(asMap(byDoc.facets().get(Schema.F_STATE))).isEqualTo(naive(matching, Page::state, true));
          assertThat(asMap(byDoc.facets().get(Schema.F_YEAR))).isEqualTo(naive(matching, Page::year, true));
          FacetPass.Result byPage = pass.count(searcher, q, matching.size(), false);
          assertThat(asMap(byPage.facets().get(Schema.F_STATE))).isEqualTo(naive(matching, Page::state, false));
          assertThat(byPage.facets().get(Schema.F_STATE)).isEqualTo(new Facets().count(searcher, q).get(Schema.F_STATE));
        }
      }
    }
  }

  @Test
  void aSearchOverMorePagesThanCountedExactlySamplesDocumentsAndSaysSo() throws IOException {
    List<Page> pages = randomPages(new Random(11), 3000);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, pages, 500);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query q = new TermQuery(new Term(Schema.KIND, Schema.KIND_PAGE));
        FacetPass.Result r = new FacetPass(new Facets(), 500).count(searcher, q, pages.size(), true);
        assertThat(r.scale()).isEqualTo(6);
        assertThat(r.documents()).isEqualTo(pages.stream().map(Page::doc).distinct().count()); // still exact
        Map<String, Long> exact = naive(pages, Page::state, true);
        for (SearchResult.FacetCount c : r.facets().get(Schema.F_STATE)) {
          assertThat(c.count() % 6).isZero();
          assertThat((double) c.count()).isCloseTo(exact.get(c.value()), org.assertj.core.data.Percentage.withPercentage(35));
        }
      }
    }
  }

  private static List<Page> randomPages(Random random, int n) {
    List<String> states = List.of("TX", "FL", "GA", "NE", "MN");
    List<Page> pages = new ArrayList<>();
    List<String> open = new ArrayList<>();
    int docs = 0;
    while (pages.size() < n) {
      // two or three documents written at once, their pages interleaved, as two ingest threads do
      if (open.size() < 3 || random.nextInt(4) == 0) {
        open.add("doc" + docs++);
      }
      String doc = open.get(random.nextInt(open.size()));
      pages.add(new Page(doc, random.nextBoolean() ? "detainer" : "sheriff", states.get(Math.floorMod(doc.hashCode() + random.nextInt(2), 5)),
          Integer.toString(2010 + random.nextInt(3))));
      if (random.nextInt(3) == 0) {
        open.remove(doc);
      }
    }
    return pages;
  }

  private static void write(ByteBuffersDirectory dir, List<Page> pages, int commitEvery) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < pages.size(); i++) {
        Page p = pages.get(i);
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_PAGE, Field.Store.NO));
        d.add(new StringField("w", p.word(), Field.Store.NO));
        d.add(new SortedDocValuesField(Schema.DOC_ID_VALUES, new BytesRef(p.doc())));
        d.add(new SortedSetDocValuesFacetField(Schema.F_STATE, p.state()));
        d.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, p.year()));
        w.addDocument(CONFIG.build(d));
        if (i % commitEvery == commitEvery - 1) {
          w.commit();
        }
      }
    }
  }

  private static Map<String, Long> naive(List<Page> pages, java.util.function.Function<Page, String> value, boolean byDocument) {
    Map<String, Set<String>> docs = new HashMap<>();
    Map<String, Long> pageCounts = new HashMap<>();
    for (Page p : pages) {
      docs.computeIfAbsent(value.apply(p), k -> new HashSet<>()).add(p.doc());
      pageCounts.merge(value.apply(p), 1L, Long::sum);
    }
    Map<String, Long> out = new HashMap<>();
    docs.forEach((v, set) -> out.put(v, byDocument ? set.size() : pageCounts.get(v)));
    return out;
  }

  private static Map<String, Long> asMap(List<SearchResult.FacetCount> counts) {
    Map<String, Long> out = new HashMap<>();
    counts.forEach(c -> out.put(c.value(), c.count()));
    return out;
  }
}
