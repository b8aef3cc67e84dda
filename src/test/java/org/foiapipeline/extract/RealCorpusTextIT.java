package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text layer and the OCR routing against the real corpus: PDFBox page text against poppler's
 * {@code pdftotext} on every digital page, and AUTO-mode decisions against {@code pages.csv}.
 */
class RealCorpusTextIT {
  private static final Map<String, PageTextStripper.Result> TEXTS = new HashMap<>();
  private static final Map<String, List<OcrPolicy.Plan>> PLANS = new HashMap<>();
  private static List<RealCorpus.PageLabel> labels;

  @BeforeAll
  static void readCorpus() throws IOException {
    labels = RealCorpus.pages();
    OcrPolicy policy = new OcrPolicy(TextLayerQuality.standard());
    for (RealCorpus.FileLabel f : RealCorpus.files()) {
      try (PDDocument doc = Loader.loadPDF(RealCorpus.pdf(f.file()).toFile())) {
        PageTextStripper.Result text = PageTextStripper.extract(doc);
        List<OcrPolicy.Plan> plans = new ArrayList<>();
        int i = 0;
        for (PDPage page : doc.getPages()) {
          PageGraphics graphics = PageGraphicsScanner.scan(page).withGlyphs(text.glyphs()[i], text.unmapped()[i]);
          plans.add(policy.decide(OcrMode.AUTO, text.texts()[i++], graphics));
        }
        TEXTS.put(f.file(), text);
        PLANS.put(f.file(), plans);
      }
    }
  }

  @Test
  void digitalPagesAgreeWithPdftotextOnAtLeast98PercentOfWords() throws Exception {
    WordOverlap total = new WordOverlap(0, 0, 0);
    double worst = 1;
    String worstPage = "";
    int pages = 0;
    int popplerTextJudgedGarbled = 0;
    for (RealCorpus.PageLabel p : labels) {
      if (!p.digitalOk()) {
        continue;
      }
      String reference = pdftotext(p.file(), p.page());
      popplerTextJudgedGarbled += TextLayerQuality.standard().assess(reference).garbled() ? 1 : 0;
      WordOverlap o = WordOverlap.of(TEXTS.get(p.file()).texts()[p.page() - 1], reference);
      total = total.plus(o);
      pages++;
      if (o.f1() < worst) {
        worst = o.f1();
        worstPage = p.file() + " p" + p.page();
      }
    }
    System.out.printf("text layer vs pdftotext: %d digital ok pages, %d/%d words, bag-of-words F1 %.4f, worst %.4f (%s)%n",
        pages, total.common(), total.right(), total.f1(), worst, worstPage);
    System.out.printf("word-list quality check on poppler's text of the same pages: %d of %d judged garbled%n",
        popplerTextJudgedGarbled, pages);
    assertThat(pages).isEqualTo(161);
    assertThat(popplerTextJudgedGarbled).isZero();
    assertThat(total.f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(worst).isGreaterThanOrEqualTo(0.80);
  }

  /** PDFBox drops unmapped glyphs, so the word list is measured on poppler's gibberish for these pages. */
  @Test
  void wordListJudgesPopplersTextOfEveryGarbledPageGarbled() throws Exception {
    int garbled = 0;
    int judged = 0;
    for (RealCorpus.PageLabel p : labels) {
      if (p.quality().equals("garbled")) {
        garbled++;
        TextLayerQuality.Verdict v = TextLayerQuality.standard().assess(pdftotext(p.file(), p.page()));
        judged += v.garbled() ? 1 : 0;
        if (!v.garbled()) {
          System.out.println("garbled page not judged garbled: " + p.file() + " p" + p.page() + " " + v);
        }
      }
    }
    System.out.printf("word-list quality check on poppler's text of garbled pages: %d of %d judged garbled%n",
        judged, garbled);
    assertThat(garbled).isEqualTo(18);
    assertThat(judged).isEqualTo(garbled);
  }

  @Test
  void autoModeOcrsEveryImageAndGarbledPageAndKeepsDigitalText() {
    Map<String, Map<OcrPolicy.Action, Integer>> confusion = new TreeMap<>();
    Map<String, Integer> notes = new TreeMap<>();
    for (RealCorpus.PageLabel p : labels) {
      OcrPolicy.Plan plan = PLANS.get(p.file()).get(p.page() - 1);
      String label = p.kind() + (p.quality().isEmpty() ? "" : "/" + p.quality());
      confusion.computeIfAbsent(label, k -> new TreeMap<>()).merge(plan.action(), 1, Integer::sum);
      notes.merge(label + " -> " + (plan.note().isEmpty() ? "keep" : plan.note()), 1, Integer::sum);
      if (p.digitalOk() && plan.action() != OcrPolicy.Action.KEEP_TEXT_LAYER) {
        System.out.println("digital ok page sent to OCR: " + p.file() + " p" + p.page() + " " + plan.note());
      }
    }
    System.out.println("AUTO decisions by pages.csv label: " + confusion);
    System.out.println("AUTO notes: " + notes);
    assertThat(count(confusion, "image", OcrPolicy.Action.OCR)).isEqualTo(152);
    assertThat(count(confusion, "digital/garbled", OcrPolicy.Action.OCR)).isEqualTo(14);
    assertThat(count(confusion, "ocr/garbled", OcrPolicy.Action.OCR)).isEqualTo(4);
    assertThat(count(confusion, "digital/ok", OcrPolicy.Action.KEEP_TEXT_LAYER)).isGreaterThanOrEqualTo(158);
    assertThat(count(confusion, "ocr/ok", OcrPolicy.Action.KEEP_TEXT_LAYER)).isGreaterThanOrEqualTo(140);
  }

  private static int count(Map<String, Map<OcrPolicy.Action, Integer>> confusion, String label, OcrPolicy.Action a) {
    return confusion.getOrDefault(label, Map.of()).getOrDefault(a, 0);
  }

  static String pdftotext(String file, int page) throws Exception {
    Path pdf = RealCorpus.pdf(file);
    Process p = new ProcessBuilder("pdftotext", "-q", "-f", "" + page, "-l", "" + page, pdf.toString(), "-")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }
}
