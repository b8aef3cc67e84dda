package org.foiapipeline.index;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Turns a user's query string and filters into a Lucene query over one kind of document. */
final class QueryBuilder {
  /** Longest query string accepted. */
  static final int MAX_QUERY_CHARS = 2_000;

  private QueryBuilder() {}

  /**
   * Parses Lucene query syntax against the page text.
   *
   * @throws IllegalArgumentException with a message that points at the problem
   */
  static Query parse(String query) {
    if (query == null || query.isBlank() || query.strip().equals("*")) {
      return new MatchAllDocsQuery();
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("query is " + query.length() + " characters; the limit is " + MAX_QUERY_CHARS);
    }
    QueryParser parser = new QueryParser(Schema.TEXT, Schema.analyzer());
    parser.setAllowLeadingWildcard(false);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad query syntax: " + firstLine(e.getMessage())
          + " (quote phrases with \"...\", escape special characters such as ( ) : with \\)");
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("query expands to too many terms; make wildcards more specific");
    }
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.split("\n")[0];
    return line.replace("Cannot parse '", "cannot parse '");
  }

  static Query pages(Query text, Filters f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
    b.add(term(Schema.KIND, Schema.KIND_PAGE), Occur.FILTER);
    anyOf(b, Schema.ENTITY, f.agencies());
    anyOf(b, Schema.ENTITY, f.jurisdictions());
    f.state().ifPresent(s -> b.add(term(Schema.STATE, s), Occur.FILTER));
    f.kind().ifPresent(k -> b.add(term(Schema.CONTACT_KIND, k), Occur.FILTER));
    f.exemption().ifPresent(e -> b.add(term(Schema.EXEMPTION, e), Occur.FILTER));
    f.redactedAbove().ifPresent(share -> b.add(
        org.apache.lucene.document.DoublePoint.newRangeQuery(
            Schema.REDACTED_SHARE, Math.nextUp(share), Double.POSITIVE_INFINITY), Occur.FILTER));
    dates(b, f);
    return b.build();
  }

  static Query contacts(Filters f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(term(Schema.KIND, Schema.KIND_CONTACT), Occur.FILTER);
    anyOf(b, Schema.AGENCY, f.agencies());
    anyOf(b, Schema.JURISDICTION, f.jurisdictions());
    f.state().ifPresent(s -> b.add(term(Schema.STATE, s), Occur.FILTER));
    f.kind().ifPresent(k -> b.add(term(Schema.CONTACT_KIND, k), Occur.FILTER));
    dates(b, f);
    return b.build();
  }

  static TermQuery term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(term(field, v), Occur.SHOULD));
    b.add(any.build(), Occur.FILTER);
  }

  private static void dates(BooleanQuery.Builder b, Filters f) {
    if (f.from().isPresent() || f.to().isPresent()) {
      long lo = f.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long hi = f.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery(Schema.DATE_DAY, lo, hi), Occur.FILTER);
    }
  }
}
