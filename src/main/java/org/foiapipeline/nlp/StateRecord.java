package org.foiapipeline.nlp;

/** A state, DC or territory: USPS code, two-digit FIPS and name. */
public record StateRecord(String code, String fips, String name) {
  public String id() {
    return "state:" + code;
  }
}
