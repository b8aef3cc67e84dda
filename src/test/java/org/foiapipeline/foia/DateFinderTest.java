package org.foiapipeline.foia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {
  private final DateFinder finder = new DateFinder();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "March 5, 2019|2019-03-05",
        "Mar. 5, 2019|2019-03-05",
        "Tuesday, March 05, 2019 10:42 AM|2019-03-05",
        "MARCH 5,2019|2019-03-05",
        "Sept. 12, 2018|2018-09-12",
        "5 March 2019|2019-03-05",
        "this 5th day of March, 2019|2019-03-05",
        "03/05/2019|2019-03-05",
        "3/5/19|2019-03-05",
        "3/5/98|1998-03-05",
        "Tue 3/5/2019 10:42 AM|2019-03-05",
        "3-5-2019|2019-03-05",
        "2019-03-05|2019-03-05",
        "2019-03-05T10:42|2019-03-05",
        "Date: 2025.03.18 09:52:57|2025-03-18",
        "MAR-07-2019 10:42 FROM: 7015550142|2019-03-07",
        "RECEIVED MAR 07 2019|2019-03-07",
        "Date: Tue, 5 Mar 2019 10:42:00 -0600|2019-03-05",
        "2019/03/05|2019-03-05"
      })
  void readsCommonUsDateForms(String text, String iso) {
    assertThat(finder.find(text)).extracting(DateMention::date).containsExactly(LocalDate.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "February 30, 2019",
        "13/05/2019",
        "call 701-456-7890 today",
        "ZIP 58601-1234",
        "FIPS 38089",
        "under section 287(g) of the INA",
        "ICE-2017-FOIA-000123",
        "March 2019",
        "1/2 of the officers",
        "version 1.2.3"
      })
  void rejectsWhatIsNotADayInTheCalendar(String text) {
    assertThat(finder.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void reportsEveryDateWithItsOffsetsInTextOrder() {
    String text = "Sent on March 5, 2019; replied 3/7/19.";
    List<DateMention> found = finder.find(text);
    assertThat(found).extracting(DateMention::text).containsExactly("March 5, 2019", "3/7/19");
    assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("3/7/19");
  }
}
