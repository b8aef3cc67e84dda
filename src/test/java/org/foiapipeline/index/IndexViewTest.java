package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.resolve.ResolvedMention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexViewTest {
  @TempDir Path tmp;

  @BeforeEach
  void index() throws Exception {
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly())) {
      updater.add(doc("a".repeat(64), "a.pdf", LocalDate.of(2019, 3, 5),
          "The Sheriff of Dakota County asked ICE about 287(g). (b)(6)", "Second page mentions nothing"), row("a.pdf", "a".repeat(64)));
      updater.add(doc("b".repeat(64), "b.pdf", LocalDate.of(2021, 1, 2),
          "ICE met with the county board. Dakota County again.", "and a third Dakota page"), row("b.pdf", "b".repeat(64)));
      updater.commit();
    }
  }

  @Test
  void phraseSearchFindsThePageAndHighlightsItEscaped() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      SearchResult r = view.search("\"sheriff of dakota county\"", Filters.NONE, 10, 0, false);
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits().get(0).page()).isEqualTo(1);
      assertThat(r.hits().get(0).snippet()).contains("<b>Sheriff of Dakota County</b>");
    }
  }

  @Test
  void aSearchFor287gHighlightsTheWholeProgramNameWithItsClosingParenthesis() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      String snippet = view.search("\"287(g)\"", Filters.NONE, 10, 0, false).hits().get(0).snippet();
      assertThat(snippet).contains("about <b>287(g)</b>.").doesNotContain("</b>)");
    }
  }

  @Test
  void byDocumentGivesOneHitPerDocument() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      SearchResult pages = view.search("dakota", Filters.NONE, 10, 0, false);
      SearchResult docs = view.search("dakota", Filters.NONE, 10, 0, true);
      assertThat(pages.total()).isEqualTo(3);
      assertThat(docs.total()).isEqualTo(2);
      assertThat(docs.hits()).extracting(SearchHit::id).doesNotHaveDuplicates().hasSize(2);
    }
  }

  @Test
  void filtersAndFacetsNarrowByDateEntityAndExemption() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      Filters from2020 = new Filters(List.of(), List.of(), Optional.empty(), Optional.of(LocalDate.of(2020, 1, 1)),
          Optional.empty(), Optional.empty(), Optional.empty());
      assertThat(view.search("dakota", from2020, 10, 0, false).hits()).allMatch(h -> h.path().equals("b.pdf"));
      Filters b6 = new Filters(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("(b)(6)"));
      assertThat(view.search("*", b6, 10, 0, false).total()).isEqualTo(1);
      SearchResult all = view.search("*", Filters.NONE, 10, 0, false);
      assertThat(all.facets().get("year")).extracting(SearchResult.FacetCount::value).containsExactlyInAnyOrder("2019", "2021");
      assertThat(all.facets().get("jurisdiction")).contains(new SearchResult.FacetCount("county:31043", 2));
    }
  }

  @Test
  void contactsAreTheirOwnDocumentsWithFilters() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      assertThat(view.contacts(Filters.NONE)).hasSize(2);
      Filters meetings = new Filters(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("meeting"), Optional.empty());
      assertThat(view.contacts(meetings)).singleElement().satisfies(c -> assertThat(c.date()).isEqualTo("2021-01-02"));
    }
  }

  @Test
  void badQueriesAndWindowsAreRefusedWithAMessage() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      assertThatThrownBy(() -> view.search("\"unclosed", Filters.NONE, 10, 0, false))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad query syntax");
      assertThatThrownBy(() -> view.search("sheriff AND", Filters.NONE, 10, 0, false)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> view.search("x", Filters.NONE, 100_000, 0, false)).hasMessageContaining("limit");
      assertThatThrownBy(() -> view.search("x", Filters.NONE, 10, 20_000, false)).hasMessageContaining("offset");
      assertThat(view.search("d*", Filters.NONE, 10, 0, false).total()).isEqualTo(3);
    }
  }

  @Test
  void aFolderWithoutAnIndexSaysWhatToDo() {
    assertThatThrownBy(() -> IndexView.open(tmp.resolve("nothing"))).hasMessageContaining("run foia ingest");
  }

  static LedgerEntry row(String path, String id) {
    return new LedgerEntry(path, id, Status.OK, "", 2, 0, 0.1, 10, 1, 1);
  }

  static AnnotatedDocument doc(String id, String path, LocalDate date, String... texts) {
    List<AnnotatedPage> pages = new java.util.ArrayList<>();
    List<Page> raw = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      Page page = Page.ofText(i + 1, texts[i]);
      raw.add(page);
      List<ResolvedMention> mentions = new java.util.ArrayList<>();
      int at = texts[i].indexOf("Dakota County");
      if (at >= 0) {
        mentions.add(new ResolvedMention(new Mention("Dakota County", EntityType.COUNTY, at, at + 13, "test"), i + 1, "county:31043", List.of()));
      }
      int ice = texts[i].indexOf("ICE");
      if (ice >= 0) {
        mentions.add(new ResolvedMention(new Mention("ICE", EntityType.AGENCY, ice, ice + 3, "test"), i + 1, "agency:ice", List.of()));
      }
      List<String> exemptions = texts[i].contains("(b)(6)") ? List.of("(b)(6)") : List.of();
      pages.add(new AnnotatedPage(page, new PageStructure(List.of(), exemptions, List.of(), List.of()), mentions));
    }
    ContactKind kind = texts[0].contains("met") ? ContactKind.MEETING : ContactKind.INQUIRY;
    Relations relations = new Relations(Optional.of(date),
        List.of(new Contact("agency:ice", "county:31043", Optional.of(date), 1, kind, texts[0])));
    return new AnnotatedDocument(id, path, new ExtractedDocument("application/pdf", Status.OK, "", raw), pages, relations, 0.1);
  }
}
