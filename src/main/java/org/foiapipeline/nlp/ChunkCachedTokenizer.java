package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maxent tokenizer with its answers remembered: the tokenizer splits each whitespace-separated
 * chunk on its own, asking its model about every character of the chunk, so a chunk's tokens depend on the
 * chunk alone and can be reused. FOIA pages repeat their chunks ("Sheriff's", "(b)(6)", "287(g)", "Co.",
 * dates) page after page; the model is asked once per distinct chunk. Gives exactly the tokens of the
 * wrapped tokenizer. Not thread-safe, like the tokenizer it wraps: one per thread.
 */
final class ChunkCachedTokenizer {
  /** Distinct chunks remembered before the memory is emptied, bounding it whatever the input. */
  static final int CAPACITY = 50_000;

  private final Tokenizer tokenizer;
  private final Map<String, Span[]> chunks = new HashMap<>();

  ChunkCachedTokenizer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** The tokens of {@code text} with their offsets in it, as the wrapped tokenizer gives them. */
  Span[] tokenizePos(String text) {
    List<Span> out = new ArrayList<>();
    for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
      int start = chunk.getStart();
      if (chunk.length() < 2) {
        out.add(chunk);
        continue;
      }
      for (Span piece : pieces(text.substring(start, chunk.getEnd()))) {
        out.add(new Span(start + piece.getStart(), start + piece.getEnd()));
      }
    }
    return out.toArray(new Span[0]);
  }

  private Span[] pieces(String chunk) {
    Span[] known = chunks.get(chunk);
    if (known == null) {
      if (chunks.size() >= CAPACITY) {
        chunks.clear();
      }
      known = tokenizer.tokenizePos(chunk);
      chunks.put(chunk, known);
    }
    return known;
  }
}
