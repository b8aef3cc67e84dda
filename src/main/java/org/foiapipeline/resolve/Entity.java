package org.foiapipeline.resolve;

import org.foiapipeline.nlp.EntityType;

/**
 * A canonical entity.
 *
 * @param id {@code county:31043}, {@code place:ND:dickinson}, {@code state:TX}, {@code agency:ice}
 * @param type its kind
 * @param name its display name, e.g. "Dakota County, NE"
 * @param state the USPS state code, empty for federal agencies
 */
public record Entity(String id, EntityType type, String name, String state) {}
