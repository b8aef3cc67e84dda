package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

class ChunkCachedTokenizerTest {
  @Test
  void givesExactlyTheTokensOfTheMaxentTokenizerAsChunksRepeat() {
    TokenizerME plain = new TokenizerME(OpenNlpModels.tokens());
    ChunkCachedTokenizer cached = new ChunkCachedTokenizer(new TokenizerME(OpenNlpModels.tokens()));
    String[] texts = {
      "Sheriff's Office, Dakota Co. (b)(6);(b)(7)(C) asked about the 287(g) program on 1/24/2013.",
      "The Sheriff's Office of Lyon Co. wrote: \"287(g)?\" -- see (b)(6) and a.fairbanks@county-ms.example.",
      "  a  b\tc\u00a0d  Mr. O'Brien's U.S. ICE ERO/HSI  ",
      "",
      "Sheriff's Sheriff's Sheriff's (b)(6) (b)(6)"
    };
    for (int round = 0; round < 2; round++) {
      for (String text : texts) {
        assertThat(cached.tokenizePos(text)).as(text).containsExactly(plain.tokenizePos(text));
      }
    }
  }
}
