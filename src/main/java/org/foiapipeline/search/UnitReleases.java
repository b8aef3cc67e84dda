package org.foiapipeline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foiapipeline.dedup.PageAlignment;
import org.foiapipeline.dedup.ReleaseDiff;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.index.DuplicateUnits;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.PageView;

/**
 * Releases of one document at the level of pages: a document may be a whole file or a page range of a merged
 * release ({@code ID:START-END}); two copies are compared page by page after their pages are aligned
 * ({@link PageAlignment}), and a page knows which pages of other releases are its copies. Computed at query
 * time from the stored page signatures: only the pages of the units involved are read.
 */
public final class UnitReleases {
  private final IndexReaderPort view;
  private final Releases releases;

  public UnitReleases(IndexReaderPort view) {
    this.view = view;
    this.releases = new Releases(view);
  }

  /** A release, or pages {@code start}-{@code end} of one (the whole file: 1 to its page count). */
  public record Part(DocumentRecord record, int start, int end) {
    public boolean whole() {
      return start == 1 && end == record.pages();
    }

    /** How a user names it: the id, with the page range when it is not the whole file. */
    public String ref() {
      return whole() ? record.id() : DuplicateUnits.unitId(record.id(), start, end);
    }
  }

  /** Page {@code first} of the first part is a copy of page {@code second} of the second. */
  public record AlignedPage(int first, int second, double similarity) {}

  /** Two parts, whether they are one near-duplicate group, their aligned pages and their word-level diff. */
  public record Comparison(Part first, Part second, boolean sameGroup, List<AlignedPage> pages, ReleaseDiff.Result diff) {
    public Comparison {
      pages = List.copyOf(pages);
    }
  }

  /**
   * A copy of a page in another release.
   *
   * @param unit the unit holding the copy (its file id, or {@code <id>:<start>-<end>})
   */
  public record PageCopy(String id, String path, int page, String unit, double similarity) {}

  /**
   * The part a user means: a reference as {@link Releases#find} takes it, optionally followed by
   * {@code :START-END}.
   *
   * @throws IllegalArgumentException when the document is unknown or the range lies outside it
   */
  public Part find(String ref) throws IOException {
    Optional<DuplicateUnits.Range> range = DuplicateUnits.parse(ref);
    if (range.isEmpty()) {
      DocumentRecord r = releases.find(ref);
      return new Part(r, 1, Math.max(1, r.pages()));
    }
    DocumentRecord r = releases.find(range.get().ref());
    if (range.get().end() > r.pages()) {
      throw new IllegalArgumentException("'" + ref + "': " + r.path() + " has " + r.pages() + " pages");
    }
    return new Part(r, range.get().start(), range.get().end());
  }

  /** Compares two parts ({@link #find}) page by page, the second's pages in the order of the pages they copy. */
  public Comparison compare(String firstRef, String secondRef) throws IOException {
    Part a = find(firstRef);
    Part b = find(secondRef);
    List<Integer> aPages = numbers(a);
    List<Integer> bPages = numbers(b);
    List<AlignedPage> aligned = align(a.record().id(), aPages, b.record().id(), bPages);
    List<Integer> bOrder = order(bPages, aPages, aligned);
    Map<Integer, String> aText = texts(a.record().id());
    Map<Integer, String> bText = texts(b.record().id());
    ReleaseDiff.Result diff = new ReleaseDiff().compare(aPages.stream().map(p -> aText.getOrDefault(p, "")).toList(),
        aPages, bOrder.stream().map(p -> bText.getOrDefault(p, "")).toList(), bOrder);
    return new Comparison(a, b, sameGroup(a, b), aligned, diff);
  }

  /**
   * The copies of a page in the other releases of its unit's near-duplicate group, best match first; empty
   * when its unit has no near-duplicate or no page of a copy is similar enough.
   */
  public List<PageCopy> pageCopies(String id, int page) throws IOException {
    DuplicateUnits units = view.duplicateUnits();
    Optional<DuplicateUnits.Unit> unit = units.unitAt(id, page);
    if (unit.isEmpty()) {
      return List.of();
    }
    Map<Integer, Signature> own = view.pageSignatures(id);
    List<Integer> ownPages = inUnit(own, unit.get());
    List<PageCopy> out = new ArrayList<>();
    for (DuplicateUnits.Unit copy : units.copies(unit.get())) {
      Map<Integer, Signature> theirs = view.pageSignatures(copy.docId());
      List<Integer> theirPages = inUnit(theirs, copy);
      for (AlignedPage m : align(own, ownPages, theirs, theirPages)) {
        if (m.first() == page) {
          out.add(new PageCopy(copy.docId(), path(copy.docId()), m.second(), copy.id(), m.similarity()));
        }
      }
    }
    out.sort(Comparator.comparingDouble(PageCopy::similarity).reversed());
    return out;
  }

  /**
   * The near-duplicates of each part of a document: for a file of one document its copies (files, or page
   * ranges of merged releases), for a merged release those of each logical document that has any.
   *
   * @return part (as {@link Part#ref}-style unit id) to its copies, each as {@code (record, start, end)}, in
   *     page order of the document's parts
   */
  public Map<String, List<Part>> unitCopies(String id) throws IOException {
    DuplicateUnits units = view.duplicateUnits();
    Map<String, List<Part>> out = new java.util.LinkedHashMap<>();
    for (DuplicateUnits.Unit unit : units.units(id)) {
      List<Part> copies = new ArrayList<>();
      for (DuplicateUnits.Unit copy : units.copies(unit)) {
        Optional<DocumentRecord> r = view.record(copy.docId());
        if (r.isPresent()) {
          copies.add(new Part(r.get(), copy.start(), Math.min(copy.end(), Math.max(1, r.get().pages()))));
        }
      }
      if (!copies.isEmpty()) {
        out.put(unit.id(), copies);
      }
    }
    return out;
  }

  private String path(String id) throws IOException {
    return view.record(id).map(DocumentRecord::path).orElse(id);
  }

  private boolean sameGroup(Part a, Part b) throws IOException {
    String ga = group(a);
    return ga != null && ga.equals(group(b));
  }

  /** A whole file's group is its file-level group; a page range's is that of the unit holding its first page. */
  private String group(Part p) throws IOException {
    if (p.whole()) {
      return view.duplicateGroups().get(p.record().id());
    }
    return view.duplicateUnits().groupAt(p.record().id(), p.start());
  }

  private List<AlignedPage> align(String aId, List<Integer> aPages, String bId, List<Integer> bPages) throws IOException {
    return align(view.pageSignatures(aId), aPages, view.pageSignatures(bId), bPages);
  }

  private static List<AlignedPage> align(Map<Integer, Signature> a, List<Integer> aPages, Map<Integer, Signature> b,
      List<Integer> bPages) {
    List<Signature> as = aPages.stream().map(p -> a.getOrDefault(p, Signature.empty())).toList();
    List<Signature> bs = bPages.stream().map(p -> b.getOrDefault(p, Signature.empty())).toList();
    return PageAlignment.align(as, bs).stream()
        .map(m -> new AlignedPage(aPages.get(m.first()), bPages.get(m.second()), m.similarity())).toList();
  }

  /**
   * The second part's pages in the order of the first part's pages they copy; a page without a counterpart
   * (a cover page, a withheld page) stays right after the page it followed.
   */
  static List<Integer> order(List<Integer> bPages, List<Integer> aPages, List<AlignedPage> aligned) {
    Map<Integer, Double> key = new HashMap<>();
    aligned.forEach(m -> key.put(m.second(), (double) aPages.indexOf(m.first())));
    double previous = -1;
    Map<Integer, Double> keys = new HashMap<>();
    for (int p : bPages) {
      previous = key.containsKey(p) ? key.get(p) : previous + 1e-3;
      keys.put(p, previous);
    }
    List<Integer> out = new ArrayList<>(bPages);
    out.sort(Comparator.comparingDouble(keys::get));
    return out;
  }

  private static List<Integer> inUnit(Map<Integer, Signature> pages, DuplicateUnits.Unit unit) {
    return pages.keySet().stream().filter(unit::covers).sorted().toList();
  }

  private static List<Integer> numbers(Part p) {
    return java.util.stream.IntStream.rangeClosed(p.start(), p.end()).boxed().toList();
  }

  private Map<Integer, String> texts(String id) throws IOException {
    Map<Integer, String> out = new HashMap<>();
    for (PageView p : view.pages(id)) {
      out.put(p.page(), p.text() == null ? "" : p.text());
    }
    return out;
  }
}
