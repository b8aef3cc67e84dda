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
