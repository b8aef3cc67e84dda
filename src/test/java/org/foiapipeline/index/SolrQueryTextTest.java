package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolrQueryTextTest {
  @Test
  void wildcardFuzzyAndRegexpTermsAreLowercasedAndFoldedAsTheEmbeddedParserDoes() {
    assertThat(SolrQueryText.prepare("Immigr*")).isEqualTo("immigr*");
    assertThat(SolrQueryText.prepare("Sherif~1")).isEqualTo("sherif~1");
    assertThat(SolrQueryText.prepare("CAFÉ?")).isEqualTo("cafe?");
    assertThat(SolrQueryText.prepare("/Sher.*/")).isEqualTo("/sher.*/");
    assertThat(SolrQueryText.prepare("path:Memo*")).isEqualTo("path:memo*");
  }

  @Test
  void escapedCharactersStayAsTypedInWildcardsAndAreNormalisedInPrefixAndFuzzyTerms() {
    assertThat(SolrQueryText.prepare("A\\B?C*")).isEqualTo("a\\B?c*");
    assertThat(SolrQueryText.prepare("A\\B*")).isEqualTo("a\\b*");
    assertThat(SolrQueryText.prepare("A\\B~1")).isEqualTo("a\\b~1");
  }

  @Test
  void plainTermsPhrasesOperatorsFieldsAndBoostsAreLeftAsTyped() {
    String q = "+\"County Sheriff\"~3 AND (Training OR Meeting^2) NOT entity:county\\:31055 -ICE && Dakota";
    assertThat(SolrQueryText.prepare(q)).isEqualTo(q);
    assertThat(SolrQueryText.prepare("287(g) AND Agree*")).isEqualTo("287(g) AND agree*");
    assertThat(SolrQueryText.prepare("*:*")).isEqualTo("*:*");
  }

  @Test
  void theEmbeddedParserReadsThePreparedQueryAsItReadsTheQueryTyped() {
    for (String q : List.of("Immigr*", "Sherif~1", "CAFÉ? AND \"County Sheriff\"~2", "/Sher.*/ OR path:Memo*",
        "+Training -(Meeting OR Detain*) entity:county\\:31055^2", "A\\B?C*", "A\\B*", "Ｓｈｅｒｉｆｆ*", "path:[A TO C]")) {
      assertThat(QueryBuilder.parse(SolrQueryText.prepare(q)).toString()).as(q).isEqualTo(QueryBuilder.parse(q).toString());
    }
  }

  @Test
  void aRangeOverThePageTextIsRefusedAndOtherRangesAreNormalised() {
    assertThatThrownBy(() -> SolrQueryText.prepare("sheriff AND [a TO c]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[a TO c]").hasMessageContaining("Solr");
    assertThatThrownBy(() -> SolrQueryText.prepare("path:x OR text:{A TO C}")).isInstanceOf(IllegalArgumentException.class);
    assertThat(SolrQueryText.prepare("path:[A TO C]")).isEqualTo("path:[a TO c]");
    assertThat(SolrQueryText.prepare("path:(\"x\" OR [A TO \"B c\"])")).isEqualTo("path:(\"x\" OR [a TO \"b c\"])");
  }
}
