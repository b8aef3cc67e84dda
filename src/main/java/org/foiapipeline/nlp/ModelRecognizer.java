package org.foiapipeline.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Mentions from the trained OpenNLP name finder (source {@code model}). The model is loaded once and shared;
 * each thread gets its own {@link NameFinderME}, sentence detector and tokenizer (they are not
 * thread-safe). Adaptive data is cleared after every call, so nothing learnt on one page of one document
 * leaks into another document.
 */
public final class ModelRecognizer implements Recognizer {
  private final ThreadLocal<Workers> workers;

  private record Workers(SentenceDetectorME sentences, ChunkCachedTokenizer tokens, NameFinderME names) {}

  public ModelRecognizer(TokenNameFinderModel model) {
    this.workers =
        ThreadLocal.withInitial(
            () ->
                new Workers(
                    new SentenceDetectorME(OpenNlpModels.sentences()),
                    new ChunkCachedTokenizer(new TokenizerME(OpenNlpModels.tokens())),
                    new NameFinderME(model)));
  }

  /** Loads a model written by {@link NerTrainer}. */
  public static ModelRecognizer load(Path modelFile) throws IOException {
    return new ModelRecognizer(new TokenNameFinderModel(modelFile));
  }

  /**
   * Longest run of tokens given to the name finder at once. Text without sentence ends (tables, data dumps)
   * makes one huge "sentence", and the finder's beam search costs the square of its length.
   */
  static final int MAX_TOKENS = 256;

  @Override
  public List<Mention> find(String pageText) {
    return find(pageText, List.of());
  }

  /**
   * Runs the name finder only around name-shaped pairs of words that {@code known} mentions do not already
   * cover, within their sentence and a few words either side ({@link NameCandidates}): the finder and its
   * tokenizer were a third of text-layer ingest, spent mostly on prose and on names the gazetteer had already
   * found, where the model adds nothing.
   */
  @Override
  public List<Mention> find(String pageText, List<Mention> known) {
    Workers w = workers.get();
    List<Mention> out = new ArrayList<>();
    try {
      for (Span sentence : w.sentences().sentPosDetect(pageText)) {
        for (Span window : NameCandidates.windows(pageText, sentence, known)) {
          findIn(w, pageText, window, out);
        }
      }
    } finally {
      w.names().clearAdaptiveData();
    }
    return out;
  }

  /** Runs the finder on one stretch of the page, adding what it names to {@code out}. */
  private static void findIn(Workers w, String pageText, Span window, List<Mention> out) {
    String text = window.getCoveredText(pageText).toString();
    Span[] tokens = w.tokens().tokenizePos(text);
    String[] words = Span.spansToStrings(tokens, text);
    for (int from = 0; from < words.length; from += MAX_TOKENS) {
      int to = Math.min(words.length, from + MAX_TOKENS);
      for (Span name : w.names().find(java.util.Arrays.copyOfRange(words, from, to))) {
        EntityType type = type(name.getType());
        if (type != null) {
          int start = window.getStart() + tokens[from + name.getStart()].getStart();
          int end = window.getStart() + tokens[from + name.getEnd() - 1].getEnd();
          out.add(new Mention(pageText.substring(start, end), type, start, end, "model"));
        }
      }
    }
  }

  private static EntityType type(String label) {
    for (EntityType t : EntityType.values()) {
      if (t.label().equals(label == null ? "" : label.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }
}
