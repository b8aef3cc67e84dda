package org.foiapipeline.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The Solr form of {@link QueryBuilder}: the user's query string (the same Lucene syntax, parsed by Solr's
 * {@code lucene} parser with the same default field, AND and whitespace splitting) and the filters as
 * {@code fq} clauses, which, like Lucene's FILTER clauses, do not change scores.
 */
final class SolrQueries {
  private SolrQueries() {}

  /**
   * The query string to send; checked first with the embedded parser, so a bad query fails with the same
   * message on both engines. Wildcard, fuzzy, regexp and range terms are normalised as the embedded parser
   * normalises them ({@link SolrQueryText}).
   *
   * @throws IllegalArgumentException with a message that points at the problem
   */
  static String text(String query) {
    QueryBuilder.parse(query);
    return query == null || query.isBlank() || query.strip().equals("*") ? "*:*" : SolrQueryText.prepare(query);
  }

  static List<String> pages(Filters f) {
    List<String> fq = new ArrayList<>();
    fq.add(term(Schema.KIND, Schema.KIND_PAGE));
    anyOf(fq, Schema.ENTITY, f.agencies());
    anyOf(fq, Schema.ENTITY, f.jurisdictions());
    f.state().ifPresent(s -> fq.add(term(Schema.STATE, s)));
    f.kind().ifPresent(k -> fq.add(term(Schema.CONTACT_KIND, k)));
    f.exemption().ifPresent(e -> fq.add(term(Schema.EXEMPTION, e)));
    dates(fq, f);
    return fq;
  }

  static List<String> contacts(Filters f) {
    List<String> fq = new ArrayList<>();
    fq.add(term(Schema.KIND, Schema.KIND_CONTACT));
    anyOf(fq, Schema.AGENCY, f.agencies());
    anyOf(fq, Schema.JURISDICTION, f.jurisdictions());
    f.state().ifPresent(s -> fq.add(term(Schema.STATE, s)));
    f.kind().ifPresent(k -> fq.add(term(Schema.CONTACT_KIND, k)));
    dates(fq, f);
    return fq;
  }

  /** An exact match on a string field, whatever characters the value holds. */
  static String term(String field, String value) {
    return field + ":" + ClientUtils.escapeQueryChars(value);
  }

  private static void anyOf(List<String> fq, String field, List<String> values) {
    if (!values.isEmpty()) {
      List<String> terms = values.stream().map(v -> term(field, v)).toList();
      fq.add("(" + String.join(" OR ", terms) + ")");
    }
  }

  private static void dates(List<String> fq, Filters f) {
    if (f.from().isPresent() || f.to().isPresent()) {
      String lo = f.from().map(d -> Long.toString(d.toEpochDay())).orElse("*");
      String hi = f.to().map(d -> Long.toString(d.toEpochDay())).orElse("*");
      fq.add(SolrFields.numberField(Schema.DATE_DAY, 0L) + ":[" + lo + " TO " + hi + "]");
    }
  }
}
