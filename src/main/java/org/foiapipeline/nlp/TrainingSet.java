package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.foiapipeline.export.DocumentRecord;

/**
 * Training sentences from gold export records: every written variant of every entity is marked on the pages
 * the entity is listed on, pages are split into sentences with the English sentence model, and each sentence
 * keeps the names that lie wholly inside it. Entity types that are not {@link EntityType}s are skipped.
 */
public final class TrainingSet {
  private TrainingSet() {}

  /** The annotated sentences of the records; a record without page text gives none. */
  public static List<AnnotatedSentence> fromRecords(List<DocumentRecord> records) {
    SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
    List<AnnotatedSentence> out = new ArrayList<>();
    for (DocumentRecord record : records) {
      List<String> text = record.text() == null ? List.of() : record.text();
      for (int p = 0; p < text.size(); p++) {
        String page = text.get(p) == null ? "" : text.get(p);
        List<AnnotatedSentence.Name> names = names(record, p + 1, page);
        for (Span s : sentences.sentPosDetect(page)) {
          out.add(sentence(page, s, names));
        }
      }
    }
    return out;
  }

  /** Every occurrence of every variant of the entities listed on this page, longest first, no overlaps. */
  static List<AnnotatedSentence.Name> names(DocumentRecord record, int page, String text) {
    List<AnnotatedSentence.Name> found = new ArrayList<>();
    for (DocumentRecord.EntityRecord e : record.entities() == null ? List.<DocumentRecord.EntityRecord>of()
        : record.entities()) {
      EntityType type = type(e.type());
      if (type == null || e.pages() == null || !e.pages().contains(page) || e.variants() == null) {
        continue;
      }
      for (String variant : e.variants()) {
        for (int at = text.indexOf(variant); at >= 0 && !variant.isEmpty(); at = text.indexOf(variant, at + 1)) {
          found.add(new AnnotatedSentence.Name(at, at + variant.length(), type));
        }
      }
    }
    found.sort(Comparator.comparingInt((AnnotatedSentence.Name n) -> n.end() - n.start()).reversed());
    List<AnnotatedSentence.Name> kept = new ArrayList<>();
    for (AnnotatedSentence.Name n : found) {
      if (kept.stream().noneMatch(k -> k.start() < n.end() && n.start() < k.end())) {
        kept.add(n);
      }
    }
    kept.sort(Comparator.comparingInt(AnnotatedSentence.Name::start));
    return kept;
  }

  private static AnnotatedSentence sentence(String page, Span s, List<AnnotatedSentence.Name> names) {
    List<AnnotatedSentence.Name> inside = new ArrayList<>();
    for (AnnotatedSentence.Name n : names) {
      if (n.start() >= s.getStart() && n.end() <= s.getEnd()) {
        inside.add(new AnnotatedSentence.Name(n.start() - s.getStart(), n.end() - s.getStart(), n.type()));
      }
    }
    return new AnnotatedSentence(page.substring(s.getStart(), s.getEnd()), inside);
  }

  private static EntityType type(String label) {
    for (EntityType t : EntityType.values()) {
      if (t.label().equals(label == null ? "" : label.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }
}
