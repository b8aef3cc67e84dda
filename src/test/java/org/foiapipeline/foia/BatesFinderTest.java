package org.foiapipeline.foia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatesFinderTest {
  private final BatesFinder finder = new BatesFinder();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ICE-2017-FOIA-000123",
        "2019-ICLI-00001 0042",
        "DHS-001-00123",
        "ICE 0001234",
        "2018-ICFO-12345 000001",
        "CBP-2020-000456",
        "ICE-FOIA-2019-00417",
        "ICE 2020FOIA12345-00001",
        "ICE 2018FO1A90615-15492"
      })
  void readsPrefixedZeroPaddedSequences(String bates) {
    assertThat(finder.find("page footer\n\n          " + bates + "\n")).containsExactly(bates);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Phone: 701-456-7890",
        "Dated 03/05/2019 and 2019-03-05",
        "FIPS 38089, ZIP 58601-1234, ZIP 01234",
        "under the 287(g) program",
        "your request 2019-ICFO-12345 was received",
        "FY-2019 budget",
        "Case No. 1:19-cv-00123",
        "A-number A-012345678"
      })
  void ignoresNumbersThatAreNotBates(String text) {
    assertThat(finder.find(text)).isEmpty();
  }

  @Test
  void keepsEachNumberOnceInPageOrder() {
    String text = "ICE-2017-FOIA-000124 body text\nICE-2017-FOIA-000123\nICE-2017-FOIA-000124";
    assertThat(finder.find(text)).containsExactly("ICE-2017-FOIA-000124", "ICE-2017-FOIA-000123");
  }
}
