package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.resolve.ResolvedMention;
import org.foiapipeline.search.CollapsedSearch;
import org.foiapipeline.search.ContactCopies;
import org.foiapipeline.search.UnitReleases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter released alone and again inside two merged releases (the second with other names blacked out):
 * near-duplicate units, the contact table, collapsed search, page copies and the diff of a page range.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateUnitsTest {
  static final String ALONE = "a".repeat(64);
  static final String MERGED = "b".repeat(64);
  static final String MERGED_AGAIN = "c".repeat(64);
  static final String DAKOTA = "county:31043";
  static final String HARRIS = "county:48201";
  static final String LETTER = "Sheriff Wakefield of Dakota County asked about the detainer program and the training of"
      + " his deputies at the jail. Please call Officer %s at the field office in Omaha to schedule the first session"
      + " of the course for the new corrections staff before the end of the fiscal year.";
  static final String MEMO = "Harris County Sheriff met officials about the task force model on the fourth floor of the"
      + " county building; the minutes record a vote on the budget for the new radio system and the%s parking garage.";
  static final String MINUTES = "Minutes of the Harris County board of commissioners: the board approved the road"
      + " repair schedule, heard a report on flood control channels and tabled the library hours%s until spring.";
  @TempDir static Path tmp;
  IndexView view;

  @BeforeAll
  void index() throws Exception {
    try (IndexUpdater updater = IndexUpdater.open(tmp.resolve("index"), EntityNames.idsOnly())) {
      add(updater, ALONE, "alone.pdf", List.of(String.format(LETTER, "John Smith")), List.of());
      add(updater, MERGED, "merged.pdf", List.of(String.format(MEMO, ""), String.format(MEMO, " old"),
          String.format(LETTER, "John Smith"), String.format(MINUTES, "")), List.of(range(1, 2), range(3, 3), range(4, 4)));
      add(updater, MERGED_AGAIN, "merged-again.pdf", List.of("FOIA office cover page for the supplemental release of"
          + " records re-processed after an appeal", String.format(MEMO, ""), String.format(MEMO, " old"),
          String.format(LETTER, "(b)(6)"), String.format(MINUTES, " (b)(6)")),
          List.of(range(1, 1), range(2, 3), range(4, 4), range(5, 5)));
      updater.groupDuplicates();
      updater.commit();
    }
    view = IndexView.open(tmp.resolve("index"));
  }

  @AfterAll
  void close() throws Exception {
    view.close();
  }

  static LogicalRecord range(int start, int end) {
    return new LogicalRecord(start, end, "document", null, null, null, null);
  }

  static void add(IndexUpdater updater, String id, String path, List<String> texts, List<LogicalRecord> logical)
      throws Exception {
    List<Page> pages = new ArrayList<>();
    List<AnnotatedPage> annotated = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    LocalDate date = LocalDate.of(2019, 3, 5);
    for (int i = 0; i < texts.size(); i++) {
      Page page = new Page(i + 1, texts.get(i), TextSource.TEXT_LAYER, -1, List.of(), "");
      pages.add(page);
      List<ResolvedMention> mentions = new ArrayList<>();
      for (String[] e : new String[][] {{"Dakota County", DAKOTA}, {"Harris County", HARRIS}}) {
        int at = texts.get(i).indexOf(e[0]);
        if (at >= 0) {
          mentions.add(new ResolvedMention(new Mention(e[0], EntityType.COUNTY, at, at + e[0].length(), "test"), i + 1, e[1], List.of()));
          if (e[1].equals(DAKOTA)) {
            contacts.add(new Contact("agency:ice", DAKOTA, Optional.of(date), i + 1, ContactKind.INQUIRY, texts.get(i)));
          }
        }
      }
      annotated.add(new AnnotatedPage(page, new PageStructure(List.of(), List.of(), List.of(), List.of()), mentions));
    }
    AnnotatedDocument doc = new AnnotatedDocument(id, path, new ExtractedDocument("application/pdf", Status.OK, "", pages),
        annotated, new Relations(Optional.of(date), contacts), 0.1, logical);
    updater.add(doc, new LedgerEntry(path, id, Status.OK, "", pages.size(), 0, 0.1, 100, -1, System.currentTimeMillis()));
  }

  @Test
  void aLetterAndItsCopiesInsideMergedReleasesAreOneGroupOfUnits() throws Exception {
    DuplicateUnits units = view.duplicateUnits();
    String group = units.groupAt(ALONE, 1);
    assertThat(group).isNotNull();
    assertThat(units.groupAt(MERGED, 3)).isEqualTo(group);
    assertThat(units.groupAt(MERGED_AGAIN, 4)).isEqualTo(group);
    assertThat(units.groupAt(MERGED, 1)).isNotEqualTo(group).isEqualTo(units.groupAt(MERGED_AGAIN, 2));
    assertThat(units.groupAt(MERGED_AGAIN, 1)).as("the cover page has no copy").isNull();
    assertThat(units.unitAt(MERGED, 3).orElseThrow().id()).isEqualTo(MERGED + ":3-3");
  }

  @Test
  void theExportMarksEachLogicalDocumentWithItsGroupAndKeepsFileGroups() throws Exception {
    List<DocumentRecord> records = view.records();
    DocumentRecord alone = records.stream().filter(r -> r.id().equals(ALONE)).findFirst().orElseThrow();
    DocumentRecord merged = records.stream().filter(r -> r.id().equals(MERGED)).findFirst().orElseThrow();
    DocumentRecord again = records.stream().filter(r -> r.id().equals(MERGED_AGAIN)).findFirst().orElseThrow();
    assertThat(alone.duplicateGroup()).isEqualTo(merged.logicalDocuments().get(1).duplicateGroup()).isNotNull();
    assertThat(merged.duplicateGroup()).as("whole merged releases released twice").isEqualTo(again.duplicateGroup())
        .isNotNull();
    assertThat(again.logicalDocuments().get(0).duplicateGroup()).isNull();
  }

  @Test
  void theContactTableCountsTheLetterOnceWithItsTwoCopies() throws Exception {
    List<ContactCopies.Counted> counted = ContactCopies.collapse(view.contacts(Filters.NONE), view.duplicateUnits());
    assertThat(counted).hasSize(1);
    assertThat(counted.get(0).copies()).hasSize(2);
    assertThat(ContactCopies.collapse(view.contacts(Filters.NONE), DuplicateUnits.NONE)).hasSize(3);
  }

  @Test
  void collapsedSearchFoldsAHitInsideAMergedReleaseIntoTheLetter() throws Exception {
    CollapsedSearch.Result r = new CollapsedSearch(view).search("deputies", Filters.NONE, 10, 0);
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).releases()).isEqualTo(3);
    CollapsedSearch.Result memo = new CollapsedSearch(view).search("radio OR deputies", Filters.NONE, 10, 0);
    assertThat(memo.total()).as("the letter and the memo, each with its copies").isEqualTo(2);
  }

  @Test
  void aPageKnowsItsCopiesAndTheDiffComparesAlignedPages() throws Exception {
    UnitReleases releases = new UnitReleases(view);
    assertThat(releases.pageCopies(ALONE, 1)).extracting(UnitReleases.PageCopy::page).containsExactlyInAnyOrder(3, 4);
    assertThat(releases.pageCopies(MERGED, 2)).extracting(UnitReleases.PageCopy::page).containsExactly(3);
    UnitReleases.Comparison c = releases.compare(MERGED + ":3-3", MERGED_AGAIN.substring(0, 8) + ":4-4");
    assertThat(c.sameGroup()).isTrue();
    assertThat(c.pages()).extracting(UnitReleases.AlignedPage::second).containsExactly(4);
    assertThat(c.diff().changes()).anySatisfy(ch -> assertThat(ch.page()).isEqualTo(3));
    UnitReleases.Comparison whole = releases.compare(MERGED, MERGED_AGAIN);
    assertThat(whole.pages()).extracting(p -> p.first() + "=" + p.second()).containsExactly("1=2", "2=3", "3=4", "4=5");
    assertThat(releases.unitCopies(ALONE).get(ALONE)).extracting(UnitReleases.Part::ref)
        .containsExactlyInAnyOrder(MERGED + ":3-3", MERGED_AGAIN + ":4-4");
    assertThat(releases.unitCopies(MERGED)).containsOnlyKeys(MERGED + ":1-2", MERGED + ":3-3", MERGED + ":4-4");
    assertThat(releases.unitCopies(MERGED_AGAIN)).doesNotContainKey(MERGED_AGAIN + ":1-1");
    assertThatThrownBy(() -> releases.find(MERGED + ":3-9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 pages");
  }
}
