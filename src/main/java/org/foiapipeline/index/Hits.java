package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Ranked page hits of one query, with highlighted snippets, optionally grouped by document. */
final class Hits {
  /** Longest snippet, in characters. */
  static final int SNIPPET_CHARS = 300;

  private final IndexSearcher searcher;
  private final Query query;

  Hits(IndexSearcher searcher, Query query) {
    this.searcher = searcher;
    this.query = query;
  }

  long total() throws IOException {
    return searcher.count(query);
  }

  List<SearchHit> window(int limit, int offset) throws IOException {
    TopDocs top = searcher.search(query, offset + limit);
    ScoreDoc[] all = top.scoreDocs;
    List<ScoreDoc> window = new ArrayList<>();
    for (int i = offset; i < all.length; i++) {
      window.add(all[i]);
    }
    return toHits(window);
  }

  /** The best page of each document, ranked by that page's score. */
  List<SearchHit> bestPerDocument(int limit, int offset) throws IOException {
    int fetch = fetchForGrouping(offset + limit);
    TopDocs top = searcher.search(query, fetch);
    Set<String> seen = new LinkedHashSet<>();
    List<ScoreDoc> best = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      if (seen.add(DocIds.of(searcher, hit.doc)) && seen.size() > offset) {
        best.add(hit);
        if (best.size() == limit) {
          break;
        }
      }
    }
    return toHits(best);
  }

  /** Ranked pages read to find the best page of {@code wanted} documents. */
  static int fetchForGrouping(int wanted) {
    return Math.min(IndexView.MAX_WINDOW * 10, Math.max(wanted * 20, 200));
  }

  private List<SearchHit> toHits(List<ScoreDoc> docs) throws IOException {
    String[] snippets = snippets(docs);
    List<SearchHit> hits = new ArrayList<>();
    var stored = searcher.storedFields();
    for (int i = 0; i < docs.size(); i++) {
      Document d = stored.document(docs.get(i).doc, Set.of(Schema.DOC_ID, Schema.PATH, Schema.PAGE));
      float score = Float.isNaN(docs.get(i).score) ? 0f : docs.get(i).score;
      hits.add(new SearchHit(d.get(Schema.DOC_ID), d.get(Schema.PATH), d.getField(Schema.PAGE).numericValue().intValue(), score, snippets[i]));
    }
    return hits;
  }

  /**
   * A highlighted passage as shown: an empty highlight dropped (a redaction without a label highlights the
   * space where it stands), a highlight that opens a parenthesis closing it ("287(g)", not "287(g" then ")"),
   * whitespace collapsed, capped ({@link #cap}). Empty for none.
   */
  static String tidy(String passage) {
    if (passage == null) {
      return "";
    }
    String s = passage.replaceAll("<b>(\\s?)</b>", "$1")
        .replaceAll("<b>([^<()]*\\([^<()]*)</b>\\)", "<b>$1)</b>")
        .replaceAll("\\s+", " ")
        .strip();
    return cap(s);
  }

  /** Caps a snippet without cutting a tag or an entity in half, closing an open highlight. */
  static String cap(String s) {
    int max = SNIPPET_CHARS * 2;
    if (s.length() <= max) {
      return s;
    }
    int cut = max;
    int tag = s.lastIndexOf('<', cut);
    if (tag > s.lastIndexOf('>', cut - 1)) {
      cut = tag;
    }
    int amp = s.lastIndexOf('&', cut);
    if (amp > s.lastIndexOf(';', cut - 1)) {
      cut = amp;
    }
    String head = s.substring(0, cut);
    boolean open = head.lastIndexOf("<b>") > head.lastIndexOf("</b>");
    return head + (open ? "</b>" : "") + " …";
  }

  private String[] snippets(List<ScoreDoc> docs) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, Schema.analyzer())
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxLength(1_000_000)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS / 2, 0.5f))
            .build();
    int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
    int[] passages = new int[] {2};
    String[] out =
        highlighter.highlightFields(new String[] {Schema.TEXT}, query, ids, passages).get(Schema.TEXT);
    String[] snippets = new String[docs.size()];
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = tidy(out == null ? null : out[i]);
    }
    return snippets;
  }
}
