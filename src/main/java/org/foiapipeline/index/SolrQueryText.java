package org.foiapipeline.index;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.Analyzer;

/**
 * A query string made ready for the collection, where the page text is a pre-analysed field: Solr gives such a
 * field no multi-term analyzer, so wildcard, prefix, fuzzy, regexp and range terms would reach it as typed,
 * while the embedded parser lowercases and folds them ({@link Schema#analyzer()}'s normalisation). This does that
 * normalisation on the query string, in the same places the embedded parser does it, and leaves everything else
 * (phrases, plain terms, operators, field names, boosts) alone. A range over the page text itself is refused:
 * Solr would turn it into a range over every term. Stateless.
 */
final class SolrQueryText {
  /** Characters of the Lucene query syntax that a folded character must not turn into. */
  private static final String SYNTAX = "+-!():^[]\"{}~*?\\/&| ";
  /** Characters that end a bare term (besides whitespace). */
  private static final String TERM_END = "!():^[]\"{}~/";

  private final String q;
  private final Analyzer analyzer;
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> groups = new ArrayDeque<>();
  private String field;
  private int i;

  private SolrQueryText(String q, Analyzer analyzer) {
    this.q = q;
    this.analyzer = analyzer;
    groups.push(Schema.TEXT);
  }

  /**
   * The query with its multi-term terms normalised as the embedded parser normalises them.
   *
   * @throws IllegalArgumentException for a range over the page text
   */
  static String prepare(String query) {
    try (Analyzer analyzer = Schema.analyzer()) {
      return new SolrQueryText(query, analyzer).run();
    }
  }

  private String run() {
    while (i < q.length()) {
      char c = q.charAt(i);
      if (c == '"') {
        copyQuoted();
        field = null;
      } else if (c == '/') {
        regexp();
      } else if (c == '[' || c == '{') {
        range();
      } else if (c == '(') {
        groups.push(field == null ? groups.peek() : field);
        field = null;
        out.append(q.charAt(i++));
      } else if (c == ')') {
        groups.pop();
        if (groups.isEmpty()) {
          groups.push(Schema.TEXT);
        }
        out.append(q.charAt(i++));
      } else if (Character.isWhitespace(c) || TERM_END.indexOf(c) >= 0 || c == '+' || c == '-') {
        out.append(q.charAt(i++));
      } else {
        term();
      }
    }
    return out.toString();
  }

  private void copyQuoted() {
    int end = closing(i + 1, '"');
    out.append(q, i, end);
    i = end;
  }

  /** The index just past the unescaped {@code close} that ends what starts at {@code from}, or the end. */
  private int closing(int from, char close) {
    for (int j = from; j < q.length(); j++) {
      if (q.charAt(j) == '\\') {
        j++;
      } else if (q.charAt(j) == close) {
        return j + 1;
      }
    }
    return q.length();
  }

  private void regexp() {
    int end = closing(i + 1, '/');
    boolean closed = end <= q.length() && q.charAt(end - 1) == '/' && end - 1 > i;
    out.append('/').append(normalised(q.substring(i + 1, closed ? end - 1 : end), false));
    if (closed) {
      out.append('/');
    }
    i = end;
    field = null;
  }

  private void range() {
    int end = rangeEnd(i + 1);
    String target = field == null ? groups.peek() : field;
    if (Schema.TEXT.equals(target)) {
      throw new IllegalArgumentException("a range over the page text (" + q.substring(i, end)
          + ") cannot be searched in a Solr collection; search for its words, or filter dates with --from and --to");
    }
    for (String part : q.substring(i, end).split("(?<=\\s)|(?=\\s)")) {
      out.append(part.equals("TO") || part.isBlank() ? part : normalised(part, true));
    }
    i = end;
    field = null;
  }

  /** The index just past the {@code ]} or {@code }} that ends a range, outside its quoted terms, or the end. */
  private int rangeEnd(int from) {
    for (int j = from; j < q.length(); j++) {
      char c = q.charAt(j);
      if (c == '"') {
        j = closing(j + 1, '"') - 1;
      } else if (c == ']' || c == '}') {
        return j + 1;
      }
    }
    return q.length();
  }

  private void term() {
    int start = i;
    int wildcards = 0;
    boolean wildAtEnd = false;
    while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && TERM_END.indexOf(q.charAt(i)) < 0) {
      wildAtEnd = false;
      if (q.charAt(i) == '\\') {
        i++;
      } else if (q.charAt(i) == '*' || q.charAt(i) == '?') {
        wildcards++;
        wildAtEnd = q.charAt(i) == '*';
      }
      i = Math.min(i + 1, q.length());
    }
    String term = q.substring(start, i);
    boolean fieldName = i < q.length() && q.charAt(i) == ':';
    boolean fuzzy = i < q.length() && q.charAt(i) == '~';
    // A wildcard term keeps its escaped characters as typed, as the embedded parser's analyzeWildcard does;
    // a prefix (one trailing *) or fuzzy term is normalised whole.
    boolean prefix = wildcards == 1 && wildAtEnd;
    if (fieldName || (wildcards == 0 && !fuzzy)) {
      out.append(term);
    } else {
      out.append(normalised(term, true, wildcards > 0 && !prefix));
    }
    field = fieldName ? term : null;
  }

  /**
   * Each character lowercased and folded on its own, as the embedded parser's normalisation does; a character
   * that folds into query syntax is escaped, and in terms ({@code keepSyntax}) so are the syntax characters
   * the user typed left as they were.
   */
  private String normalised(String text, boolean keepSyntax) {
    return normalised(text, keepSyntax, false);
  }

  private String normalised(String text, boolean keepSyntax, boolean escapedAsTyped) {
    StringBuilder b = new StringBuilder(text.length());
    for (int j = 0; j < text.length(); j += Character.charCount(text.codePointAt(j))) {
      int cp = text.codePointAt(j);
      boolean escaped = false;
      if (cp == '\\' && keepSyntax && j + 1 < text.length()) {
        b.append('\\');
        j++;
        cp = text.codePointAt(j);
        escaped = true;
        if (escapedAsTyped) {
          b.appendCodePoint(cp);
          continue;
        }
      } else if (keepSyntax && cp < 128 && SYNTAX.indexOf(cp) >= 0) {
        b.appendCodePoint(cp);
        continue;
      }
      String one = new String(Character.toChars(cp));
      String folded = analyzer.normalize(Schema.TEXT, one).utf8ToString();
      for (int k = 0; k < folded.length(); k++) {
        char f = folded.charAt(k);
        if (!folded.equals(one) && SYNTAX.indexOf(f) >= 0 && !(escaped && k == 0)) {
          b.append('\\');
        }
        b.append(f);
      }
    }
    return b.toString();
  }
}
