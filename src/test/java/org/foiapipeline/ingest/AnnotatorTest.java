package org.foiapipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.foia.PageStructure;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
  @Test
  void aHugePageIsRecognisedOnlyUpToTheLimitButKeepsAllItsText() {
    AtomicInteger longestSeen = new AtomicInteger();
    Annotator annotator = new Annotator(
        text -> {
          longestSeen.accumulateAndGet(text.length(), Math::max);
          return PageStructure.NONE;
        },
        text -> {
          longestSeen.accumulateAndGet(text.length(), Math::max);
          return List.of();
        },
        (texts, mentions) -> {
          texts.forEach(t -> longestSeen.accumulateAndGet(t.length(), Math::max));
          return List.of();
        },
        pages -> new Relations(Optional.empty(), List.of()));
    String huge = "ICE ".repeat(1_000_000);
    ExtractedDocument doc = new ExtractedDocument("text/plain", Status.OK, "", List.of(Page.ofText(1, huge)));

    var annotated = annotator.annotate("id", "big.txt", doc, 0);

    assertThat(longestSeen.get()).isEqualTo(Annotator.MAX_ANNOTATED_CHARS);
    assertThat(annotated.pages().get(0).page().text()).hasSize(huge.length());
  }

  @Test
  void aLogicalDocumentOfAMergedReleaseResolvesItsCountyInItsOwnContext() throws Exception {
    Annotator annotator = new Annotator(new org.foiapipeline.foia.FoiaStructureFinder(),
        org.foiapipeline.nlp.CombinedRecognizer.standard(java.nio.file.Path.of("no-model")),
        org.foiapipeline.resolve.ContextResolver.standard(), new org.foiapipeline.contacts.RuleContactFinder());
    String missouri = "MEMORANDUM\nTO: Field Office Director, St. Louis\nSUBJECT: Jail visits\n"
        + "The Audrain County Sheriff, the Ralls County Sheriff and the Randolph County Sheriff in Missouri met "
        + "with ERO St. Louis. Jefferson City, MO 65101. Columbia, Missouri. Hannibal, MO 63401. "
        + "Monroe County was discussed.\nPage 1 of 1";
    String florida = "From: Deputy Chief Ana Ruiz <a.ruiz@keys.example>\nSent: Tuesday, March 5, 2019 9:14 AM\n"
        + "To: ERO Miami\nSubject: 287(g) inquiry - Monroe County\n\n"
        + "The Monroe County Sheriff's Office asks about the 287(g) program.\n"
        + "5525 College Road, Key West, FL 33040\nPage 1 of 1";
    ExtractedDocument doc = new ExtractedDocument("application/pdf", Status.OK, "",
        List.of(Page.ofText(1, missouri), Page.ofText(2, florida)));

    var annotated = annotator.annotate("id", "release.pdf", doc, 0);

    assertThat(annotated.logical()).hasSize(2);
    assertThat(annotated.pages().get(1).mentions())
        .filteredOn(m -> m.mention().text().startsWith("Monroe"))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.entityId()).isEqualTo("county:12087"));
  }
}
