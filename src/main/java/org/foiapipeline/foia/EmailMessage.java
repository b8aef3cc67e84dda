package org.foiapipeline.foia;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One printed email message's header block, as found on a page.
 *
 * @param from the From line as printed (name and/or address)
 * @param to addresses or names of the To line
 * @param cc addresses or names of the Cc line
 * @param sent the Sent/Date line normalised to a date, when it parses
 * @param subject the Subject line without "RE:"/"FW:" prefixes removed (as printed)
 * @param start offset in the page text where the header block begins
 * @param end offset in the page text where the header block ends
 */
public record EmailMessage(
    String from, List<String> to, List<String> cc, Optional<LocalDate> sent, String subject, int start, int end) {
  public EmailMessage {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }
}
