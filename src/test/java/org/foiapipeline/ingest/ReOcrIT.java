package org.foiapipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.foiapipeline.corpus.CorpusConfig;
import org.foiapipeline.corpus.CorpusGenerator;
import org.foiapipeline.corpus.ScanQuality;
import org.foiapipeline.corpus.Split;
import org.foiapipeline.eval.Levenshtein;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.extract.Limits;
import org.foiapipeline.extract.Preprocessing;
import org.foiapipeline.extract.TesseractOcr;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.index.OcrPageRow;
import org.foiapipeline.ingest.ReOcrReport.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-OCR end to end on degraded generated scans: one release as a plain PDF, one inside a zip, and a scanned
 * image that is deleted after ingest. First pass at 200 dpi, re-OCR at 300 dpi (both lower than the defaults
 * to keep the test short; the benchmark uses 300 and 400).
 */
class ReOcrIT {
  @TempDir Path tmp;

  @Test
  void reocrImprovesWeakPagesInPlaceAndARerunChangesNothing() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Map<String, List<String>> gold = corpus(in);
    Path gone = in.resolve("gone.png");
    ImageIO.write(textImage(), "png", gone.toFile());
    Path index = tmp.resolve("index");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Limits limits = Limits.defaults().withOcrDpi(200);
      Stages stages = Stages.standard(limits, pool, Path.of("models/ner-en-foia.bin"));
      new IngestPipeline(IngestConfig.of(List.of(in), index, limits).withThreads(2), stages.extractor(),
          stages.annotator(), stages.names(), IngestPipeline.Listener.NONE).run();
      Files.delete(gone);
      Snapshot before = Snapshot.of(index);
      assertThat(before.weak).isNotEmpty();

      ReOcrReport first = reocr(index, stages, limits);

      Snapshot after = Snapshot.of(index);
      assertThat(first.pages()).hasSize(before.weak.size());
      assertThat(first.pages()).filteredOn(p -> p.path().endsWith("gone.png"))
          .isNotEmpty().allSatisfy(p -> {
            assertThat(p.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(p.reason()).contains("file is gone");
          });
      assertThat(first.pages()).filteredOn(p -> !p.path().endsWith("gone.png"))
          .isNotEmpty().allSatisfy(p -> assertThat(p.verdict()).isNotEqualTo(Verdict.FAILED));
      assertThat(first.count(Verdict.IMPROVED)).isPositive();
      assertThat(after.counts).isEqualTo(before.counts);
      assertThat(after.contacts).isEqualTo(after.contactsInRecords);
      for (String page : before.confidence.keySet()) {
        assertThat(after.confidence.get(page)).as(page).isGreaterThanOrEqualTo(before.confidence.get(page));
      }
      assertThat(cer(after.text, gold)).isLessThanOrEqualTo(cer(before.text, gold) + 0.01);
      for (ReOcrReport.Outcome p : first.pages()) {
        String key = p.id() + "/" + p.page();
        if (p.verdict() == Verdict.IMPROVED) {
          assertThat(after.text.get(key)).isNotEqualTo(before.text.get(key));
          assertThat(after.confidence.get(key)).isEqualTo(p.after());
        }
      }
      assertThat(after.ledger.values()).filteredOn(r -> r.path().endsWith(".zip!/release-b.pdf"))
          .singleElement().satisfies(r -> assertThat(r.reocr()).contains("reocr 300 dpi deskew,denoise,binarize"));
      assertThat(Files.readString(index.resolve("ledger.csv"))).contains("reocr 300 dpi");

      ReOcrReport again = reocr(index, stages, limits);

      assertThat(again.pages()).allSatisfy(p -> assertThat(p.verdict()).isEqualTo(Verdict.FAILED));
      assertThat(again.documentsUpdated()).isZero();
      assertThat(Snapshot.of(index).text).isEqualTo(after.text);
      assertThat(Snapshot.of(index).counts).isEqualTo(before.counts);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ReOcrReport reocr(Path index, Stages stages, Limits limits) throws IOException {
    ReOcrConfig config = new ReOcrConfig(index, 100, 300, Preprocessing.parse("deskew,denoise,binarize"), 2, 0, limits);
    return new ReOcrRun(config, TesseractOcr.onPath(limits.ocrPerPage()), stages.annotator(), stages.names(),
        ReOcrRun.Listener.NONE).run();
  }

  /** Two degraded, fully scanned releases: one as a file, one inside a zip; gold page text by file name. */
  private Map<String, List<String>> corpus(Path in) throws IOException {
    Path generated = tmp.resolve("generated");
    Path goldFile = new CorpusGenerator(new CorpusConfig(2, 41, 1.0, Split.TRAIN, 1, ScanQuality.DEGRADED))
        .generate(generated).gold();
    List<DocumentRecord> records = Jsonl.read(goldFile);
    Map<String, List<String>> gold = new HashMap<>();
    Files.copy(generated.resolve(records.get(0).path()), in.resolve("release-a.pdf"));
    gold.put("release-a.pdf", records.get(0).text());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("batch.zip")))) {
      zip.putNextEntry(new ZipEntry("release-b.pdf"));
      try (OutputStream out = zip) {
        Files.copy(generated.resolve(records.get(1).path()), out);
      }
    }
    gold.put("release-b.pdf", records.get(1).text());
    return gold;
  }

  private static BufferedImage textImage() {
    BufferedImage img = new BufferedImage(900, 160, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 900, 160);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
    g.drawString("Dakota County Sheriff's Office", 30, 60);
    g.drawString("287(g) inquiry to ICE, May 4, 2019", 30, 120);
    g.dispose();
    return img;
  }

  /** Character error rate of the scored pages (the two releases) against gold, whitespace normalised. */
  private static double cer(Map<String, String> text, Map<String, List<String>> gold) {
    long edits = 0;
    long chars = 0;
    for (Map.Entry<String, String> page : text.entrySet()) {
      String[] parts = page.getKey().split("\\|");
      List<String> goldPages = gold.get(parts[0]);
      if (goldPages == null) {
        continue;
      }
      String g = goldPages.get(Integer.parseInt(parts[1]) - 1).replaceAll("\\s+", " ").strip();
      edits += Levenshtein.distance(g, page.getValue().replaceAll("\\s+", " ").strip());
      chars += g.length();
    }
    return (double) edits / Math.max(1, chars);
  }

  /** What the index holds: page text and confidence by id/page (and by file name|page), counts, ledger. */
  private record Snapshot(Map<String, String> text, Map<String, Double> confidence, Map<String, Integer> counts,
      List<OcrPageRow> weak, long contacts, long contactsInRecords, Map<String, LedgerEntry> ledger) {
    static Snapshot of(Path index) throws IOException {
      try (IndexView view = IndexView.open(index)) {
        Map<String, String> text = new HashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        long inRecords = 0;
        for (DocumentRecord r : view.records()) {
          inRecords += r.contacts().size();
          String file = r.path().substring(r.path().lastIndexOf('/') + 1);
          view.pages(r.id()).forEach(p -> {
            text.put(r.id() + "/" + p.page(), p.text());
            text.put(file + "|" + p.page(), p.text());
            if (p.source().equals("scanned")) {
              confidence.put(r.id() + "/" + p.page(), p.ocrConfidence());
            }
          });
        }
        return new Snapshot(text, confidence, view.counts(), view.ocrPagesBelow(100),
            view.counts().get("contact"), inRecords, view.ledger());
      }
    }
  }
}
