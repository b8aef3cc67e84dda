package org.foiapipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageAlignmentTest {
  final Signer signer = new Signer();

  Signature page(String topic) {
    return signer.sign("This page of the memorandum is about " + topic + " and only about " + topic
        + ", as the board of commissioners decided at its meeting on the " + topic + " question last spring.", List.of());
  }

  @Test
  void eachPageIsMatchedWithItsCopyWhateverPagesCameBefore() {
    List<Signature> alone = List.of(page("roads"), page("bridges"), page("jail staffing"));
    List<Signature> merged = List.of(page("library hours"), signer.sign("FOIA office cover page", List.of()),
        page("roads"), page("bridges"), page("jail staffing"), page("parks"));
    assertThat(PageAlignment.align(alone, merged)).extracting(m -> m.first() + "=" + m.second())
        .containsExactly("0=2", "1=3", "2=4");
  }

  @Test
  void aPageWithoutACopyStaysUnmatched() {
    List<Signature> a = List.of(page("roads"), page("flood control channels in the eastern districts"));
    List<Signature> b = List.of(page("roads"));
    assertThat(PageAlignment.align(a, b)).hasSize(1).first().satisfies(m -> assertThat(m.similarity()).isEqualTo(1.0));
  }
}
