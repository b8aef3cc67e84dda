package org.foiapipeline.release;

import java.util.List;

/**
 * One email thread as a reader follows it: its messages once each, oldest first, and every printed copy of
 * the chain that holds them.
 *
 * @param id {@code thread:} and 12 hex digits
 * @param subject the subject of its first message, reply prefixes dropped
 * @param copies the logical documents (chains) that print it
 * @param messages distinct messages in date order; a message printed in several chains lists each place
 */
public record EmailThread(String id, String subject, List<Copy> copies, List<Message> messages) {
  public EmailThread {
    copies = List.copyOf(copies);
    messages = List.copyOf(messages);
  }

  /** A logical document printing the thread: file id, path and page range. */
  public record Copy(String document, String path, int start, int end) {}

  /**
   * One message.
   *
   * @param date ISO sent date, or null when it did not print or parse
   * @param at where it is printed, as {@code path p.N}, first the earliest copy
   */
  public record Message(String date, String from, List<String> to, String subject, List<String> at) {
    public Message {
      to = to == null ? List.of() : List.copyOf(to);
      at = List.copyOf(at);
    }
  }
}
