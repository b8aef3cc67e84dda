package org.foiapipeline.release;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Splits the pages of a file into logical documents by page cues, strongest first:
 *
 * <ol>
 *   <li>the page's own label: "Page 2 of 5" continues, "Page 1 of N" (or a fax header's P.001) starts;
 *   <li>the previous page's label: "Page 3 of 5" promises a next page, "Page 5 of 5" ends its document;
 *   <li>a jump in the Bates sequence (withheld pages, or another production), unless it is one misread serial
 *       between two that run on;
 *   <li>a printed email header block opening the page, unless a separator or "Original Message" marker
 *       stands above it (here or at the foot of the previous page): then it is an older message of a chain;
 *   <li>a letterhead, memo, agreement, minutes or table heading opening the page.
 * </ol>
 *
 * A page without any of these continues the document before it. A file of one page, or one that shows no
 * cue, is one logical document. Stateless and thread-safe.
 */
public final class ReleaseSplitter {
  /** The segments of a file whose pages have these cues, in page order; empty for no pages. */
  public List<Segment> split(List<PageCues> pages) {
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= pages.size(); i++) {
      if (i == pages.size() || starts(pages, i)) {
        out.add(segment(pages, start, i));
        start = i;
      }
    }
    return out;
  }

  /** Whether page index {@code i} (0-based, not the first) starts a new logical document. */
  boolean starts(List<PageCues> pages, int i) {
    PageCues cur = pages.get(i);
    PageCues prev = pages.get(i - 1);
    if (cur.labelledLater()) {
      return false;
    }
    if (cur.labelledFirst()) {
      return true;
    }
    if (prev.label().isPresent() && prev.labelCount().isPresent()) {
      return prev.label().getAsInt() >= prev.labelCount().getAsInt();
    }
    if (batesJump(pages, i)) {
      return true;
    }
    if (cur.emailTop()) {
      return !cur.markerAbove() && !prev.endsWithMarker();
    }
    return !cur.heading().isEmpty();
  }

  private static boolean batesJump(List<PageCues> pages, int i) {
    OptionalLong prev = pages.get(i - 1).batesSerial();
    OptionalLong cur = pages.get(i).batesSerial();
    if (prev.isEmpty() || cur.isEmpty()) {
      return false;
    }
    if (!samePrefix(pages.get(i - 1).batesPrefix(), pages.get(i).batesPrefix())) {
      return true;
    }
    if (cur.getAsLong() == prev.getAsLong() + 1) {
      return false;
    }
    // one misread serial between two that run on is OCR noise, not a gap: on either side of it
    OptionalLong next = i + 1 < pages.size() ? pages.get(i + 1).batesSerial() : OptionalLong.empty();
    OptionalLong before = i >= 2 ? pages.get(i - 2).batesSerial() : OptionalLong.empty();
    boolean misreadHere = next.isPresent() && next.getAsLong() == prev.getAsLong() + 2;
    boolean misreadBefore = before.isPresent() && cur.getAsLong() == before.getAsLong() + 2;
    return !misreadHere && !misreadBefore;
  }

  /** Prefixes read the same up to OCR's usual confusions (1/I, 0/O, 5/S, 8/B) and one more edit. */
  static boolean samePrefix(String a, String b) {
    String x = ocrFold(a);
    String y = ocrFold(b);
    return x.equals(y) || (x.length() > 3 && SubjectKey.distance(x, y, 1) <= 1);
  }

  private static String ocrFold(String s) {
    return s.replace('1', 'I').replace('l', 'I').replace('0', 'O').replace('5', 'S').replace('8', 'B');
  }

  private static Segment segment(List<PageCues> pages, int from, int to) {
    PageCues first = pages.get(from);
    String kind = first.emailTop() ? "email" : first.heading().isEmpty() ? "document" : first.heading();
    return new Segment(first.number(), pages.get(to - 1).number(), kind, first.title());
  }
}
