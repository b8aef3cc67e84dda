package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * A composed document before layout: its blocks, the contacts it records, the exemption codes it prints,
 * and the page furniture (Bates numbers, page labels, fax header).
 *
 * @param kind the document kind, e.g. {@code email}
 * @param date the document's own date (sent, letter, signature date)
 * @param exemptions normalised codes such as {@code (b)(6)}, sorted, distinct
 */
record Draft(
    String kind,
    LocalDate date,
    List<Block> blocks,
    List<ContactInfo> contacts,
    List<String> exemptions,
    Furniture furniture) {
  Draft {
    blocks = List.copyOf(blocks);
    contacts = List.copyOf(contacts);
    exemptions = List.copyOf(exemptions);
  }

  /**
   * A contact the draft records; its page is where the token carrying its snippet lands.
   *
   * @param agency always an ICE id here ({@code agency:ice}): the generator records ICE contacts only
   * @param kind a {@link org.foiapipeline.contacts.ContactKind} label
   */
  record ContactInfo(String agency, String jurisdiction, LocalDate date, String kind, String snippet) {}

  /**
   * What every page carries besides its body.
   *
   * @param batesFormat a {@link String#format} pattern taking the Bates serial
   * @param pageLabel a pattern taking page number and page count, or null for none
   * @param faxHeader a pattern taking page number and page count, or null for none
   */
  record Furniture(String batesFormat, int batesStart, String pageLabel, String faxHeader, Style style) {}
}
