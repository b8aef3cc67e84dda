package org.foiapipeline.http;

import java.util.List;
import java.util.Optional;
import org.foiapipeline.resolve.Entity;

/**
 * What the web app needs of the entity catalog: turning what a user typed ("Dakota County, NE", "ICE",
 * {@code county:31043}) into canonical entities. Implementations are thread-safe.
 */
public interface EntityDirectory {
  /** Entities a name or id may mean, best first; empty when none. */
  List<Entity> lookup(String nameOrId);

  /** The entity with this canonical id, if the directory knows it. */
  Optional<Entity> byId(String id);
}
