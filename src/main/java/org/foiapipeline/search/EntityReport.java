package org.foiapipeline.search;

import java.util.List;
import org.foiapipeline.index.ContactRow;

/**
 * Everything the index knows about one entity.
 *
 * @param variants the ways it is written, most frequent first
 * @param pages where it is mentioned (document id, path, page)
 * @param documents how many documents mention it
 * @param related the entities most often mentioned on the same pages, with page counts
 * @param contacts its contacts, oldest first (a timeline)
 */
public record EntityReport(
    String id, String name, String type, String state, List<Count> variants, List<PageRef> pages, int documents,
    List<Count> related, List<ContactRow> contacts) {
  public record Count(String value, String name, int count) {}

  public record PageRef(String id, String path, int page) {}
}
