package org.foiapipeline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.foiapipeline.index.ContactRow;
import org.junit.jupiter.api.Test;

class ContactCopiesTest {
  static ContactRow row(String doc, String date, int page) {
    return new ContactRow("agency:ice", "county:27037", "MN", "inquiry", date, doc, doc + ".pdf", page, "snippet");
  }

  @Test
  void aContactRecordedByThreeReleasesCountsOnceAndListsTheOtherTwo() {
    List<ContactRow> rows = List.of(row("a", "2019-03-03", 1), row("b", "2019-03-03", 2), row("c", "2019-03-03", 1));
    List<ContactCopies.Counted> counted = ContactCopies.collapse(rows, Map.of("a", "a", "b", "a", "c", "a"));
    assertThat(counted).hasSize(1);
    assertThat(counted.get(0).contact().docId()).isEqualTo("a");
    assertThat(counted.get(0).copies()).extracting(ContactRow::docId).containsExactly("b", "c");
  }

  @Test
  void alikeContactsOfOneDocumentStayDistinctAndPairWithTheirCounterpartsInACopy() {
    List<ContactRow> rows = List.of(row("a", "2019-03-03", 1), row("a", "2019-03-03", 2), row("b", "2019-03-03", 1),
        row("b", "2019-03-03", 2));
    assertThat(ContactCopies.collapse(rows, Map.of("a", "a", "b", "a"))).hasSize(2)
        .allSatisfy(c -> assertThat(c.copies()).hasSize(1));
    assertThat(ContactCopies.counted(rows, Map.of())).hasSize(4);
  }

  @Test
  void documentsWithoutNearDuplicatesKeepEveryContact() {
    List<ContactRow> rows = List.of(row("a", "2019-03-03", 1), row("b", "2019-03-03", 1));
    assertThat(ContactCopies.counted(rows, Map.of())).hasSize(2);
  }
}
