package org.foiapipeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.ContactRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  @TempDir static Path dir;
  static List<DocumentRecord> gold;

  @BeforeAll
  static void generate() throws IOException {
    CorpusSummary summary = new CorpusGenerator(new CorpusConfig(30, 11, 0, Split.ALL, 2)).generate(dir);
    gold = Jsonl.read(summary.gold());
    assertThat(summary.documents()).isEqualTo(30);
  }

  @Test
  void digitalPagesCarryExactlyTheGoldTextAndNeverTheRedactedWords() throws IOException {
    for (DocumentRecord r : gold) {
      assertTextLayersMatchGold(dir, r);
    }
  }

  /**
   * Digital pages: text layer equals gold text (whitespace-normalised) and holds none of the placeholder
   * words the generator hides under redactions; scanned pages: no text at all.
   */
  static void assertTextLayersMatchGold(Path dir, DocumentRecord r) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(dir.resolve(r.path()).toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(r.pages());
      for (int page = 1; page <= r.pages(); page++) {
        String layer = textLayer(pdf, page);
        if (r.pageKinds().get(page - 1).equals("digital")) {
          assertThat(normal(layer)).as(r.path() + " page " + page).isEqualTo(normal(r.text().get(page - 1)))
              .doesNotContain("Firstname", "Name Name");
        } else {
          assertThat(layer).as(r.path() + " page " + page).isBlank();
        }
      }
    }
  }

  @Test
  void everyEntityVariantAppearsOnAPageItNames() {
    for (DocumentRecord r : gold) {
      for (EntityRecord e : r.entities()) {
        assertThat(e.mentions()).isGreaterThanOrEqualTo(e.variants().size());
        for (String variant : e.variants()) {
          assertThat(e.pages()).as(r.path() + " " + e.id() + " " + variant)
              .anySatisfy(p -> assertThat(r.text().get(p - 1)).contains(variant));
        }
        for (int p : e.pages()) {
          assertThat(e.variants()).anySatisfy(v -> assertThat(r.text().get(p - 1)).contains(v));
        }
      }
    }
  }

  @Test
  void everyContactSnippetIsOnItsPageAndContactsAreIceWithJurisdictions() {
    int contacts = 0;
    for (DocumentRecord r : gold) {
      for (ContactRecord c : r.contacts()) {
        assertThat(normal(r.text().get(c.page() - 1))).as(r.path()).contains(normal(c.snippet()));
        assertThat(c.agency()).isEqualTo("agency:ice");
        assertThat(c.jurisdiction()).matches("county:\\d{5}|place:[A-Z]{2}:[a-z0-9-]+");
        assertThat(c.date()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(r.entities()).extracting(EntityRecord::id).contains(c.jurisdiction());
        contacts++;
      }
      if (r.kind().startsWith("distractor")) {
        assertThat(r.contacts()).as(r.path()).isEmpty();
      }
    }
    assertThat(contacts).isPositive();
  }

  @Test
  void goldRecordsDescribeTheirFiles() throws IOException {
    for (DocumentRecord r : gold) {
      assertThat(r.id()).isEqualTo(CorpusGenerator.sha256(Files.readAllBytes(dir.resolve(r.path()))));
      assertThat(r.status()).isEqualTo("ok");
      assertThat(r.ocrPages()).isEqualTo((int) r.pageKinds().stream().filter("scanned"::equals).count());
      assertThat(r.bates()).hasSize(r.pages());
      assertThat(r.text()).hasSize(r.pages());
      assertThat(r.date()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(r.exemptions()).allMatch(e -> e.matches("\\(b\\)\\(\\d\\)(\\([A-F]\\))?"));
      for (int p = 0; p < r.pages(); p++) {
        assertThat(r.text().get(p)).contains(r.bates().get(p));
      }
    }
    assertThat(gold).extracting(DocumentRecord::kind).contains("email", "letter");
    assertThat(gold.stream().map(DocumentRecord::kind).distinct().count()).isGreaterThanOrEqualTo(5);
    assertThat(gold).extracting(DocumentRecord::path).anyMatch(p -> p.startsWith("test/"));
  }

  @Test
  void sameSeedGivesSameBytesWhateverTheThreadCountAndAnotherSeedDoesNot(@TempDir Path other) throws IOException {
    assertSameBytes(other, 6, 0);
  }

  /** Same seed with 1 and 2 threads gives identical files; another seed gives other documents. */
  static void assertSameBytes(Path other, int docs, double scannedRatio) throws IOException {
    CorpusSummary a = new CorpusGenerator(new CorpusConfig(docs, 5, scannedRatio, Split.TRAIN, 1))
        .generate(other.resolve("a"));
    CorpusSummary b = new CorpusGenerator(new CorpusConfig(docs, 5, scannedRatio, Split.TRAIN, 2))
        .generate(other.resolve("b"));
    CorpusSummary c = new CorpusGenerator(new CorpusConfig(docs, 6, scannedRatio, Split.TRAIN, 2))
        .generate(other.resolve("c"));
    assertThat(Files.readAllBytes(b.gold())).isEqualTo(Files.readAllBytes(a.gold()));
    for (DocumentRecord r : Jsonl.read(a.gold())) {
      assertThat(CorpusGenerator.sha256(Files.readAllBytes(other.resolve("b").resolve(r.path())))).isEqualTo(r.id());
    }
    List<String> ids = Jsonl.read(a.gold()).stream().map(DocumentRecord::id).toList();
    assertThat(Jsonl.read(c.gold())).extracting(DocumentRecord::id).doesNotContainAnyElementsOf(ids);
  }

  static String textLayer(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  static String normal(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
