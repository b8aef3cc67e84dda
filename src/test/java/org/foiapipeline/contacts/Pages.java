package org.foiapipeline.contacts;

import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.extract.Page;
import org.foiapipeline.foia.FoiaStructureFinder;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/** Builds annotated pages for tests: real structure, hand-made resolved mentions at every occurrence of a name. */
final class Pages {
  private static final FoiaStructureFinder STRUCTURE = new FoiaStructureFinder();

  private final int number;
  private final String text;
  private final List<ResolvedMention> mentions = new ArrayList<>();

  private Pages(int number, String text) {
    this.number = number;
    this.text = text;
  }

  static Pages page(int number, String text) {
    return new Pages(number, text);
  }

  /** Marks every occurrence of {@code name} as a mention of {@code id}. */
  Pages name(String name, EntityType type, String id) {
    int at = text.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException("not on the page: " + name);
    }
    while (at >= 0) {
      if (!wordAt(at, name.length())) {
        at = text.indexOf(name, at + 1);
        continue;
      }
      Mention m = new Mention(name, type, at, at + name.length(), "test");
      mentions.add(new ResolvedMention(m, number, id, List.of()));
      at = text.indexOf(name, at + name.length());
    }
    return this;
  }

  private boolean wordAt(int at, int length) {
    boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    boolean after = at + length >= text.length() || !Character.isLetterOrDigit(text.charAt(at + length));
    return before && after;
  }

  Pages ice(String name) {
    return name(name, EntityType.AGENCY, "agency:ice");
  }

  Pages county(String name, String fips) {
    return name(name, EntityType.COUNTY, "county:" + fips);
  }

  AnnotatedPage build() {
    List<ResolvedMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
    return new AnnotatedPage(Page.ofText(number, text), STRUCTURE.find(text), sorted);
  }
}
