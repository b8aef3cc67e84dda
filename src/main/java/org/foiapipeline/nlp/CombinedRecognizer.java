package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The recogniser the pipeline uses: gazetteer, patterns and (when a model is given) the trained name finder,
 * merged so that no two mentions overlap. Of overlapping mentions the longer wins; at equal length a pattern
 * beats the gazetteer, which beats the model. Each mention keeps the {@code source} that found it.
 * Thread-safe.
 */
public final class CombinedRecognizer implements Recognizer {
  private final Gazetteer gazetteer;
  private final PatternRecognizer patterns;
  private final Recognizer model;

  /**
   * @param model the trained name finder, or {@link #NO_MODEL} when there is none
   */
  public CombinedRecognizer(Gazetteer gazetteer, Recognizer model) {
    this.gazetteer = gazetteer;
    this.patterns = new PatternRecognizer(gazetteer);
    this.model = model;
  }

  /** A recogniser that finds nothing, for running without a trained model. */
  public static final Recognizer NO_MODEL = text -> List.of();

  /** Gazetteer and patterns of the shipped lists, plus the model file when it exists. */
  public static CombinedRecognizer standard(java.nio.file.Path modelFile) throws java.io.IOException {
    Recognizer model =
        modelFile != null && java.nio.file.Files.isRegularFile(modelFile)
            ? ModelRecognizer.load(modelFile)
            : NO_MODEL;
    return new CombinedRecognizer(GazetteerBuilder.standard(), model);
  }

  @Override
  public List<Mention> find(String pageText) {
    List<Token> tokens = TextTokens.tokenize(pageText);
    List<GazetteerHit> hits = gazetteer.hits(tokens);
    List<Mention> all = new ArrayList<>();
    for (GazetteerHit hit : hits) {
      all.add(new Mention(pageText.substring(hit.start(), hit.end()), hit.entry().type(), hit.start(), hit.end(),
          "gazetteer"));
    }
    all.addAll(patterns.find(pageText, tokens, hits));
    all.addAll(model.find(pageText, List.copyOf(all)));
    return merge(MentionFilters.apply(pageText, all));
  }

  /** Keeps the best of overlapping mentions, returned in text order. */
  static List<Mention> merge(List<Mention> all) {
    List<Mention> ranked = new ArrayList<>(all);
    ranked.sort(
        Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed()
            .thenComparing(Comparator.comparingInt(CombinedRecognizer::priority).reversed())
            .thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : ranked) {
      if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  private static int priority(Mention m) {
    return switch (m.source()) {
      case "pattern" -> 3;
      case "gazetteer" -> 2;
      default -> 1;
    };
  }
}
