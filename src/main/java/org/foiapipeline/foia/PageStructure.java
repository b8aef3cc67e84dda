package org.foiapipeline.foia;

import java.util.List;

/**
 * The FOIA structure of one page.
 *
 * @param bates Bates numbers printed on the page, as printed (e.g. {@code ICE-2017-FOIA-000123})
 * @param exemptions exemption codes normalised to {@code (b)(6)}, {@code (b)(7)(C)} form
 * @param emails printed email header blocks, in page order
 * @param dates every date on the page, in page order
 */
public record PageStructure(
    List<String> bates, List<String> exemptions, List<EmailMessage> emails, List<DateMention> dates) {
  public PageStructure {
    bates = List.copyOf(bates);
    exemptions = List.copyOf(exemptions);
    emails = List.copyOf(emails);
    dates = List.copyOf(dates);
  }

  public static final PageStructure NONE = new PageStructure(List.of(), List.of(), List.of(), List.of());
}
