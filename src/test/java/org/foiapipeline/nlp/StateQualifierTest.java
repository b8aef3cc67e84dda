package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateQualifierTest {
  private final StateQualifier q = StateQualifier.standard();

  @Test
  void aStateCodeAloneAtTheStartOfATableRowQualifiesTheName() {
    String text = "State Jurisdiction\nNC  Scotland County Sheriff's Office";
    assertThat(q.before(text, text.indexOf("Scotland"))).contains("NC");
  }

  @Test
  void tesseractsTrademarkSignForABoldTnStillReadsAsTennessee() {
    String text = "State Jurisdiction\n\u2122N Washington County Sheriff's Office\n\u2122 Benton Co. Sheriff's Office";
    int washington = text.indexOf("Washington");
    assertThat(q.before(text, washington)).contains("TN");
    assertThat(q.beforeStart(text, washington)).isEqualTo(text.indexOf('\u2122'));
    assertThat(q.before(text, text.indexOf("Benton"))).contains("TN");
    String row = "MS Hinds Co. Sheriff's Office";
    assertThat(q.beforeStart(row, row.indexOf("Hinds"))).isZero();
  }

  @Test
  void aLowerCaseCodeCountsInATableOfStateRowsButNotInProse() {
    String table = "MT Sanders County\nMS Hinds Co.\nOR Benton County\nsc Calhoun County\nco Washington County";
    assertThat(q.before(table, table.indexOf("Calhoun"))).contains("SC");
    assertThat(q.before(table, table.indexOf("Washington"))).contains("CO");
    String prose = "The sheriff met the board\nin Washington County on Monday.";
    assertThat(q.before(prose, prose.indexOf("Washington"))).isEmpty();
  }

  @Test
  void aCodeInTheMiddleOfALongLineIsNotARowLabel() {
    String text = "x".repeat(100_000) + " NC  Scotland County";
    assertThat(q.before(text, text.indexOf("Scotland"))).isEmpty();
  }

  @Test
  void aStateBetweenTheCountyAndItsOfficeOrAfterACommaQualifiesIt() {
    String text = "Hamilton County Tennessee Sheriff's Office and Dakota County, NE";
    assertThat(q.after(text, text.indexOf(" Tennessee"))).contains("Tennessee");
    assertThat(q.after(text, text.indexOf(", NE"))).contains("NE");
    assertThat(q.after("Dakota County sheriffs met", "Dakota County".length())).isEmpty();
  }
}
