package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTokensTest {
  @Test
  void aTokensKeyIsTheFoldOfItsLowerCaseWord() {
    Random random = new Random(7);
    String alphabet = "rnvVRNiIl105sSoOabcZ0123456789";
    for (int n = 0; n < 2000; n++) {
      StringBuilder word = new StringBuilder();
      for (int k = 0; k < 1 + random.nextInt(9); k++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<Token> tokens = TextTokens.tokenize(word.toString());
      assertThat(tokens).hasSize(1);
      assertThat(tokens.get(0).key()).as(word.toString())
          .isEqualTo(TextTokens.fold(word.toString().toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void apostrophesInsideWordsAreDroppedAndAmpersandIsAnd() {
    assertThat(TextTokens.tokenize("Sheriff\u2019s & Co.")).extracting(Token::key)
        .containsExactly("sherlffs", "and", "co");
  }

  @Test
  void punctuationAndLineBreaksAreRecordedBetweenTokens() {
    List<Token> tokens = TextTokens.tokenize("Dakota, NE\nCity. St. Louis (MO)");
    assertThat(tokens).extracting(Token::commaBefore).containsExactly(false, true, false, false, false, false);
    assertThat(tokens).extracting(Token::lineBefore).containsExactly(false, false, true, false, false, false);
    assertThat(tokens).extracting(Token::periodBefore).containsExactly(false, false, false, true, true, false);
    assertThat(tokens).extracting(Token::stopBefore).containsExactly(false, false, false, false, false, true);
    assertThat(tokens.get(5).start()).isEqualTo(28);
  }

  @Test
  void pureNumbersAreNotFolded() {
    assertThat(TextTokens.tokenize("68731 and 1015")).extracting(Token::key).containsExactly("68731", "and", "1015");
  }
}
