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
}
