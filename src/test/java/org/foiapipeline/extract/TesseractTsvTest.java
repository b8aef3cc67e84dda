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
        + "5\t1\t1\t1\t1\t1\t10\t10\t90\t20\t90\tMemorandum\n"
        + "5\t1\t1\t1\t1\t2\t110\t12\t20\t18\t80\tof\n"
        + "5\t1\t1\t1\t2\t1\t10\t35\t90\t20\t70\tAgreement\n"
        + "5\t1\t1\t1\t2\t2\t110\t35\t9\t20\t95\t \n"
        + "5\t1\t2\t1\t1\t1\t10\t90\t60\t20\t60\tSheriff\n";
    OcrResult result = TesseractTsv.parse(tsv);
    assertThat(result.text()).isEqualTo("Memorandum of\nAgreement\n\nSheriff");
    assertThat(result.confidence()).isEqualTo(75.0);
    assertThat(result.ok()).isTrue();
  }

  @Test
  void aTableReadColumnByColumnComesOutRowByRow() {
    String tsv = HEADER
        + "5\t1\t1\t1\t1\t1\t10\t100\t20\t20\t90\tMT\n"
        + "5\t1\t1\t1\t2\t1\t10\t130\t20\t20\t90\tIL\n"
        + "5\t1\t2\t1\t1\t1\t60\t101\t80\t20\t90\tSanders\n"
        + "5\t1\t2\t1\t1\t2\t150\t101\t80\t20\t90\tCounty\n"
        + "5\t1\t2\t1\t2\t1\t60\t131\t80\t20\t90\tMassac\n"
        + "5\t1\t3\t1\t1\t1\t300\t99\t80\t22\t90\t5/4/2019\n"
        + "5\t1\t3\t1\t2\t1\t300\t129\t80\t22\t90\t7/3/2019\n";
    assertThat(TesseractTsv.parse(tsv).text()).isEqualTo("MT Sanders County 5/4/2019\nIL Massac 7/3/2019");
  }

  @Test
  void aSkewedTableStillComesOutRowByRow() {
    // the page is 2 degrees askew: every 100 px to the right, text stands 3.5 px lower
    String tsv = HEADER
        + "5\t1\t1\t1\t1\t1\t0\t100\t100\t20\t90\tThe\n"
        + "5\t1\t1\t1\t1\t2\t400\t114\t100\t20\t90\tlong\n"
        + "5\t1\t1\t1\t1\t3\t800\t128\t100\t20\t90\theading\n"
        + "5\t1\t2\t1\t1\t1\t0\t160\t30\t20\t90\tMT\n"
        + "5\t1\t2\t1\t2\t1\t0\t190\t30\t20\t90\tIL\n"
        + "5\t1\t3\t1\t1\t1\t800\t188\t90\t20\t90\t5/4/2019\n"
        + "5\t1\t3\t1\t2\t1\t800\t218\t90\t20\t90\t7/3/2019\n";
    assertThat(TesseractTsv.parse(tsv).text()).isEqualTo("The long heading\n\nMT 5/4/2019\nIL 7/3/2019");
  }

  @Test
  void emptyOrMalformedOutputGivesNoTextAndNoConfidence() {
    assertThat(TesseractTsv.parse("").text()).isEmpty();
    assertThat(TesseractTsv.parse(HEADER + "5\tx\n5\t1\t1").confidence()).isEqualTo(-1);
  }
}
