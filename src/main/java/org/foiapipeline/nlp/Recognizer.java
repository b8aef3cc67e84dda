package org.foiapipeline.nlp;

import java.util.List;

/** Finds mentions in one page's text. Implementations are thread-safe. */
public interface Recognizer {
  List<Mention> find(String pageText);
}
