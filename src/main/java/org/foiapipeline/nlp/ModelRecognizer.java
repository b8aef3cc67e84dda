package org.foiapipeline.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private record Workers(SentenceDetectorME sentences, TokenizerME tokens, NameFinderME names) {}

  public ModelRecognizer(TokenNameFinderModel model) {
    this.workers =
        ThreadLocal.withInitial(
            () ->
                new Workers(
                    new SentenceDetectorME(OpenNlpModels.sentences()),
                    new TokenizerME(OpenNlpModels.tokens()),
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

  /**
   * Two capitalised words in a row ("Larry Smith", "Sheriff Norman Chaffins", "Dakota Co"), an initial
   * allowed between them: the shape of every name the model adds to the gazetteer and the patterns.
   */
  private static final Pattern NAME_SHAPE =
      Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]+\\.?(?:[ \\t]+\\p{Lu}\\.)?[ \\t\\n]+\\p{Lu}[\\p{L}'\u2019-]+");

  @Override
  public List<Mention> find(String pageText) {
    return find(pageText, List.of());
  }

  /**
   * Runs the name finder only on sentences with a name-shaped pair of words that {@code known} mentions do
   * not already cover: the finder and its tokenizer were a third of text-layer ingest, spent mostly on
   * prose and on names the gazetteer had already found, where the model adds nothing.
   */
  @Override
  public List<Mention> find(String pageText, List<Mention> known) {
    Workers w = workers.get();
    List<Mention> out = new ArrayList<>();
    try {
      for (Span sentence : w.sentences().sentPosDetect(pageText)) {
        if (!hasUncoveredName(pageText, sentence, known)) {
          continue;
        }
        String text = sentence.getCoveredText(pageText).toString();
        Span[] tokens = w.tokens().tokenizePos(text);
        String[] words = Span.spansToStrings(tokens, text);
        for (int from = 0; from < words.length; from += MAX_TOKENS) {
          int to = Math.min(words.length, from + MAX_TOKENS);
          for (Span name : w.names().find(java.util.Arrays.copyOfRange(words, from, to))) {
            EntityType type = type(name.getType());
            if (type != null) {
              int start = sentence.getStart() + tokens[from + name.getStart()].getStart();
              int end = sentence.getStart() + tokens[from + name.getEnd() - 1].getEnd();
              out.add(new Mention(pageText.substring(start, end), type, start, end, "model"));
            }
          }
        }
      }
    } finally {
      w.names().clearAdaptiveData();
    }
    return out;
  }

  private static boolean hasUncoveredName(String pageText, Span sentence, List<Mention> known) {
    Matcher m = NAME_SHAPE.matcher(pageText);
    m.region(sentence.getStart(), sentence.getEnd());
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (known.stream().noneMatch(k -> k.start() <= start && end <= k.end())) {
        return true;
      }
    }
    return false;
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
