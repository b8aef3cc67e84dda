package org.foiapipeline.resolve;

import java.util.List;
import org.foiapipeline.nlp.Mention;

/**
 * Resolves every mention of one document, using the whole document as context (letterhead state, ZIP
 * codes, addresses, signatures, the other mentions). Thread-safe.
 */
public interface DocumentResolver {
  /**
   * @param pageTexts the text of each page, index 0 = page 1
   * @param mentions the mentions found on each page, same indexing
   * @return one resolved mention per input mention, in page order
   */
  List<ResolvedMention> resolve(List<String> pageTexts, List<List<Mention>> mentions);
}
