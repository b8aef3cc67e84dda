package org.foiapipeline.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The near-duplicate units of an index and their groups, as the last regroup pass left them. A unit is what
 * near-duplicates are found between: a file that holds one document (its id is the file's id), or one
 * logical document of a merged release ({@code <fileid>:<start>-<end>}). A hit, a contact or a page belongs
 * to the unit whose pages hold it, so a letter released alone and again as pages 14-16 of a merged release
 * is one group. Immutable.
 */
public final class DuplicateUnits {
  private static final Pattern REF = Pattern.compile("(.+):(\\d+)-(\\d+)");

  /** No units: an index without near-duplicate data, or an engine that does not group. */
  public static final DuplicateUnits NONE = new DuplicateUnits(List.of());

  /**
   * One unit.
   *
   * @param id the file id, or {@code <fileid>:<start>-<end>}
   * @param docId the file it is in
   * @param start its first page (1 for a whole file)
   * @param end its last page ({@link Integer#MAX_VALUE} for a whole file: every page)
   * @param group its group id (the smallest unit id of the group; its own id when it has no near-duplicate)
   */
  public record Unit(String id, String docId, int start, int end, String group) {
    /** True when the unit is a whole file rather than a page range of one. */
    public boolean whole() {
      return id.equals(docId);
    }

    public boolean covers(int page) {
      return start <= page && page <= end;
    }
  }

  private final Map<String, List<Unit>> byDoc = new HashMap<>();
  private final Map<String, Unit> byId = new HashMap<>();
  private final Map<String, List<Unit>> byGroup = new HashMap<>();

  /** @param units every unit, grouped or not */
  public DuplicateUnits(Collection<Unit> units) {
    Map<String, List<Unit>> groups = new HashMap<>();
    for (Unit u : units) {
      byDoc.computeIfAbsent(u.docId(), k -> new ArrayList<>()).add(u);
      byId.put(u.id(), u);
      groups.computeIfAbsent(u.group(), k -> new ArrayList<>()).add(u);
    }
    byDoc.values().forEach(l -> l.sort(Comparator.comparingInt(Unit::start)));
    groups.forEach((g, members) -> {
      if (members.size() > 1) {
        members.sort(Comparator.comparing(Unit::id));
        byGroup.put(g, List.copyOf(members));
      }
    });
  }

  /** The unit id of pages {@code start}-{@code end} of a file of several logical documents. */
  public static String unitId(String docId, int start, int end) {
    return docId + ":" + start + "-" + end;
  }

  /**
   * A unit reference as a user types it: {@code ID:START-END}.
   *
   * @return the id part and the page range; empty when {@code ref} names no page range
   */
  public static Optional<Range> parse(String ref) {
    Matcher m = REF.matcher(ref.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(2));
    int end = Integer.parseInt(m.group(3));
    if (start < 1 || end < start) {
      throw new IllegalArgumentException("'" + ref + "': a page range must be START-END with 1 <= START <= END");
    }
    return Optional.of(new Range(m.group(1), start, end));
  }

  /** A document reference with a page range. */
  public record Range(String ref, int start, int end) {}

  /** The unit holding a page of a file; empty for a file the regroup pass has not seen. */
  public Optional<Unit> unitAt(String docId, int page) {
    List<Unit> units = byDoc.getOrDefault(docId, List.of());
    return units.stream().filter(u -> u.covers(page)).findFirst()
        .or(() -> units.size() == 1 ? Optional.of(units.get(0)) : Optional.empty());
  }

  /** The units of a file, by first page. */
  public List<Unit> units(String docId) {
    return List.copyOf(byDoc.getOrDefault(docId, List.of()));
  }

  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The group of the unit holding a page, or null when that unit has no near-duplicate. */
  public String groupAt(String docId, int page) {
    return unitAt(docId, page).map(Unit::group).filter(byGroup::containsKey).orElse(null);
  }

  /**
   * What stands for a page when copies are folded together: its unit's group, else its unit's id, else the
   * file id (a file the pass has not seen is one document).
   */
  public String keyAt(String docId, int page) {
    Optional<Unit> u = unitAt(docId, page);
    return u.map(x -> byGroup.containsKey(x.group()) ? x.group() : x.id()).orElse(docId);
  }

  /** The other units of a unit's group, by id; empty when it has no near-duplicate. */
  public List<Unit> copies(Unit unit) {
    return byGroup.getOrDefault(unit.group(), List.of()).stream().filter(u -> !u.id().equals(unit.id())).toList();
  }

  /** The group of a unit when it has near-duplicates, else null. */
  public String group(String unitId) {
    Unit u = byId.get(unitId);
    return u != null && byGroup.containsKey(u.group()) ? u.group() : null;
  }

  /** True when some file of {@code docIds} holds more than one unit. */
  public boolean anySplit(Collection<String> docIds) {
    return docIds.stream().anyMatch(id -> byDoc.getOrDefault(id, List.of()).size() > 1);
  }

  /** The files holding at least one unit that has a near-duplicate. */
  public java.util.Set<String> groupedFiles() {
    java.util.Set<String> out = new java.util.HashSet<>();
    byGroup.values().forEach(members -> members.forEach(u -> out.add(u.docId())));
    return out;
  }

  /** Units that have at least one near-duplicate. */
  public int grouped() {
    return byGroup.values().stream().mapToInt(List::size).sum();
  }
}
