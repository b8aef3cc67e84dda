package org.foiapipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintingTest {
  @Test
  void aLaterPrintingWithANewerMessageDiffers() {
    assertThat(new Printing(3, "2011-01-19", 1).differs(new Printing(2, "2011-01-17", 1))).isTrue();
  }

  @Test
  void aLaterPrintingWithAReplyOnTheSameDayDiffers() {
    assertThat(new Printing(4, "2008-02-16", 2).differs(new Printing(3, "2008-02-16", 1))).isTrue();
  }

  @Test
  void aScannedCopyThatLostAnOlderHeaderIsTheSamePrinting() {
    assertThat(new Printing(1, "2013-09-25", 1).differs(new Printing(2, "2013-09-25", 1))).isFalse();
  }

  @Test
  void withoutTheNewestDateTheNumberOfMessagesDecides() {
    assertThat(new Printing(3, null, 0).differs(new Printing(4, "2008-08-23", 1))).isTrue();
    assertThat(new Printing(3, null, 0).differs(new Printing(3, "2008-08-21", 1))).isFalse();
    assertThat(Printing.NONE.differs(new Printing(3, "2008-08-21", 1))).isFalse();
  }
}
