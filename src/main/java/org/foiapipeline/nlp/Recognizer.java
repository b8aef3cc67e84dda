package org.foiapipeline.nlp;

import java.util.List;

/** Finds mentions in one page's text. Implementations are thread-safe. */
public interface Recognizer {
  List<Mention> find(String pageText);

  /**
   * The same, told what other recognisers already found on the page, so that an expensive recogniser can
   * skip what is covered. By default the known mentions are ignored.
   */
  default List<Mention> find(String pageText, List<Mention> known) {
    return find(pageText);
  }
}
