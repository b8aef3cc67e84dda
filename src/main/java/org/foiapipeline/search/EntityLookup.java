package org.foiapipeline.search;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.PageView;

/** Builds an entity's report from the index: variants, pages, related entities, contact timeline. */
public final class EntityLookup {
  /** Most pages listed in one report. */
  public static final int MAX_PAGES = 2_000;
  /** Related entities listed. */
  public static final int MAX_RELATED = 15;

  private final IndexReaderPort view;
  private final EntityNames names;

  public EntityLookup(IndexReaderPort view, EntityNames names) {
    this.view = view;
    this.names = names;
  }

  public EntityReport report(String id, String type) throws IOException {
    List<PageView> pages = view.pagesMentioning(id, MAX_PAGES);
    Map<String, Integer> variants = new HashMap<>();
    Map<String, Integer> related = new HashMap<>();
    Set<String> documents = new HashSet<>();
    List<EntityReport.PageRef> refs = new ArrayList<>();
    for (PageView page : pages) {
      refs.add(new EntityReport.PageRef(page.id(), page.path(), page.page()));
      documents.add(page.id());
      for (MentionJson m : mentions(page)) {
        if (id.equals(m.id())) {
          variants.merge(m.text().replaceAll("\\s+", " ").strip(), 1, Integer::sum);
        }
      }
      page.entities().stream().filter(e -> !e.equals(id)).forEach(e -> related.merge(e, 1, Integer::sum));
    }
    boolean agency = id.startsWith("agency:");
    Filters filter =
        new Filters(agency ? List.of(id) : List.of(), agency ? List.of() : List.of(id), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    List<ContactRow> contacts = view.contacts(filter);
    return new EntityReport(
        id, names.name(id), type, names.state(id), top(variants, Integer.MAX_VALUE), refs, documents.size(),
        top(related, MAX_RELATED), contacts);
  }

  private List<EntityReport.Count> top(Map<String, Integer> counts, int max) {
    return counts.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
        .limit(max)
        .map(e -> new EntityReport.Count(e.getKey(), names.name(e.getKey()), e.getValue()))
        .toList();
  }

  private static List<MentionJson> mentions(PageView page) throws IOException {
    if (page.mentionsJson() == null || page.mentionsJson().isEmpty()) {
      return List.of();
    }
    return Jsonl.MAPPER.readValue(page.mentionsJson(), new TypeReference<List<MentionJson>>() {});
  }

  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  record MentionJson(String id, String type, String text, int start, int end) {}
}
