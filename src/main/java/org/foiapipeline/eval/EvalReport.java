package org.foiapipeline.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of one scoring run; docs/QUALITY.md defines each. Serialises to JSON as is.
 *
 * @param documents how gold and output documents were paired
 * @param entities per entity type ({@code agency, county, place, state, person}, any other type seen, and
 *     {@code all} pooling them), e.g. {@code report.entities().get("county").f1()}
 * @param entitiesByKind the same per gold document scan kind ({@code digital, scanned, mixed})
 * @param entityMisses per entity type, the first false negatives and false positives
 * @param contacts contact pairs, kinds and dates
 * @param exemptions exemption codes per document; recall is the headline number
 * @param bates Bates numbers per document; recall is the headline number
 * @param ocr character and word error rates of page text
 * @param dates document date accuracy over all gold documents
 * @param dateMisses the first wrong document dates
 * @param redactions gold redaction boxes found, placed in the text as tokens, and with their codes
 * @param duplicates near-duplicate groups scored pairwise (vacuous when gold has no {@code duplicate_group})
 * @param unitDuplicates the same over units: files of one document and logical documents of merged releases
 */
public record EvalReport(
    Matching documents,
    Map<String, SetScore> entities,
    Map<String, Map<String, SetScore>> entitiesByKind,
    Map<String, Misses> entityMisses,
    ContactScore contacts,
    SetScore exemptions,
    Misses exemptionMisses,
    SetScore bates,
    Misses batesMisses,
    OcrScore ocr,
    Accuracy dates,
    List<String> dateMisses,
    RedactionScore redactions,
    DuplicateScore duplicates,
    DuplicateScore unitDuplicates) {
  public EvalReport {
    entities = ordered(entities);
    entitiesByKind = ordered(entitiesByKind);
    entityMisses = ordered(entityMisses);
    dateMisses = List.copyOf(dateMisses);
    redactions = redactions == null ? new RedactionScore(Map.of()) : redactions;
    duplicates = duplicates == null
        ? new DuplicateScore(SetScore.of(0, 0, 0), SetScore.of(0, 0, 0), 0, 0, List.of())
        : duplicates;
    unitDuplicates = unitDuplicates == null
        ? new DuplicateScore(SetScore.of(0, 0, 0), SetScore.of(0, 0, 0), 0, 0, List.of())
        : unitDuplicates;
  }

  /** A report without unit-level near-duplicate scores. */
  public EvalReport(
      Matching documents, Map<String, SetScore> entities, Map<String, Map<String, SetScore>> entitiesByKind,
      Map<String, Misses> entityMisses, ContactScore contacts, SetScore exemptions, Misses exemptionMisses,
      SetScore bates, Misses batesMisses, OcrScore ocr, Accuracy dates, List<String> dateMisses,
      RedactionScore redactions, DuplicateScore duplicates) {
    this(documents, entities, entitiesByKind, entityMisses, contacts, exemptions, exemptionMisses, bates, batesMisses,
        ocr, dates, dateMisses, redactions, duplicates, null);
  }

  /** A report without redaction scores. */
  public EvalReport(
      Matching documents, Map<String, SetScore> entities, Map<String, Map<String, SetScore>> entitiesByKind,
      Map<String, Misses> entityMisses, ContactScore contacts, SetScore exemptions, Misses exemptionMisses,
      SetScore bates, Misses batesMisses, OcrScore ocr, Accuracy dates, List<String> dateMisses) {
    this(documents, entities, entitiesByKind, entityMisses, contacts, exemptions, exemptionMisses, bates, batesMisses,
        ocr, dates, dateMisses, null, null, null);
  }

  // Map.copyOf would lose the reporting order, which the text and JSON reports keep.
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
