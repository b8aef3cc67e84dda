package org.foiapipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.foiapipeline.contacts.RuleContactFinder;
import org.foiapipeline.extract.Extractor;
import org.foiapipeline.extract.Extractors;
import org.foiapipeline.extract.Limits;
import org.foiapipeline.foia.FoiaStructureFinder;
import org.foiapipeline.nlp.CombinedRecognizer;
import org.foiapipeline.resolve.CatalogNames;
import org.foiapipeline.resolve.ContextResolver;
import org.foiapipeline.resolve.EntityCatalog;
import org.foiapipeline.resolve.EntityNames;

/** The real stages, wired from one configuration: what {@code foia ingest} runs. */
public record Stages(Extractor extractor, Annotator annotator, EntityNames names) {
  /**
   * @param modelFile the trained name-finder model; recognition runs on gazetteer and patterns alone when it
   *     does not exist
   */
  public static Stages standard(Limits limits, ExecutorService ocrPool, Path modelFile) throws IOException {
    EntityCatalog catalog = EntityCatalog.standard();
    Annotator annotator =
        new Annotator(
            new FoiaStructureFinder(),
            CombinedRecognizer.standard(modelFile),
            ContextResolver.standard(),
            new RuleContactFinder());
    return new Stages(Extractors.create(limits, ocrPool), annotator, new CatalogNames(catalog));
  }

  /**
   * Extraction and FOIA structure without recognition: pages are indexed and searchable, but name no entity
   * and give no contact. What the recognition benchmark compares against.
   */
  public static Stages withoutRecognition(Limits limits, ExecutorService ocrPool) {
    Annotator annotator =
        new Annotator(new FoiaStructureFinder(), text -> List.of(), ContextResolver.standard(), new RuleContactFinder());
    return new Stages(Extractors.create(limits, ocrPool), annotator, new CatalogNames(EntityCatalog.standard()));
  }
}
