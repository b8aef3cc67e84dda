package org.foiapipeline.index;

import java.util.List;

/**
 * The resolved entities of one indexed page, without its text: what batch lookups aggregate.
 *
 * @param id the document id
 * @param path the document's path
 * @param page 1-based page number
 * @param entities canonical ids resolved on the page
 */
public record PageEntities(String id, String path, int page, List<String> entities) {
  public PageEntities {
    entities = List.copyOf(entities);
  }
}
