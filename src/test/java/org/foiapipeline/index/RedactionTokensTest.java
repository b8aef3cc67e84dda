package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class RedactionTokensTest {
  /**
   * On an OCR'd page the exemption label printed beside a box can stand after the next word in the text
   * (it sits on another row). Its marker tokens must still not start after that word: Lucene refuses a
   * page whose offsets go backwards, and the whole document failed to index.
   */
  @Test
  void aLabelPrintedAfterTheNextWordNeverMakesOffsetsGoBackwards() throws Exception {
    String text = "Sheriff John Smith called (b)(6)";
    int box = text.indexOf("John");
    int label = text.indexOf("(b)(6)");
    List<RedactionTokens.Marker> markers = List.of(new RedactionTokens.Marker(box, List.of("(b)(6)"), label, label + 6));
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> terms = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    try (TokenStream stream = new RedactionTokens(tokenizer, markers)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        starts.add(offsets.startOffset());
        assertThat(offsets.endOffset()).isGreaterThanOrEqualTo(offsets.startOffset());
      }
      stream.end();
    }
    assertThat(terms).containsSubsequence("Sheriff", "redacted", "redacted_b6", "redacted", "John");
    assertThat(starts).isSorted();
  }
}
