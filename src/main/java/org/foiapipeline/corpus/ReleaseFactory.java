package org.foiapipeline.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.foiapipeline.corpus.Layout.PageLayout;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;

/**
 * Makes one merged release from its own seed: several logical documents (email chains, some printed more
 * than once as the thread grew, letters, agreements, tables, minutes, clippings) laid out one after the
 * other under one Bates sequence that now and then jumps (withheld pages), each with its own "Page k of N"
 * label or none. A scanned release is scanned throughout. Thread-safe; every call builds its own fonts.
 */
final class ReleaseFactory {
  private static final List<DocumentKind> OTHERS = List.of(
      new LetterKind(), new LetterKind(), new AgreementKind(), new TableKind(), new MinutesKind(),
      new ClippingKind(), new DistractorKind());

  private final Geography geography;
  private final double scannedRatio;
  private final int size;

  /** @param size logical documents per release, or 0 for 4 to 10 */
  ReleaseFactory(Geography geography, double scannedRatio, int size) {
    this.geography = geography;
    this.scannedRatio = scannedRatio;
    this.size = size;
  }

  DocumentFactory.Made make(long seed, Split split) throws IOException {
    return make(seed, split, null).get(0);
  }

  /**
   * What a release shares with other releases (docs/DUPLICATES.md).
   *
   * @param embedded a document released on its own too, to be held (re-redacted) by this release; null for none
   * @param embeddedGroup its gold group
   * @param releaseGroup the gold group of this release and its re-release; its logical documents are named
   *     {@code <releaseGroup>:<start>-<end>} after their pages in this release
   */
  record Copies(Draft embedded, String embeddedGroup, String releaseGroup) {}

  /**
   * The release and, with {@code copies}, its re-release: the same logical documents in the same order,
   * re-redacted ({@link Rerelease}), under a new Bates run, scanned throughout. Without {@code copies} the
   * release is the same bytes {@link #make(long, Split)} gives.
   */
  List<DocumentFactory.Made> make(long seed, Split split, Copies copies) throws IOException {
    Random r = new Random(seed);
    Metrics metrics = new Metrics();
    List<County> pool = geography.pool(split);
    int count = size > 0 ? size : 4 + r.nextInt(7);
    List<Slot> slots = slots(r, metrics, pool, count);
    Random own = copies == null ? null : new Random(Seeds.mix(seed ^ 0xC0_91E5_0000_0007L));
    Slot embedded = null;
    if (copies != null && copies.embedded() != null) {
      embedded = Slot.other(Rerelease.of(copies.embedded(), 2, false, own, metrics), "d" + slots.size());
      slots.add(embedded);
    }
    Collections.shuffle(slots, r);
    DocumentFactory.Made first = render(slots, UnaryOperator.identity(), r, null, metrics);
    if (copies == null) {
      return List.of(first);
    }
    List<String> groups = groups(first.record().logicalDocuments(), slots.indexOf(embedded), copies);
    UnaryOperator<Draft> redact = d -> {
      Draft x = Rerelease.of(d, 2, false, own, metrics);
      return new Draft(x.kind(), x.date(), x.blocks(), x.contacts(), x.exemptions(), d.furniture());
    };
    return List.of(named(first, groups), named(render(slots, redact, own, true, metrics), groups));
  }

  private DocumentFactory.Made render(List<Slot> slots, UnaryOperator<Draft> change, Random r, Boolean scanAll,
      Metrics metrics) throws IOException {
    BatesRun bates = new BatesRun(r);
    ReleaseGold gold = new ReleaseGold();
    List<PageLayout> pages = new ArrayList<>();
    for (Slot slot : slots) {
      Draft draft = change.apply(slot.draft(bates.furniture(r)));
      List<PageLayout> laid = new Layouter(metrics).layout(draft);
      gold.add(draft, laid, slot);
      pages.addAll(laid);
      bates.advance(laid.size(), r);
    }
    boolean[] scanned = new boolean[pages.size()];
    java.util.Arrays.fill(scanned, scanAll != null ? scanAll : r.nextDouble() < scannedRatio);
    byte[] pdf = new PdfRenderer().render(pages, scanned, Dates.at(gold.firstDate(), r), r);
    return new DocumentFactory.Made(pdf, gold.record(scanned));
  }

  /** Gold groups of the logical documents: the embedded document's own, the others named after their pages. */
  private static List<String> groups(List<LogicalRecord> logical, int embedded, Copies copies) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < logical.size(); i++) {
      LogicalRecord l = logical.get(i);
      out.add(i == embedded ? copies.embeddedGroup() : copies.releaseGroup() + ":" + l.start() + "-" + l.end());
    }
    return out;
  }

  private static DocumentFactory.Made named(DocumentFactory.Made made, List<String> groups) {
    List<LogicalRecord> logical = made.record().logicalDocuments();
    List<LogicalRecord> out = new ArrayList<>();
    for (int i = 0; i < logical.size(); i++) {
      out.add(logical.get(i).withDuplicateGroup(groups.get(i)));
    }
    return new DocumentFactory.Made(made.pdf(), made.record().withLogicalDocuments(out));
  }

  /** Thread printings (one or two threads, each printed up to three times) and other documents. */
  private List<Slot> slots(Random r, Metrics metrics, List<County> pool, int count) {
    List<Slot> slots = new ArrayList<>();
    int threads = 1 + r.nextInt(2);
    for (int t = 0; t < threads && slots.size() < count; t++) {
      ThreadPlan plan = new ThreadPlan(scene(r, metrics, pool));
      int printings = Math.min(plan.size(), 1 + r.nextInt(3));
      for (int shown = plan.size() - printings + 1; shown <= plan.size() && slots.size() < count; shown++) {
        slots.add(Slot.thread(plan, "t" + (t + 1), shown));
      }
    }
    while (slots.size() < count) {
      Scene scene = scene(r, metrics, pool);
      Draft draft = OTHERS.get(r.nextInt(OTHERS.size())).compose(scene);
      slots.add(Slot.other(draft, "d" + slots.size()));
    }
    return slots;
  }

  private Scene scene(Random r, Metrics metrics, List<County> pool) {
    Random own = new Random(r.nextLong());
    return new Scene(own, metrics, geography, pool, pool.get(own.nextInt(pool.size())));
  }

  /**
   * One logical document to be: a printing of a thread ({@code plan} non-null) or a composed draft.
   *
   * @param thread the gold thread id of an email printing or clipping
   */
  record Slot(ThreadPlan plan, int shown, Draft composed, String thread) {
    static Slot thread(ThreadPlan plan, String thread, int shown) {
      return new Slot(plan, shown, null, thread);
    }

    static Slot other(Draft draft, String id) {
      return new Slot(null, 0, draft, draft.kind().equals("email_clipping") ? "c-" + id : null);
    }

    Draft draft(Draft.Furniture furniture) {
      if (plan != null) {
        return plan.printing(shown, furniture);
      }
      Draft.Furniture f = new Draft.Furniture(furniture.batesFormat(), furniture.batesStart(), furniture.pageLabel(),
          composed.furniture().faxHeader(), furniture.style());
      return new Draft(composed.kind(), composed.date(), composed.blocks(), composed.contacts(), composed.exemptions(), f);
    }
  }

  /** The release's Bates sequence: one prefix, serials running on across documents, with occasional gaps. */
  private static final class BatesRun {
    private final String format;
    private int next;

    BatesRun(Random r) {
      int year = 2012 + r.nextInt(12);
      format = switch (r.nextInt(3)) {
        case 0 -> "ICE-" + year + "-FOIA-%06d";
        case 1 -> year + "-ICLI-" + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(900)) + " %04d";
        default -> "ICE " + year + "FOIA" + (10000 + r.nextInt(89999)) + "-%05d";
      };
      next = 1 + r.nextInt(20000);
    }

    /** Furniture for the next document: its page label is "Page k of N" mostly, a bare number or none. */
    Draft.Furniture furniture(Random r) {
      double p = r.nextDouble();
      String label = p < 0.7 ? "Page %d of %d" : p < 0.8 ? "%d" : null;
      return new Draft.Furniture(format, next, label, null, new Style(Style.Face.SANS, 8.5f));
    }

    void advance(int pages, Random r) {
      next += pages + (r.nextDouble() < 0.15 ? 1 + r.nextInt(60) : 0);
    }
  }
}
