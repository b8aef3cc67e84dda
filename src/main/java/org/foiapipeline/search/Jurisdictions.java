package org.foiapipeline.search;

import java.util.List;
import java.util.stream.Collectors;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.resolve.Entity;
import org.foiapipeline.resolve.EntityCatalog;

/** Turns what a user types for a jurisdiction or an agency into canonical ids, the way the resolver would. */
public final class Jurisdictions {
  private final EntityCatalog catalog;

  public Jurisdictions(EntityCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The one entity a name means.
   *
   * @throws IllegalArgumentException when nothing matches, or several do (the message lists them by state)
   */
  public Entity one(String name) {
    List<Entity> found = catalog.lookup(name);
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "no county, place, state or agency is called \"" + name + "\": try a full name such as \"Dakota County, NE\" or an id such as county:31043");
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "\"" + name + "\" could be " + found.size() + " entities; add the state, e.g. \"" + name + ", "
              + found.get(0).state() + "\":\n" + describe(found));
    }
    return found.get(0);
  }

  /** A jurisdiction: a county, place or state, never an agency. */
  public String jurisdiction(String name) {
    Entity e = one(name);
    if (e.type() == EntityType.AGENCY) {
      throw new IllegalArgumentException("\"" + name + "\" is an agency (" + e.id() + "): use --agency");
    }
    return e.id();
  }

  public String agency(String name) {
    Entity e = one(name);
    if (e.type() != EntityType.AGENCY) {
      throw new IllegalArgumentException("\"" + name + "\" is not an agency but " + e.id() + ": use --jurisdiction");
    }
    return e.id();
  }

  public List<Entity> candidates(String name) {
    return catalog.lookup(name);
  }

  static String describe(List<Entity> found) {
    return found.stream().map(e -> "  " + e.id() + "  " + e.name()).collect(Collectors.joining("\n"));
  }
}
