package org.foiapipeline.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well merged releases were split and their emails threaded; docs/QUALITY.md defines each number.
 *
 * @param releases gold files that list logical documents (and were matched to an output file)
 * @param boundaries start pages of logical documents other than page 1, matched exactly, per scan kind of
 *     the release ({@code digital, scanned, mixed}) and {@code all}
 * @param threadPairs pairs of email documents of one release that share a thread (pairwise precision and
 *     recall of the grouping)
 * @param messages gold printed messages found on their page with their date
 * @param dates logical documents whose start page and date both match
 * @param kinds logical documents whose start page and kind both match
 * @param boundaryMisses the first missed ({@code -}) and invented ({@code +}) boundaries
 */
public record ReleaseScore(
    int releases,
    Map<String, SetScore> boundaries,
    SetScore threadPairs,
    Accuracy messages,
    Accuracy dates,
    Accuracy kinds,
    List<String> boundaryMisses) {
  public ReleaseScore {
    boundaries = Collections.unmodifiableMap(new LinkedHashMap<>(boundaries));
    boundaryMisses = List.copyOf(boundaryMisses);
  }
}
