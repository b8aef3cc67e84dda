package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class RedactionFinderTest {
  private static final float W = PDRectangle.LETTER.getWidth();
  private static final float H = PDRectangle.LETTER.getHeight();

  @Test
  void blackBoxOverTextIsFoundInPageFractionsFromTheTopLeft() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = TestPdfs.addTextPage(doc, "Contact: (b)(6) at the Sheriff's Office");
      try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs.setNonStrokingColor(Color.BLACK);
        cs.addRect(W / 4, H / 2, W / 2, 20); // a quarter in from the left, its top at 20 pt above the middle
        cs.fill();
      }
      List<Box> boxes = RedactionFinder.find(page);
      assertThat(boxes).hasSize(1);
      Box box = boxes.get(0);
      assertThat(box.x()).isCloseTo(0.25, within(0.001));
      assertThat(box.y()).isCloseTo(0.5 - 20 / H, within(0.001));
      assertThat(box.width()).isCloseTo(0.5, within(0.001));
      assertThat(box.height()).isCloseTo(20 / H, within(0.001));
    }
  }

  @Test
  void rulesLightFillsAndPageBackgroundsAreNotRedactions() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.setNonStrokingColor(Color.BLACK);
        cs.addRect(0, 0, W, H); // background
        cs.fill();
        cs.addRect(72, 300, 400, 1); // underline rule
        cs.fill();
        cs.setNonStrokingColor(Color.LIGHT_GRAY);
        cs.addRect(72, 400, 200, 30); // shading
        cs.fill();
        cs.setStrokingColor(Color.BLACK);
        cs.addRect(72, 500, 200, 30); // outline only
        cs.stroke();
      }
      assertThat(RedactionFinder.find(page)).isEmpty();
    }
  }

  @Test
  void boxDrawnAsAPolygonIsFoundToo() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.moveTo(100, 100);
        cs.lineTo(200, 100);
        cs.lineTo(200, 120);
        cs.lineTo(100, 120);
        cs.closePath();
        cs.fill(); // default fill colour: black
      }
      assertThat(RedactionFinder.find(page)).hasSize(1);
    }
  }

  @Test
  void boxesFollowThePageRotation() {
    Box onPaper = new Box(0.1, 0.2, 0.3, 0.05);
    assertThat(PageBoxes.rotate(onPaper, 0)).isEqualTo(onPaper);
    assertThat(PageBoxes.rotate(onPaper, 90)).isEqualTo(new Box(0.75, 0.1, 0.05, 0.3));
    assertThat(PageBoxes.rotate(onPaper, 180)).isEqualTo(new Box(0.6, 0.75, 0.3, 0.05));
    assertThat(PageBoxes.rotate(onPaper, 270)).isEqualTo(new Box(0.2, 0.6, 0.05, 0.3));
  }
}
