package org.foiapipeline.nlp;

import java.util.List;

/**
 * What one gazetteer name stands for.
 *
 * @param type the kind of name
 * @param ids every canonical id the name can mean ("Washington County" → 31 counties)
 * @param acronym whether the name only counts when written in capitals (ICE, ERO, DHS)
 */
public record GazetteerEntry(EntityType type, List<String> ids, boolean acronym) {
  public GazetteerEntry {
    ids = List.copyOf(ids);
  }
}
