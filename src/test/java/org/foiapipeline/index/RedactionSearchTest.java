package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.Box;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.RedactionAnchor;
import org.foiapipeline.extract.Status;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.foia.FoiaStructureFinder;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactionSearchTest {
  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);
  @TempDir Path tmp;

  @BeforeEach
  void index() throws Exception {
    String a1 = "Please call Sheriff (b)(6) John Smith at ERO Omaha.";
    String a2 = "Sheriff John Smith wrote back; see (b)(6) above.";
    String b1 = "Sheriff John Doe's statement follows.";
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly())) {
      updater.add(doc(A, "a.pdf", page(1, a1, new Box(0.3, 0.1, 0.1, 0.02), a1.indexOf(" (b)(6)")), page(2, a2, null, 0)),
          IndexViewTest.row("a.pdf", A));
      updater.add(doc(B, "b.pdf", page(1, b1, new Box(0.2, 0.2, 0.6, 0.5), b1.indexOf(" John"))),
          IndexViewTest.row("b.pdf", B));
      updater.commit();
    }
  }

  private static Page page(int n, String text, Box box, int offset) {
    List<Box> boxes = box == null ? List.of() : List.of(box);
    List<RedactionAnchor> anchors = box == null ? List.of() : List.of(new RedactionAnchor(box, offset));
    return new Page(n, text, TextSource.TEXT_LAYER, -1, boxes, "", anchors);
  }

  private static AnnotatedDocument doc(String id, String path, Page... pages) {
    FoiaStructureFinder structure = new FoiaStructureFinder();
    List<AnnotatedPage> annotated =
        List.of(pages).stream().map(p -> new AnnotatedPage(p, structure.find(p.text()), List.of())).toList();
    return new AnnotatedDocument(id, path, new ExtractedDocument("application/pdf", Status.OK, "", List.of(pages)),
        annotated, new Relations(Optional.of(LocalDate.of(2019, 1, 1)), List.of()), 0.1);
  }

  private static SearchResult search(IndexView view, String q) throws Exception {
    return view.search(q, Filters.NONE, 10, 0, false);
  }

  @Test
  void aPhraseOrProximityQueryNeverBridgesARedaction() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      assertThat(search(view, "\"Sheriff John\"").hits()).singleElement().satisfies(h -> assertThat(h.page()).isEqualTo(2));
      assertThat(search(view, "\"Sheriff John\"~20").total()).isEqualTo(1);
      assertThat(search(view, "\"Sheriff redacted\"").total()).isEqualTo(2);
      assertThat(search(view, "\"redacted John\"").total()).isEqualTo(1);
    }
  }

  @Test
  void theExemptionTokenFindsTheRedactedPagesWithoutEmptyHighlights() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      SearchResult b6 = search(view, "redacted_b6");
      assertThat(b6.hits()).singleElement().satisfies(h -> {
        assertThat(h.path()).isEqualTo("a.pdf");
        assertThat(h.page()).isEqualTo(1);
        assertThat(h.snippet()).doesNotContain("<b></b>").contains("Sheriff");
      });
      assertThat(search(view, "redacted").total()).isEqualTo(2);
    }
  }

  @Test
  void theRedactedShareIsFacetedAsRangesAndFiltered() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      SearchResult all = search(view, "*");
      assertThat(all.facets().get(Schema.F_REDACTED)).containsExactlyInAnyOrder(
          new SearchResult.FacetCount("none", 1), new SearchResult.FacetCount("under 10%", 1),
          new SearchResult.FacetCount("10-50%", 1));
      SearchResult heavy = view.search("*", Filters.NONE.withRedactedAbove(0.2), 10, 0, false);
      assertThat(heavy.hits()).singleElement().satisfies(h -> assertThat(h.path()).isEqualTo("b.pdf"));
      assertThat(view.search("*", Filters.NONE.withRedactedAbove(0.0), 10, 0, false).total()).isEqualTo(2);
    }
  }

  @Test
  void exemptionFacetCountsPagesAndByDocumentCountsDocuments() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      Filters b6 = new Filters(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of("(b)(6)"));
      SearchResult pages = view.search("*", b6, 10, 0, false);
      SearchResult docs = view.search("*", b6, 10, 0, true);
      assertThat(pages.total()).isEqualTo(2);
      assertThat(pages.facets().get(Schema.F_EXEMPTION)).containsExactly(new SearchResult.FacetCount("(b)(6)", 2));
      assertThat(docs.total()).isEqualTo(1);
      assertThat(docs.facets().get(Schema.F_EXEMPTION)).containsExactly(new SearchResult.FacetCount("(b)(6)", 1));
    }
  }

  @Test
  void theExportListsEachBoxWithItsPlaceAndCodes() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      var record = view.record(A).orElseThrow();
      assertThat(record.redactions()).singleElement().satisfies(r -> {
        assertThat(r.page()).isEqualTo(1);
        assertThat(r.codes()).containsExactly("(b)(6)");
        assertThat(r.offset()).isEqualTo(19);
      });
    }
  }
}
