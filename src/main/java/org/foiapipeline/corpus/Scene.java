package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Everything one document is made of: its random stream, the county it is about (with a namesake in
 * another state when one exists in the split's pool), its date, and small generators for people,
 * phones, addresses and exemption labels.
 */
final class Scene {
  final Random r;
  final Metrics metrics;
  final List<County> pool;
  final Geography geography;
  final County county;
  final LocalDate date;

  Scene(Random r, Metrics metrics, Geography geography, List<County> pool, County county) {
    this.r = r;
    this.metrics = metrics;
    this.geography = geography;
    this.pool = pool;
    this.county = county;
    this.date = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(365 * 12));
  }

  <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  boolean chance(double p) {
    return r.nextDouble() < p;
  }

  /** Another county of the pool (random state). */
  County other() {
    return pick(pool);
  }

  /** A same-name county in another state from this split's pool, or null when there is none. */
  County namesake(County c) {
    List<County> names = geography.namesakes(c).stream().filter(pool::contains).toList();
    return names.isEmpty() ? null : pick(names);
  }

  String[] person() {
    return new String[] {pick(Lexicon.FIRST), pick(Lexicon.LAST)};
  }

  String email(String[] p, String domain) {
    return (p[0].charAt(0) + "." + p[1]).toLowerCase(Locale.ROOT) + "@" + domain;
  }

  /** A phone number in the 555-01xx range reserved for fiction. */
  String phone() {
    String area = String.valueOf(201 + r.nextInt(780));
    String line = String.format(Locale.ROOT, "555-01%02d", r.nextInt(100));
    return r.nextBoolean() ? "(" + area + ") " + line : area + "-" + line;
  }

  String street() {
    return (100 + r.nextInt(9800)) + " " + pick(Lexicon.STREETS);
  }

  String zip(County c) {
    return Lexicon.zipDigit(c.state()) + String.format(Locale.ROOT, "%04d", r.nextInt(10000));
  }

  /** The label printed beside a box hiding a name or phone number. */
  Exemption privacy() {
    return switch (r.nextInt(5)) {
      case 0 -> new Exemption("(b)(6)", List.of("(b)(6)"));
      case 1 -> new Exemption("(b)(6), (b)(7)(C)", List.of("(b)(6)", "(b)(7)(C)"));
      case 2 -> new Exemption("(b)(6);(b)(7)(C)", List.of("(b)(6)", "(b)(7)(C)"));
      case 3 -> new Exemption("b6, b7c", List.of("(b)(6)", "(b)(7)(C)"));
      default -> new Exemption("(b)(7)(C)", List.of("(b)(7)(C)"));
    };
  }

  /** The label beside a box hiding techniques or deliberations. */
  Exemption internal() {
    return r.nextBoolean()
        ? new Exemption("(b)(7)(E)", List.of("(b)(7)(E)"))
        : new Exemption("(b)(5)", List.of("(b)(5)"));
  }

  Style baseStyle() {
    Style.Face face = pick(List.of(Style.Face.SERIF, Style.Face.SANS, Style.Face.SERIF));
    return new Style(face, 10.5f + r.nextInt(3) * 0.5f);
  }

  Draft.Furniture furniture(boolean fax) {
    int year = date.getYear() + 1 + r.nextInt(3);
    String bates = switch (r.nextInt(3)) {
      case 0 -> "ICE-" + year + "-FOIA-%06d";
      case 1 -> year + "-ICLI-" + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(900)) + " %04d";
      default -> "ICE " + year + "FOIA" + (10000 + r.nextInt(89999)) + "-%05d";
    };
    String label = pick(List.of("Page %d of %d", "Page %d of %d", "%d"));
    String faxHeader = fax
        ? Dates.fax(Dates.at(date.plusDays(r.nextInt(3)), r)) + " FROM: " + phone().replaceAll("[^0-9]", "")
            + " TO: " + phone().replaceAll("[^0-9]", "") + " P.%03d/%03d"
        : null;
    return new Draft.Furniture(bates, 1 + r.nextInt(20000), label, faxHeader, new Style(Style.Face.SANS, 8.5f));
  }
}
