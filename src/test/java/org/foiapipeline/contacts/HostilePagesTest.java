package org.foiapipeline.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.foiapipeline.extract.Page;
import org.foiapipeline.foia.FoiaStructureFinder;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd pages from upstream stages never make the finders throw. */
class HostilePagesTest {
  private static final FoiaStructureFinder STRUCTURE = new FoiaStructureFinder();

  private static ResolvedMention mention(String id, int start, int end) {
    return new ResolvedMention(new Mention("x", EntityType.COUNTY, start, end, "test"), 1, id, List.of());
  }

  private static AnnotatedPage page(String text, List<ResolvedMention> mentions) {
    return new AnnotatedPage(Page.ofText(1, text), STRUCTURE.find(text), mentions);
  }

  static Stream<List<AnnotatedPage>> documents() {
    String binaryish = "\u0000\u0001%PDF-1.4 \uFFFD\uFFFD From: \n Sent: \n To: ;;;; \n Subject:";
    String huge = "From: a@ice.dhs.gov\nTo: b@x.example\nSubject: " + "287(g) applied ".repeat(1500);
    return Stream.of(
        List.of(page("", List.of())),
        List.of(page("   \n\n  \t", List.of())),
        List.of(page(binaryish, List.of(mention("county:38089", 0, 5)))),
        List.of(page("Dear Sir:\nSincerely,", List.of(mention("county:38089", 40, 60), mention("agency:ice", 2, 1)))),
        List.of(page(huge, List.of(mention("county:38089", 60, 65), mention("", 70, 80)))),
        List.of(new AnnotatedPage(Page.ofText(1, "The county applied to ICE."), PageStructure.NONE, List.of())),
        List.of(page("(b)(6) (((((((( b b b 2019-99-99 13/45/2019 Feb 30, 2019", List.of())));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void oddPagesGiveAnAnswerNotAnException(List<AnnotatedPage> pages) {
    Relations r = new RuleContactFinder().relate(pages);
    assertThat(r.contacts()).allSatisfy(c -> assertThat(c.snippet().length()).isLessThanOrEqualTo(300));
  }
}
