package org.foiapipeline.release;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What one page says about where a logical document starts or goes on.
 *
 * @param number 1-based page number in the file
 * @param label the printed page-of label ("Page 2 of 5", a bare "2", a fax header's "P.002/005"), if read
 * @param labelCount the N of "Page k of N", if printed
 * @param batesPrefix the Bates number without its serial, normalised; empty when none was read
 * @param batesSerial the Bates serial, if read
 * @param emailTop a printed email header block (From with Sent/To/Subject) opens the page
 * @param markerAbove an "Original Message" marker or separator rule stands right above that header block,
 *     so the block is a quoted older message of a chain that began earlier
 * @param endsWithMarker the page's body ends with such a marker: the next page continues the chain
 * @param heading the kind a heading at the top of the page announces ({@code letter}, {@code memo},
 *     {@code moa}, {@code minutes}, {@code table}), or empty
 * @param title the subject line or heading, for display
 */
public record PageCues(
    int number,
    OptionalInt label,
    OptionalInt labelCount,
    String batesPrefix,
    OptionalLong batesSerial,
    boolean emailTop,
    boolean markerAbove,
    boolean endsWithMarker,
    String heading,
    String title) {

  /** Whether the page's own label says it is the first page of something. */
  public boolean labelledFirst() {
    return label.isPresent() && label.getAsInt() == 1;
  }

  /** Whether the page's own label says it continues something. */
  public boolean labelledLater() {
    return label.isPresent() && label.getAsInt() > 1;
  }
}
