package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiapipeline.extract.OcrPolicy.Action;
import org.junit.jupiter.api.Test;

class OcrPolicyTest {
  private static final String SENTENCE =
      "This Memorandum of Agreement is between the Department of Homeland Security and the County Sheriff,"
          + " who agrees to provide trained officers under the supervision of ICE officers.";
  private static final PageGraphics SCAN = new PageGraphics(1, 0.98, 8_000_000, 0, 40, 0, List.of());
  private static final PageGraphics DIGITAL = new PageGraphics(0, 0, 0, 12, 900, 0, List.of());
  private static final PageGraphics UNMAPPED = new PageGraphics(0, 0, 0, 12, 900, 880, List.of());
  private static final PageGraphics NOTHING = PageGraphics.none();

  private final OcrPolicy policy = new OcrPolicy(TextLayerQuality.standard());

  @Test
  void digitalTextIsKept() {
    assertThat(policy.decide(OcrMode.AUTO, SENTENCE, DIGITAL).action()).isEqualTo(Action.KEEP_TEXT_LAYER);
  }

  @Test
  void scannedPageWithoutTextIsOcrd() {
    assertThat(policy.decide(OcrMode.AUTO, "", SCAN)).isEqualTo(new OcrPolicy.Plan(Action.OCR, "no text layer"));
  }

  @Test
  void signatureStampOnAScannedPageIsNotTakenForThePage() {
    assertThat(policy.decide(OcrMode.AUTO, "March 5, 2025 Acting Director", SCAN))
        .isEqualTo(new OcrPolicy.Plan(Action.OCR, "text stamp on scanned page"));
  }

  @Test
  void scannedPageWithAGoodOcrLayerKeepsIt() {
    assertThat(policy.decide(OcrMode.AUTO, SENTENCE, SCAN).action()).isEqualTo(Action.KEEP_TEXT_LAYER);
  }

  @Test
  void garbledTextLayerIsOcrd() {
    assertThat(policy.decide(OcrMode.AUTO, "(56@ !2:<?.;1B: 4?.;A21 B;12? A56@ !# A52F :B@A @B002@@3B99F", DIGITAL))
        .isEqualTo(new OcrPolicy.Plan(Action.OCR, "garbled text layer"));
  }

  @Test
  void pageWhoseGlyphsHaveNoUnicodeMapIsOcrd() {
    assertThat(policy.decide(OcrMode.AUTO, "Calhoun County Sheriff's Office, TX", UNMAPPED))
        .isEqualTo(new OcrPolicy.Plan(Action.OCR, "text layer without unicode map"));
  }

  @Test
  void blankPageIsNeitherOcrdNorAProblem() {
    assertThat(policy.decide(OcrMode.AUTO, "", NOTHING)).isEqualTo(new OcrPolicy.Plan(Action.NO_TEXT, "blank page"));
  }

  @Test
  void alwaysOcrsAndNeverDoesNot() {
    assertThat(policy.decide(OcrMode.ALWAYS, SENTENCE, DIGITAL).action()).isEqualTo(Action.OCR);
    assertThat(policy.decide(OcrMode.NEVER, "", SCAN))
        .isEqualTo(new OcrPolicy.Plan(Action.NO_TEXT, "no text layer (ocr off)"));
    assertThat(policy.decide(OcrMode.NEVER, "(56@ !2:<?.;1B:", DIGITAL).action()).isEqualTo(Action.KEEP_TEXT_LAYER);
  }
}
