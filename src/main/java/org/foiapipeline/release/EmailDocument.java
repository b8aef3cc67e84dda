package org.foiapipeline.release;

import java.util.Set;

/**
 * What thread grouping needs of one printed email document (a chain, or a single message).
 *
 * @param subjectKey its top message's {@link SubjectKey}
 * @param participants name and address words of every From, To and Cc line, lowercased, redaction codes left
 *     out
 * @param signatures one per printed message: its sent date and the sender's first name word, when both are
 *     printed; a message quoted in two chains gives both the same signature
 */
public record EmailDocument(String subjectKey, Set<String> participants, Set<String> signatures) {
  public EmailDocument {
    participants = Set.copyOf(participants);
    signatures = Set.copyOf(signatures);
  }

}
