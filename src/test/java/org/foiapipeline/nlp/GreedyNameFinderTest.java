package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class GreedyNameFinderTest {
  private static final List<String> SENTENCES = List.of(
      "On Monday Ann Lee met officers of Knox County about the agreement .",
      "A letter from Rosa Diaz to Clay County asked for training .",
      "Tom Baker called the jail in Bay County twice .",
      "Maria Lopez and John Smith wrote to Dakota County and to Ann Lee .",
      "County County Lee Lee Knox Baker Diaz .",
      "Nothing here names anyone .");

  @Test
  void aModelOfBeamOneTagsExactlyAsOpenNlpsFinder() throws Exception {
    TokenNameFinderModel model =
        new NerTrainer().train(NerTrainerTest.synthetic(120), new NerTrainer.Options(30, "MAXENT", 1, 0)).model();
    GreedyNameFinder greedy = GreedyNameFinder.of(model);
    assertThat(greedy).isNotNull();
    NameFinderME openNlp = new NameFinderME(model);
    int names = 0;
    for (String sentence : SENTENCES) {
      String[] words = sentence.split(" ");
      Span[] expected = openNlp.find(words);
      assertThat(greedy.find(words)).containsExactly(expected);
      names += expected.length;
    }
    assertThat(names).as("the sentences hold names to compare").isGreaterThan(6);
  }

  @Test
  void aModelOfAWiderBeamIsLeftToOpenNlp() throws Exception {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 5);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put("BeamSize", 3);
    List<NameSample> samples = List.of(
        new NameSample(new String[] {"Ann", "Lee", "called", "."}, new Span[] {new Span(0, 2, "person")}, true),
        new NameSample(new String[] {"Tom", "Baker", "called", "."}, new Span[] {new Span(0, 2, "person")}, true));
    TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
        new TokenNameFinderFactory());
    assertThat(model.getManifestProperty("BeamSize")).isEqualTo("3");
    assertThat(GreedyNameFinder.of(model)).isNull();
  }
}
