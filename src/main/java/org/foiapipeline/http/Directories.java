package org.foiapipeline.http;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.resolve.CatalogNames;
import org.foiapipeline.resolve.Entity;
import org.foiapipeline.resolve.EntityCatalog;
import org.foiapipeline.resolve.EntityNames;

/** Factories for the entity directory the server uses. */
public final class Directories {
  /** The shape of a canonical entity id. */
  public static final Pattern ENTITY_ID =
      Pattern.compile("agency:[a-z0-9-]{1,40}|county:\\d{5}|place:[A-Z]{2}:[a-z0-9-]{1,80}|state:[A-Z]{2}");

  private Directories() {}

  /** The directory {@code foia serve} uses: the gazetteer's catalog, the same lookup as the CLI. */
  public static EntityDirectory standard() {
    EntityCatalog catalog = EntityCatalog.standard();
    return new EntityDirectory() {
      @Override
      public List<Entity> lookup(String nameOrId) {
        return catalog.lookup(nameOrId);
      }

      @Override
      public Optional<Entity> byId(String id) {
        return catalog.byId(id);
      }
    };
  }

  /** The display names {@code foia serve} uses. */
  public static EntityNames names() {
    return new CatalogNames(EntityCatalog.standard());
  }

  /** A directory that understands canonical ids (any well-formed one) and no names. */
  public static EntityDirectory idsOnly(EntityNames names) {
    return new EntityDirectory() {
      @Override
      public List<Entity> lookup(String nameOrId) {
        return byId(nameOrId.strip()).map(List::of).orElse(List.of());
      }

      @Override
      public Optional<Entity> byId(String id) {
        if (!ENTITY_ID.matcher(id).matches()) {
          return Optional.empty();
        }
        return Optional.of(new Entity(id, typeOf(id), names.name(id), names.state(id)));
      }
    };
  }

  /** The entity type a canonical id's prefix names. */
  public static EntityType typeOf(String id) {
    String prefix = id.substring(0, Math.max(0, id.indexOf(':')));
    return switch (prefix) {
      case "agency" -> EntityType.AGENCY;
      case "county" -> EntityType.COUNTY;
      case "place" -> EntityType.PLACE;
      case "state" -> EntityType.STATE;
      default -> throw new IllegalArgumentException("not an entity id: " + id);
    };
  }
}
