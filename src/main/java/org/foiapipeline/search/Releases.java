package org.foiapipeline.search;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foiapipeline.dedup.ReleaseDiff;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.PageView;

/**
 * Releases of one document in an index: finds a document by what a user types (id, id prefix or path),
 * lists its near-duplicate copies, and compares two releases.
 */
public final class Releases {
  /** Shortest id prefix accepted, so that a typo does not silently pick another document. */
  public static final int MIN_PREFIX = 6;

  private final IndexReaderPort view;

  public Releases(IndexReaderPort view) {
    this.view = view;
  }

  /** Two releases side by side and their word-level comparison. */
  public record Comparison(DocumentRecord first, DocumentRecord second, boolean sameGroup, ReleaseDiff.Result diff) {}

  /**
   * The document a user means: its full id, a unique id prefix of {@value #MIN_PREFIX}+ characters, or a path
   * it was ingested under.
   *
   * @throws IllegalArgumentException naming the reference when it matches no document or several
   */
  public DocumentRecord find(String ref) throws IOException {
    String r = ref.strip();
    String absolute = absolute(r);
    List<DocumentRecord> hits = new ArrayList<>();
    for (DocumentRecord d : view.records()) {
      boolean byId = d.id().equals(r) || (r.length() >= MIN_PREFIX && d.id().startsWith(r));
      List<String> paths = d.paths() == null ? List.of(d.path()) : d.paths();
      boolean byPath = d.path().equals(r) || paths.contains(r) || paths.contains(absolute);
      if (byId || byPath) {
        hits.add(d);
      }
    }
    if (hits.isEmpty()) {
      throw new IllegalArgumentException("no document '" + ref + "' in the index"
          + ": give a document id (or its first " + MIN_PREFIX + "+ characters) or a path as foia search shows it");
    }
    if (hits.size() > 1) {
      throw new IllegalArgumentException("'" + ref + "' matches " + hits.size() + " documents: give more of the id");
    }
    return hits.get(0);
  }

  private static String absolute(String path) {
    try {
      return Path.of(path).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return path;
    }
  }

  /** The other releases of a document (its near-duplicate group), by path; empty when it has none. */
  public List<DocumentRecord> copies(String id) throws IOException {
    Map<String, String> groups = view.duplicateGroups();
    String group = groups.get(id);
    if (group == null) {
      return List.of();
    }
    return view.records().stream().filter(d -> !d.id().equals(id) && group.equals(groups.get(d.id()))).toList();
  }

  /** Compares two documents given as references ({@link #find}). */
  public Comparison compare(String firstRef, String secondRef) throws IOException {
    DocumentRecord first = find(firstRef);
    DocumentRecord second = find(secondRef);
    Map<String, String> groups = view.duplicateGroups();
    boolean same = groups.containsKey(first.id()) && groups.get(first.id()).equals(groups.get(second.id()));
    ReleaseDiff.Result diff = new ReleaseDiff().compare(texts(first.id()), texts(second.id()));
    return new Comparison(first, second, same, diff);
  }

  private List<String> texts(String id) throws IOException {
    return view.pages(id).stream().map(PageView::text).map(t -> t == null ? "" : t).toList();
  }
}
