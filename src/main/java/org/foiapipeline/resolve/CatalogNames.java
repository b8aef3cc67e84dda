package org.foiapipeline.resolve;


/** Entity names and states from the gazetteer's catalog. */
public final class CatalogNames implements EntityNames {
  private final EntityCatalog catalog;

  public CatalogNames(EntityCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name(String id) {
    return catalog.byId(id).map(Entity::name).orElse(id);
  }

  @Override
  public String state(String id) {
    return catalog.byId(id).map(Entity::state).orElseGet(() -> EntityNames.idsOnly().state(id));
  }
}
