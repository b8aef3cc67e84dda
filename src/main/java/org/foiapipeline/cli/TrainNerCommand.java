package org.foiapipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.nlp.AnnotatedSentence;
import org.foiapipeline.nlp.NerTrainer;
import org.foiapipeline.nlp.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code foia train-ner --train GOLD.jsonl --out models/ner-en-foia.bin}: trains the name finder on a gold
 * file (export records with per-page {@code text} and entity {@code variants}/{@code pages}) and writes the
 * model, its parameters ({@code .params.json}) and its held-out evaluation ({@code .eval.json}).
 */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = "Trains the OpenNLP name finder on a gold JSONL file with page text.")
public final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--train", required = true, paramLabel = "GOLD.jsonl", description = "Gold records with text.")
  Path train;

  @Option(names = "--out", defaultValue = "models/ner-en-foia.bin", paramLabel = "FILE",
      description = "Model file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--algorithm", defaultValue = "MAXENT", description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--cutoff", defaultValue = "1", description = "Feature cutoff (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(train)) {
      throw new IllegalArgumentException(train + ": no such gold file; make one with `foia corpus`");
    }
    List<AnnotatedSentence> sentences = TrainingSet.fromRecords(Jsonl.read(train));
    NerTrainer.Options options = new NerTrainer.Options(iterations, algorithm.toUpperCase(java.util.Locale.ROOT),
        cutoff, 10);
    NerTrainer.Result result = new NerTrainer().train(sentences, options);
    NerTrainer.write(result, out);
    NerTrainer.Report r = result.report();
    spec.commandLine().getOut().printf(
        "trained on %d sentences (%d held out), names %s, dropped %d%nheld-out precision %.3f recall %.3f F1 %.3f%n"
            + "wrote %s%n",
        r.trainSentences(), r.testSentences(), r.namesByType(), r.droppedNames(), r.precision(), r.recall(), r.f1(),
        out);
    return 0;
  }
}
