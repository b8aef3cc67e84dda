package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.search.ContactCopies;
import org.foiapipeline.search.ContactTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact table tallied in the index agrees with the table rolled up from every contact row. */
class ContactTalliesTest {
  private static final String LETTER =
      "The Sheriff of Dakota County asked ICE about the 287(g) program, the training of officers, the jail "
          + "agreement and the detainer forms the county would send to the field office in Saint Paul.";

  @TempDir Path tmp;

  @BeforeEach
  void index() throws Exception {
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly())) {
      add(updater, "a", LocalDate.of(2019, 3, 5), LETTER);
      updater.commit(); // segments of their own: the tally must join them
      add(updater, "c", LocalDate.of(2019, 3, 5), LETTER); // a second release of the same letter
      add(updater, "b", LocalDate.of(2021, 1, 2), "ICE met with the county board. Dakota County again.");
      updater.commit();
      add(updater, "d", LocalDate.of(2018, 6, 1), "ICE met the commissioners; Dakota County minutes follow.");
      updater.groupDuplicates();
      updater.commit();
    }
  }

  private static void add(IndexUpdater updater, String letter, LocalDate date, String text) throws Exception {
    String id = letter.repeat(64);
    updater.add(IndexViewTest.doc(id, letter + ".pdf", date, text), IndexViewTest.row(letter + ".pdf", id));
  }

  @Test
  void theTallyCountsAContactOnceAcrossReleasesAsTheRowsDo() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      Map<String, String> groups = view.duplicateGroups();
      assertThat(groups).containsKeys("a".repeat(64), "c".repeat(64)); // the fixture holds one pair of releases
      var fast = ContactTable.table(view, Filters.NONE, false, EntityNames.idsOnly());
      var slow = ContactTable.byJurisdiction(ContactCopies.counted(view.contacts(Filters.NONE), groups), groups, EntityNames.idsOnly());
      assertThat(fast).isEqualTo(slow);
      assertThat(fast).singleElement().satisfies(r -> {
        assertThat(r.contacts()).isEqualTo(3);
        assertThat(r.documents()).isEqualTo(3);
        assertThat(r.first()).isEqualTo("2018-06-01");
        assertThat(r.last()).isEqualTo("2021-01-02");
        assertThat(r.kinds()).containsEntry("meeting", 2).containsEntry("inquiry", 1);
      });
    }
  }

  @Test
  void countingCopiesAndFilteringGiveWhatTheRowsGive() throws Exception {
    try (IndexView view = IndexView.open(tmp)) {
      var copies = ContactTable.table(view, Filters.NONE, true, EntityNames.idsOnly());
      assertThat(copies).isEqualTo(ContactTable.byJurisdiction(view.contacts(Filters.NONE), EntityNames.idsOnly()));
      assertThat(copies.get(0).contacts()).isEqualTo(4);
      Filters meetings = new Filters(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("meeting"), Optional.empty());
      assertThat(ContactTable.table(view, meetings, false, EntityNames.idsOnly()))
          .isEqualTo(ContactTable.byJurisdiction(view.contacts(meetings), EntityNames.idsOnly()))
          .singleElement().satisfies(r -> assertThat(r.contacts()).isEqualTo(2));
    }
  }
}
