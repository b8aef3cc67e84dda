package org.foiapipeline.search;

import java.util.List;
import java.util.Map;

/**
 * One name of a batch lookup and what the index holds about the entity it means.
 *
 * @param name the name as given
 * @param givenState the state column as given, empty when none
 * @param status {@code found}, {@code ambiguous} or {@code not found}
 * @param id the canonical id when found, else empty
 * @param canonical the entity's display name when found, else empty
 * @param state the entity's USPS state when found (empty for federal agencies)
 * @param reason how the name was read, or why it is ambiguous or not found
 * @param candidates an ambiguous name's candidates, each with what the index holds about it; else empty
 * @param documents how many documents mention the entity
 * @param pages how many pages mention it
 * @param documentRefs the documents that mention it (id and path, with its pages there), most pages first,
 *     at most the batch's cap
 * @param contacts how many contacts it is a party to
 * @param firstContact earliest contact date (ISO), empty when none is dated
 * @param lastContact latest contact date (ISO), empty when none is dated
 * @param kinds contacts by kind, only kinds that occur
 */
public record LookupRow(
    String name,
    String givenState,
    String status,
    String id,
    String canonical,
    String state,
    String reason,
    List<Candidate> candidates,
    int documents,
    int pages,
    List<DocumentRef> documentRefs,
    int contacts,
    String firstContact,
    String lastContact,
    Map<String, Integer> kinds) {
  public LookupRow {
    candidates = List.copyOf(candidates);
    documentRefs = List.copyOf(documentRefs);
    kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
  }

  /** A document that mentions the entity, and on how many of its pages. */
  public record DocumentRef(String id, String path, int pages) {}

  /** One entity an ambiguous name could be, with its document and contact counts in this index. */
  public record Candidate(String id, String name, String state, int documents, int contacts) {}
}
