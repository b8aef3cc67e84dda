package org.foiapipeline.resolve;

/**
 * Display names and states of canonical entity ids, so the index can store facets and export names without
 * knowing the gazetteer. Implementations are thread-safe.
 */
public interface EntityNames {
  /** The display name, e.g. "Dakota County, NE"; the id itself when unknown. */
  String name(String id);

  /** The USPS state code the entity lies in, empty for federal agencies and unknown ids. */
  String state(String id);

  /** Names from the ids alone: {@code place:TX:dallas} and {@code state:TX} know their state. */
  static EntityNames idsOnly() {
    return new EntityNames() {
      @Override
      public String name(String id) {
        return id;
      }

      @Override
      public String state(String id) {
        String[] parts = id.split(":");
        return (parts[0].equals("place") || parts[0].equals("state")) && parts.length > 1 ? parts[1] : "";
      }
    };
  }
}
