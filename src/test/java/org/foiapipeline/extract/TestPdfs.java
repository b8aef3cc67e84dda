package org.foiapipeline.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs, images and a stand-in Tesseract made in code for the extraction tests. */
final class TestPdfs {
  private TestPdfs() {}

  static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** Adds a letter page with the lines written in Helvetica 12 pt from the top left. */
  static PDPage addTextPage(PDDocument doc, String... lines) throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      writeLines(cs, 72, 720, lines);
    }
    return page;
  }

  static void writeLines(PDPageContentStream cs, float x, float y, String... lines) throws IOException {
    cs.beginText();
    cs.setFont(helvetica(), 12);
    cs.setLeading(16);
    cs.newLineAtOffset(x, y);
    for (String line : lines) {
      cs.showText(line);
      cs.newLine();
    }
    cs.endText();
  }

  /** Adds a letter page that is only a picture of the lines, drawn large and clear, as a scan would be. */
  static PDPage addScannedPage(PDDocument doc, String... lines) throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    PDImageXObject image = LosslessFactory.createFromImage(doc, picture(850, 1100, lines));
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
    }
    return page;
  }

  /** A white grey-scale picture with the lines in black 36 px serif type. */
  static BufferedImage picture(int width, int height, String... lines) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 36));
    int y = 120;
    for (String line : lines) {
      g.drawString(line, 60, y);
      y += 60;
    }
    g.dispose();
    return img;
  }

  static Path save(PDDocument doc, Path file) throws IOException {
    doc.save(file.toFile());
    return file;
  }

  /** A stand-in for the tesseract binary that prints a fixed two-word TSV ("fake ocr", confidence 85). */
  static TesseractOcr fakeTesseract(Path dir, Duration perPage) throws IOException {
    return script(dir, "fake-tesseract", List.of(
        "#!/bin/sh",
        "printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n'",
        "printf '5\\t1\\t1\\t1\\t1\\t1\\t0\\t0\\t9\\t9\\t90\\tfake\\n'",
        "printf '5\\t1\\t1\\t1\\t1\\t2\\t0\\t0\\t9\\t9\\t80\\tocr\\n'"), perPage);
  }

  /** A stand-in for the tesseract binary that never finishes in time. */
  static TesseractOcr hangingTesseract(Path dir, Duration perPage) throws IOException {
    return script(dir, "hanging-tesseract", List.of("#!/bin/sh", "exec sleep 30"), perPage);
  }

  private static TesseractOcr script(Path dir, String name, List<String> lines, Duration perPage)
      throws IOException {
    Path script = dir.resolve(name);
    Files.write(script, lines);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return new TesseractOcr(script.toString(), perPage);
  }
}
