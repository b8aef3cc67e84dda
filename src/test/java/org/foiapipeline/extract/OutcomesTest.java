package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomesTest {
  @Test
  void pagesAreListedAsRanges() {
    assertThat(Outcomes.pageList(List.of(3))).isEqualTo("page 3");
    assertThat(Outcomes.pageList(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("pages 1-3, 5, 7-8");
  }

  @Test
  void someFailedPagesWithTextElsewhereIsPartialNamingThePages() {
    List<Page> pages = List.of(Page.ofText(1, "text"), new Page(2, "", TextSource.NONE, -1, List.of(), "ocr timeout"));
    ExtractedDocument doc = Outcomes.of("application/pdf", pages,
        List.of(new Outcomes.PageProblem(2, "ocr timeout", true)), "none");
    assertThat(doc.status()).isEqualTo(Status.PARTIAL);
    assertThat(doc.reason()).isEqualTo("ocr timeout (page 2)");
  }

  @Test
  void noTextAndNoProblemIsEmptyWithTheGivenReason() {
    ExtractedDocument doc = Outcomes.of("application/pdf", List.of(Page.ofText(1, " ")), List.of(), "no text on any page");
    assertThat(doc.status()).isEqualTo(Status.EMPTY);
    assertThat(doc.reason()).isEqualTo("no text on any page");
  }
}
