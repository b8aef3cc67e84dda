package org.foiapipeline.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The name finder of a model that tags with a beam of one ({@link NerTrainer#BEAM_SIZE}), without OpenNLP's
 * beam search around it: token by token, the most probable outcome the sequence allows (a name's "cont" only
 * after its own "start"). That is what {@link NameFinderME} answers with such a model — its beam search keeps
 * the best allowed extension of its one sequence — minus a priority queue, a sequence object and a copy of
 * the outcomes per token, and minus a large method the JIT compiler kept recompiling in long ingests. Not
 * thread-safe, like {@link NameFinderME}: one per thread.
 */
final class GreedyNameFinder implements ModelRecognizer.Tagger {
  /** Where a name-finder model keeps its maxent model and its beam size. */
  private static final String MAXENT_ENTRY = "nameFinder.model";
  private static final String BEAM_SIZE_PROPERTY = "BeamSize";

  private final MaxentModel model;
  private final NameContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final SequenceCodec<String> codec;
  private final double[] probs;

  private GreedyNameFinder(TokenNameFinderModel model, MaxentModel maxent) {
    this.model = maxent;
    this.contexts = model.getFactory().createContextGenerator();
    this.codec = model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.probs = new double[maxent.getNumOutcomes()];
  }

  /** A greedy finder for {@code model}, or null when it tags with a wider beam (or is not a maxent model). */
  static GreedyNameFinder of(TokenNameFinderModel model) {
    Object maxent = model.getArtifact(MAXENT_ENTRY);
    String beam = model.getManifestProperty(BEAM_SIZE_PROPERTY);
    return maxent instanceof MaxentModel m && "1".equals(beam) ? new GreedyNameFinder(model, m) : null;
  }

  /** The names in {@code tokens}, as token spans typed by the model's labels. */
  @Override
  public Span[] find(String[] tokens) {
    String[] outcomes = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String[] before = Arrays.copyOf(outcomes, i);
      double[] scores = model.eval(contexts.getContext(i, tokens, before, null), probs);
      outcomes[i] = best(i, tokens, before, scores);
    }
    contexts.updateAdaptiveData(tokens, outcomes);
    return codec.decode(Arrays.asList(outcomes));
  }

  @Override
  public void clearAdaptiveData() {
    contexts.clearAdaptiveData();
  }

  /** The most probable outcome the sequence so far allows at {@code i}; the first of equals. */
  private String best(int i, String[] tokens, String[] before, double[] scores) {
    int best = -1;
    for (int p = 0; p < scores.length; p++) {
      if ((best < 0 || scores[p] > scores[best]) && validator.validSequence(i, tokens, before, model.getOutcome(p))) {
        best = p;
      }
    }
    return model.getOutcome(best < 0 ? 0 : best);
  }
}
