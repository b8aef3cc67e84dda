package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TesseractTsvTest {
  private static final String HEADER =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

  @Test
  void wordsAreJoinedIntoLinesAndParagraphsWithTheirMeanConfidence() {
    String tsv = HEADER
        + "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t90\tMemorandum\n"
        + "5\t1\t1\t1\t1\t2\t0\t0\t9\t9\t80\tof\n"
        + "5\t1\t1\t1\t2\t1\t0\t0\t9\t9\t70\tAgreement\n"
        + "5\t1\t1\t1\t2\t2\t0\t0\t9\t9\t95\t \n"
        + "5\t1\t2\t1\t1\t1\t0\t0\t9\t9\t60\tSheriff\n";
    OcrResult result = TesseractTsv.parse(tsv);
    assertThat(result.text()).isEqualTo("Memorandum of\nAgreement\n\nSheriff");
    assertThat(result.confidence()).isEqualTo(75.0);
    assertThat(result.ok()).isTrue();
  }

  @Test
  void emptyOrMalformedOutputGivesNoTextAndNoConfidence() {
    assertThat(TesseractTsv.parse("").text()).isEmpty();
    assertThat(TesseractTsv.parse(HEADER + "5\tx\n5\t1\t1").confidence()).isEqualTo(-1);
  }
}
