package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The many ways FOIA documents print a date. */
final class Dates {
  private static final List<DateTimeFormatter> DAY = List.of(
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US),
      DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US),
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US),
      DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US),
      DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.US));
  private static final List<DateTimeFormatter> SENT = List.of(
      DateTimeFormatter.ofPattern("EEE M/d/yyyy h:mm a", Locale.US),
      DateTimeFormatter.ofPattern("EEEE, MMMM dd, yyyy h:mm a", Locale.US),
      DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm a", Locale.US));
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM dd yyyy", Locale.US);
  private static final DateTimeFormatter FAX = DateTimeFormatter.ofPattern("MMM-dd-yyyy HH:mm", Locale.US);

  private Dates() {}

  /** A day in one of the common formats ({@code March 5, 2019}, {@code 03/05/2019}, ...). */
  static String day(LocalDate d, Random r) {
    return DAY.get(r.nextInt(DAY.size())).format(d).replace("May.", "May");
  }

  /** The long form used on letters and agreements. */
  static String formal(LocalDate d) {
    return DAY.get(0).format(d);
  }

  /** An email's Sent value, e.g. {@code Tue 3/5/2019 10:42 AM}. */
  static String sent(LocalDateTime t, Random r) {
    return SENT.get(r.nextInt(SENT.size())).format(t);
  }

  static String stamp(LocalDate d) {
    return STAMP.format(d).toUpperCase(Locale.US);
  }

  static String fax(LocalDateTime t) {
    return FAX.format(t).toUpperCase(Locale.US);
  }

  static LocalDateTime at(LocalDate d, Random r) {
    return d.atTime(7 + r.nextInt(11), r.nextInt(60));
  }
}
