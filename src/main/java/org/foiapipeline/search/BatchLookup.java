package org.foiapipeline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.PageEntities;
import org.foiapipeline.resolve.Entity;

/**
 * Checks a list of names against an index in one pass: every name is resolved ({@link NameResolver}), then one
 * query collects the pages of all the entities found (and of every candidate of an ambiguous name) and one
 * read collects the contacts; each row is assembled from those. The cost is one index pass per batch, not
 * one search per name. Not thread-safe (one batch at a time per instance is fine to share across calls).
 */
public final class BatchLookup {
  /** Default number of documents listed per name. */
  public static final int DEFAULT_MAX_DOCUMENTS = 20;

  private final IndexView view;
  private final NameResolver resolver;
  private final int maxDocuments;

  public BatchLookup(IndexView view, NameResolver resolver, int maxDocuments) {
    if (maxDocuments < 0) {
      throw new IllegalArgumentException("the number of documents listed per name must be 0 or more, got " + maxDocuments);
    }
    this.view = view;
    this.resolver = resolver;
    this.maxDocuments = maxDocuments;
  }

  /** A name to look up, with an optional state (USPS code or name; empty for none). */
  public record Query(String name, String state) {
    public Query {
      name = name == null ? "" : name;
      state = state == null ? "" : state.strip();
    }
  }

  /** One row per query, in the order given. */
  public List<LookupRow> lookup(List<Query> queries) throws IOException {
    // Each distinct name is resolved once; names are independent, so they are resolved in parallel.
    Map<String, Query> distinct = new LinkedHashMap<>();
    queries.forEach(q -> distinct.putIfAbsent(key(q), q));
    Map<String, NameResolution> cache = new java.util.concurrent.ConcurrentHashMap<>();
    distinct.entrySet().parallelStream()
        .forEach(e -> cache.put(e.getKey(), resolver.resolve(e.getValue().name(), e.getValue().state())));
    List<NameResolution> resolutions = new ArrayList<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (Query q : queries) {
      NameResolution r = cache.get(key(q));
      resolutions.add(r);
      if (r.entity() != null) {
        wanted.add(r.entity().id());
      }
      r.candidates().forEach(c -> wanted.add(c.id()));
    }
    Map<String, Tally> tallies = tally(wanted);
    List<LookupRow> rows = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      rows.add(row(queries.get(i), resolutions.get(i), tallies));
    }
    return rows;
  }

  private static String key(Query q) {
    return q.name().strip().toLowerCase(Locale.ROOT) + "\u0000" + q.state().toLowerCase(Locale.ROOT);
  }

  private Map<String, Tally> tally(Set<String> wanted) throws IOException {
    Map<String, Tally> tallies = new HashMap<>();
    wanted.forEach(id -> tallies.put(id, new Tally()));
    for (PageEntities page : view.pagesMentioningAny(wanted)) {
      for (String id : page.entities()) {
        Tally t = tallies.get(id);
        if (t != null) {
          t.page(page);
        }
      }
    }
    if (!wanted.isEmpty()) {
      for (ContactRow c : view.contacts(Filters.NONE)) {
        for (String party : Set.of(c.agency(), c.jurisdiction())) {
          Tally t = tallies.get(party);
          if (t != null) {
            t.contact(c);
          }
        }
      }
    }
    return tallies;
  }

  private LookupRow row(Query q, NameResolution r, Map<String, Tally> tallies) {
    List<LookupRow.Candidate> candidates = new ArrayList<>();
    for (Entity c : r.candidates()) {
      Tally t = tallies.get(c.id());
      candidates.add(new LookupRow.Candidate(c.id(), c.name(), c.state(), t.documents.size(), t.contacts));
    }
    Entity e = r.entity();
    Tally t = e == null ? new Tally() : tallies.get(e.id());
    return new LookupRow(
        q.name().strip(), q.state(), r.status().label(), e == null ? "" : e.id(), e == null ? "" : e.name(),
        e == null ? "" : e.state(), r.reason(), candidates, t.documents.size(), t.pages, t.refs(maxDocuments),
        t.contacts, t.first, t.last, t.kinds());
  }

  /** What the index holds about one entity, gathered while passing over pages and contacts. */
  private static final class Tally {
    final Map<String, LookupRow.DocumentRef> documents = new LinkedHashMap<>();
    final Map<String, Integer> kinds = new HashMap<>();
    int pages;
    int contacts;
    String first = "";
    String last = "";

    void page(PageEntities p) {
      pages++;
      LookupRow.DocumentRef old = documents.get(p.id());
      documents.put(p.id(), new LookupRow.DocumentRef(p.id(), p.path(), old == null ? 1 : old.pages() + 1));
    }

    void contact(ContactRow c) {
      contacts++;
      kinds.merge(c.kind(), 1, Integer::sum);
      if (!c.date().isEmpty()) {
        first = first.isEmpty() || c.date().compareTo(first) < 0 ? c.date() : first;
        last = last.isEmpty() || c.date().compareTo(last) > 0 ? c.date() : last;
      }
    }

    List<LookupRow.DocumentRef> refs(int max) {
      return documents.values().stream()
          .sorted((a, b) -> a.pages() != b.pages() ? Integer.compare(b.pages(), a.pages()) : a.path().compareTo(b.path()))
          .limit(max)
          .toList();
    }

    Map<String, Integer> kinds() {
      Map<String, Integer> out = new LinkedHashMap<>();
      for (ContactKind k : ContactKind.values()) {
        if (kinds.containsKey(k.label())) {
          out.put(k.label(), kinds.get(k.label()));
        }
      }
      return out;
    }
  }
}
