package org.foiapipeline.search;

import java.util.List;
import org.foiapipeline.resolve.Entity;

/**
 * What a name as a reporter writes it means.
 *
 * @param status {@link Status#FOUND} with its {@code entity}, {@link Status#AMBIGUOUS} with the {@code
 *     candidates} it could be (by state and name), or {@link Status#NOT_FOUND}
 * @param entity the entity when found, else null
 * @param candidates the entities an ambiguous name could be; empty otherwise
 * @param reason why a name is ambiguous or not found, and how it was read when found (empty when it matched a
 *     catalog name directly)
 */
public record NameResolution(Status status, Entity entity, List<Entity> candidates, String reason) {
  public NameResolution {
    candidates = List.copyOf(candidates);
    reason = reason == null ? "" : reason;
  }

  /** The outcome of resolving one name. */
  public enum Status {
    FOUND,
    AMBIGUOUS,
    NOT_FOUND;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  static NameResolution found(Entity e, String reason) {
    return new NameResolution(Status.FOUND, e, List.of(), reason);
  }

  static NameResolution ambiguous(List<Entity> candidates, String reason) {
    return new NameResolution(Status.AMBIGUOUS, null, candidates, reason);
  }

  static NameResolution notFound(String reason) {
    return new NameResolution(Status.NOT_FOUND, null, List.of(), reason);
  }
}
