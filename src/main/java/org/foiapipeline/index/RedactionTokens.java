package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Puts a token for each redaction box into a page's analysed text, where the box stands: {@code redacted},
 * with {@code redacted_b6}, {@code redacted_b7c} ... stacked on it for the exemption codes printed beside the
 * box. The box is a wall for phrases: its tokens stand twice, at either side of a gap of {@link #GAP}
 * positions, so {@code "Sheriff John"} (or {@code "Sheriff John"~20}) never matches across a box, while
 * {@code "Sheriff redacted"} and {@code "redacted John"} do. Marker tokens carry the offsets of the label
 * printed beside the box, so that a search for {@code redacted_b6} highlights it.
 */
final class RedactionTokens extends TokenFilter {
  /** Token every redaction box becomes. */
  static final String REDACTED = "redacted";
  /** Positions between the two sides of a box: a proximity query with a smaller slop never spans it. */
  static final int GAP = 50;

  /**
   * A box's place in the text, its exemption codes as normalised ({@code (b)(6)}), and the text its tokens
   * highlight: the printed label, or the character at the box's place when there is none.
   */
  record Marker(int offset, List<String> codes, int start, int end) {}

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final List<Marker> markers;
  private final List<String[]> pending = new ArrayList<>();
  private int next;
  private State held;
  private int heldIncrement;
  /** Where the held-back token starts: marker tokens before it may not start later (offsets never go back). */
  private int heldStart = Integer.MAX_VALUE;
  private boolean exhausted;
  private int lastStart;

  RedactionTokens(TokenStream in, List<Marker> markers) {
    super(in);
    this.markers = List.copyOf(markers);
  }

  /** The token a code becomes: {@code (b)(7)(C)} → {@code redacted_b7c}. */
  static String token(String code) {
    return REDACTED + "_" + code.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      return emitPending();
    }
    if (held != null) {
      restoreState(held);
      increment.setPositionIncrement(heldIncrement);
      held = null;
      heldStart = Integer.MAX_VALUE;
      lastStart = offsets.startOffset();
      return true;
    }
    if (!exhausted && input.incrementToken()) {
      if (next < markers.size() && offsets.startOffset() >= markers.get(next).offset()) {
        held = captureState();
        heldIncrement = increment.getPositionIncrement();
        heldStart = offsets.startOffset();
        queueMarkers(offsets.startOffset());
        return emitPending();
      }
      lastStart = offsets.startOffset();
      return true;
    }
    exhausted = true;
    if (next < markers.size()) {
      queueMarkers(Integer.MAX_VALUE);
      return emitPending();
    }
    return false;
  }

  /**
   * Queues both sides of every box standing before {@code before}: side one at the next position, side two
   * {@link #GAP} positions on; the token held back then follows the last side two directly.
   */
  private void queueMarkers(int before) {
    while (next < markers.size() && markers.get(next).offset() <= before) {
      Marker m = markers.get(next++);
      for (int side = 0; side < 2; side++) {
        int inc = side == 0 ? 1 : GAP;
        String start = Integer.toString(m.start());
        String end = Integer.toString(m.end());
        pending.add(new String[] {REDACTED, Integer.toString(inc), start, end});
        for (String code : m.codes()) {
          pending.add(new String[] {token(code), "0", start, end});
        }
      }
    }
    if (held != null) {
      heldIncrement = 1;
    }
  }

  private boolean emitPending() {
    String[] t = pending.remove(0);
    clearAttributes();
    term.setEmpty().append(t[0]);
    increment.setPositionIncrement(Integer.parseInt(t[1]));
    length.setPositionLength(1);
    type.setType("redaction");
    // a label printed after the box can start beyond the next word (OCR rows): clamp to that word's start
    int at = Math.max(lastStart, Math.min(Integer.parseInt(t[2]), heldStart));
    offsets.setOffset(at, Math.max(at, Integer.parseInt(t[3])));
    lastStart = at;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    next = 0;
    held = null;
    heldStart = Integer.MAX_VALUE;
    exhausted = false;
    lastStart = 0;
  }
}
