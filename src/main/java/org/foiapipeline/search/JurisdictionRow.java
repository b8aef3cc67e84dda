package org.foiapipeline.search;

import java.util.Map;

/**
 * One jurisdiction's line in the contact table.
 *
 * @param id canonical id, e.g. {@code county:31043}
 * @param fips the county FIPS code, empty for places and states
 * @param first earliest contact date (ISO), empty when no contact is dated
 * @param last latest contact date (ISO), empty when no contact is dated
 * @param kinds contact counts by kind
 * @param documents how many documents record a contact
 */
public record JurisdictionRow(
    String id, String name, String state, String fips, String first, String last, int contacts,
    Map<String, Integer> kinds, int documents) {}
