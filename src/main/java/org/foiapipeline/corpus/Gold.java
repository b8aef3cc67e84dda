package org.foiapipeline.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.foiapipeline.corpus.Layout.Line;
import org.foiapipeline.corpus.Layout.PageLayout;
import org.foiapipeline.corpus.Layout.Placed;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.ContactRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;

/**
 * The truth about one generated document, read off its layout: entity mentions and contact evidence are
 * counted on the page where their token landed, and each page's text is what is visible there.
 */
final class Gold {
  private Gold() {}

  static DocumentRecord record(Draft d, List<PageLayout> pages, boolean[] scanned, String id, String path) {
    List<String> text = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> bates = new ArrayList<>();
    int ocr = 0;
    for (int i = 0; i < pages.size(); i++) {
      text.add(pages.get(i).text());
      kinds.add(scanned[i] ? "scanned" : "digital");
      bates.add(Layouter.bates(d.furniture(), i + 1));
      ocr += scanned[i] ? 1 : 0;
    }
    return new DocumentRecord(id, path, pages.size(), "ok", ocr, d.date().toString(), entities(pages),
        contacts(d, pages), d.exemptions(), bates, text, null, kinds, d.kind(), redactions(pages));
  }

  /** Every redaction box where {@link PagePainter} draws it, as page fractions with a top-left origin. */
  private static List<DocumentRecord.RedactionRecord> redactions(List<PageLayout> pages) {
    List<DocumentRecord.RedactionRecord> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      for (Line line : pages.get(i).lines()) {
        for (Placed p : line.items()) {
          if (!p.token().redaction()) {
            continue;
          }
          List<String> codes = p.token().marks().stream().filter(m -> m instanceof Mark.RedactionMark)
              .map(m -> ((Mark.RedactionMark) m).codes()).findFirst().orElse(List.of());
          float[] r = PagePainter.redactionBox(p, line.y());
          out.add(new DocumentRecord.RedactionRecord(i + 1, round(r[0] / Layouter.PAGE_WIDTH),
              round((Layouter.PAGE_HEIGHT - r[1] - r[3]) / Layouter.PAGE_HEIGHT), round(r[2] / Layouter.PAGE_WIDTH),
              round(r[3] / Layouter.PAGE_HEIGHT), codes, null));
        }
      }
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static List<EntityRecord> entities(List<PageLayout> pages) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    forEachMark(pages, (mark, page) -> {
      if (mark instanceof Mark.EntityMark em) {
        tallies.computeIfAbsent(em.entity().id(), k -> new Tally(em.entity())).add(em.variant(), page);
      }
    });
    return tallies.values().stream().map(Tally::record).toList();
  }

  private static List<ContactRecord> contacts(Draft d, List<PageLayout> pages) {
    int[] pageOf = new int[d.contacts().size()];
    forEachMark(pages, (mark, page) -> {
      if (mark instanceof Mark.ContactMark cm && pageOf[cm.index()] == 0) {
        pageOf[cm.index()] = page;
      }
    });
    List<ContactRecord> out = new ArrayList<>();
    for (int i = 0; i < pageOf.length; i++) {
      Draft.ContactInfo c = d.contacts().get(i);
      if (pageOf[i] > 0) {
        out.add(new ContactRecord(c.agency(), c.jurisdiction(), c.date().toString(), pageOf[i], c.kind(), c.snippet()));
      }
    }
    return out;
  }

  private interface MarkVisitor {
    void visit(Mark mark, int page);
  }

  private static void forEachMark(List<PageLayout> pages, MarkVisitor visitor) {
    for (int i = 0; i < pages.size(); i++) {
      for (Line line : pages.get(i).lines()) {
        for (Placed p : line.items()) {
          for (Mark m : p.token().marks()) {
            visitor.visit(m, i + 1);
          }
        }
      }
    }
  }

  /** Mentions, pages and variants of one entity, in order of first appearance. */
  private static final class Tally {
    private final Ent entity;
    private final Set<Integer> pages = new TreeSet<>();
    private final Set<String> variants = new LinkedHashSet<>();
    private int mentions;

    Tally(Ent entity) {
      this.entity = entity;
    }

    void add(String variant, int page) {
      mentions++;
      pages.add(page);
      variants.add(variant);
    }

    EntityRecord record() {
      return new EntityRecord(entity.id(), entity.type(), entity.name(), mentions, List.copyOf(pages),
          List.copyOf(variants));
    }
  }
}
