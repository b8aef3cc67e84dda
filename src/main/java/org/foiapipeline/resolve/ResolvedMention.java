package org.foiapipeline.resolve;

import java.util.List;
import org.foiapipeline.nlp.Mention;

/**
 * A mention on a page and what it resolved to.
 *
 * @param page 1-based page number
 * @param entityId the canonical id, or empty when unresolved
 * @param candidates the ids it could be when unresolved (e.g. every Washington County), else empty
 */
public record ResolvedMention(Mention mention, int page, String entityId, List<String> candidates) {
  public ResolvedMention {
    candidates = List.copyOf(candidates);
  }

  public boolean isResolved() {
    return !entityId.isEmpty();
  }
}
