package org.foiapipeline.nlp;

import java.util.List;

/**
 * Training text for the name finder: a sentence and its typed name spans.
 *
 * @param text the sentence
 * @param names character spans within {@code text}
 */
public record AnnotatedSentence(String text, List<Name> names) {
  public AnnotatedSentence {
    names = List.copyOf(names);
  }

  /** A name in the sentence: character offsets and its type. */
  public record Name(int start, int end, EntityType type) {}
}
