package org.foiapipeline.resolve;

import java.util.List;
import org.foiapipeline.extract.Page;
import org.foiapipeline.foia.PageStructure;

/** A page with everything found on it: its text, its FOIA structure and its resolved mentions. */
public record AnnotatedPage(Page page, PageStructure structure, List<ResolvedMention> mentions) {
  public AnnotatedPage {
    mentions = List.copyOf(mentions);
  }

  public int number() {
    return page.number();
  }

  public String text() {
    return page.text();
  }
}
