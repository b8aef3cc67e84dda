package org.foiapipeline.dedup;

/**
 * What a document says about itself as a printed email chain: how many messages it prints, the Sent date of
 * the newest (the first printed) and how many messages it prints of that day. Two printings of one chain, the
 * later with one more message, share most of their text and every key of the shorter, yet are two documents;
 * a re-release of one printing prints the same newest message, however OCR read the older ones (a header OCR
 * lost further down changes the number of messages, not the newest day).
 *
 * @param messages printed messages (0: not known)
 * @param newest the newest message's date, ISO, or null when it was not read
 * @param newestDay how many printed messages carry the newest message's date (0 when it was not read)
 */
public record Printing(int messages, String newest, int newestDay) {
  /** Not an email chain, or nothing known: never tells two documents apart. */
  public static final Printing NONE = new Printing(0, null, 0);

  /**
   * True when the two are surely different printings: their newest messages have other dates or another number
   * of messages of that day, or (when a date was not read) they print another number of messages.
   */
  public boolean differs(Printing other) {
    if (newest != null && other.newest != null) {
      return !newest.equals(other.newest) || newestDay != other.newestDay;
    }
    return messages > 0 && other.messages > 0 && messages != other.messages;
  }
}
