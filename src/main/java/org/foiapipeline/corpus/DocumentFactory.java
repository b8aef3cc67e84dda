package org.foiapipeline.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.foiapipeline.corpus.Layout.PageLayout;
import org.foiapipeline.export.DocumentRecord;

/**
 * Makes one document from its own seed: picks a kind and a county from the split's pool, composes, lays
 * out, decides which pages are scanned, renders, and writes down the truth. Thread-safe; every call
 * builds its own fonts and renderer.
 */
final class DocumentFactory {
  private static final List<DocumentKind> KINDS = List.of(
      new EmailKind(), new EmailKind(), new EmailKind(), new LetterKind(), new LetterKind(), new AgreementKind(),
      new TableKind(), new MinutesKind(), new ClippingKind(), new DistractorKind());

  private final Geography geography;
  private final double scannedRatio;
  private final ScanQuality scanQuality;

  DocumentFactory(Geography geography, double scannedRatio) {
    this(geography, scannedRatio, ScanQuality.STANDARD);
  }

  DocumentFactory(Geography geography, double scannedRatio, ScanQuality scanQuality) {
    this.geography = geography;
    this.scannedRatio = scannedRatio;
    this.scanQuality = scanQuality;
  }

  /** A rendered document and its gold record (id and path still to be filled by the writer). */
  record Made(byte[] pdf, DocumentRecord record) {}

  Made make(long seed, Split split) throws IOException {
    return releases(seed, split, false).get(0);
  }

  /**
   * The document and, with {@code rerelease}, one or two more releases of it (see {@link Rerelease}): the
   * second release is always fully scanned, a third one starts with a cover page. The first release is the
   * same bytes {@link #make} gives; the others draw from their own seed.
   */
  List<Made> releases(long seed, Split split, boolean rerelease) throws IOException {
    Random r = new Random(seed);
    Metrics metrics = new Metrics();
    Draft draft = compose(r, metrics, split);
    List<PageLayout> pages = new Layouter(metrics).layout(draft);
    boolean[] scanned = scanned(r, pages.size());
    byte[] pdf = new PdfRenderer(scanQuality).render(pages, scanned, Dates.at(draft.date(), r), r);
    List<Made> out = new ArrayList<>(List.of(new Made(pdf, Gold.record(draft, pages, scanned, null, null))));
    if (rerelease) {
      Random rr = new Random(Seeds.mix(seed ^ 0x5EED_2E1EA5EL));
      int copies = 1 + rr.nextInt(2);
      for (int c = 0; c < copies; c++) {
        out.add(copy(Rerelease.of(draft, c + 2, c == 1, rr, metrics), c == 0, rr, metrics));
      }
    }
    return out;
  }

  /** The draft of the document made from {@code seed}, as {@link #make} composes it (not laid out). */
  Draft draft(long seed, Split split) {
    return compose(new Random(seed), new Metrics(), split);
  }

  private Draft compose(Random r, Metrics metrics, Split split) {
    List<County> pool = geography.pool(split);
    Scene scene = new Scene(r, metrics, geography, pool, chooseCounty(r, pool, split));
    return KINDS.get(r.nextInt(KINDS.size())).compose(scene);
  }

  private Made copy(Draft draft, boolean scan, Random r, Metrics metrics) throws IOException {
    List<PageLayout> pages = new Layouter(metrics).layout(draft);
    boolean[] scanned = new boolean[pages.size()];
    java.util.Arrays.fill(scanned, scan);
    byte[] pdf = new PdfRenderer(scanQuality).render(pages, scanned, Dates.at(draft.date().plusDays(30 + r.nextInt(300)), r), r);
    return new Made(pdf, Gold.record(draft, pages, scanned, null, null));
  }

  /** Namesake counties a third of the time; in the test split, held-out counties most of the time. */
  private County chooseCounty(Random r, List<County> pool, Split split) {
    if (split == Split.TEST && r.nextDouble() < 0.6) {
      List<County> held = pool.stream().filter(c -> Geography.isHeldOut(c.fips())).toList();
      return held.get(r.nextInt(held.size()));
    }
    boolean namesake = r.nextDouble() < 0.33;
    for (int tries = 0; namesake && tries < 50; tries++) {
      County c = pool.get(r.nextInt(pool.size()));
      if (geography.namesakes(c).stream().anyMatch(pool::contains)) {
        return c;
      }
    }
    return pool.get(r.nextInt(pool.size()));
  }

  /** Fully scanned or, for most multi-page documents, mixed: at least one page of each kind. */
  private boolean[] scanned(Random r, int pages) {
    boolean[] out = new boolean[pages];
    if (r.nextDouble() >= scannedRatio) {
      return out;
    }
    boolean mixed = pages > 1 && r.nextDouble() < 0.7;
    for (int i = 0; i < pages; i++) {
      out[i] = !mixed || r.nextBoolean();
    }
    if (mixed) {
      int flip = r.nextInt(pages);
      out[flip] = !out[flip];
      out[(flip + 1) % pages] = !out[flip];
    }
    return out;
  }
}
