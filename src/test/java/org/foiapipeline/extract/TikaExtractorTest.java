package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaExtractorTest {
  private final TikaExtractor tika = new TikaExtractor(Limits.defaults());

  @TempDir Path dir;

  private ExtractedDocument extract(Path file) {
    return tika.extract(file, file.getFileName().toString());
  }

  @Test
  void wordDocumentIsOnePageOfPlainText() throws IOException {
    Path docx = dir.resolve("letter.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      doc.createParagraph().createRun().setText("Dear Sheriff Smith,");
      doc.createParagraph().createRun().setText("ICE ERO Houston requests a meeting about the 287(g) application.");
      doc.write(out);
    }
    ExtractedDocument result = extract(docx);
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(result.pages()).hasSize(1);
    assertThat(result.pages().get(0).text()).contains("Dear Sheriff Smith,").contains("287(g) application");
    assertThat(result.pages().get(0).source()).isEqualTo(TextSource.TEXT_LAYER);
  }

  @Test
  void spreadsheetGivesOnePagePerSheet() throws IOException {
    Path xlsx = dir.resolve("log.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      book.createSheet("Inquiries").createRow(0).createCell(0).setCellValue("Harris County inquiry");
      book.createSheet("Trainings").createRow(0).createCell(0).setCellValue("Dakota County training");
      book.write(out);
    }
    ExtractedDocument result = extract(xlsx);
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.pages()).hasSize(2);
    assertThat(result.pages().get(0).text()).contains("Harris County inquiry").doesNotContain("Dakota");
    assertThat(result.pages().get(1).text()).contains("Dakota County training");
  }

  @Test
  void csvHtmlAndTextAreRead() throws IOException {
    Path csv = Files.writeString(dir.resolve("contacts.csv"), "agency,county\nICE,Jim Wells County\n");
    Path html = Files.writeString(dir.resolve("page.html"),
        "<html><head><title>t</title><script>var x=1;</script></head><body><h1>Press release</h1>"
            + "<p>Galveston County signs agreement.</p></body></html>");
    Path txt = Files.writeString(dir.resolve("notes.txt"), "Meeting with ERO on March 5, 2025.\n");
    assertThat(extract(csv).pages().get(0).text()).contains("Jim Wells County");
    ExtractedDocument page = extract(html);
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.pages().get(0).text()).contains("Press release").contains("Galveston County signs")
        .doesNotContain("var x");
    ExtractedDocument notes = extract(txt);
    assertThat(notes.mediaType()).isEqualTo("text/plain");
    assertThat(notes.pages().get(0).text()).isEqualTo("Meeting with ERO on March 5, 2025.");
  }

  @Test
  void emailStartsWithItsHeaders() throws IOException {
    Path eml = Files.writeString(dir.resolve("message.eml"), String.join("\r\n",
        "From: John Doe <john.doe@ice.dhs.gov>",
        "To: Sheriff <sheriff@co.rusk.tx.us>",
        "Subject: 287(g) training dates",
        "Date: Tue, 4 Mar 2025 10:15:00 -0600",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Sheriff, the training for your officers starts on April 7.",
        ""), StandardCharsets.UTF_8);
    ExtractedDocument result = extract(eml);
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.mediaType()).isEqualTo("message/rfc822");
    String text = result.pages().get(0).text();
    assertThat(text).contains("From: John Doe").contains("john.doe@ice.dhs.gov").contains("To: ")
        .contains("Subject: 287(g) training dates").contains("training for your officers starts on April 7");
    assertThat(text.indexOf("Subject:")).isLessThan(text.indexOf("training for your officers"));
  }

  @Test
  void fileWithoutTextIsEmptyAndGarbageIsNotAnException() throws IOException {
    assertThat(extract(Files.writeString(dir.resolve("blank.txt"), "   \n\n")).status()).isEqualTo(Status.EMPTY);
    ExtractedDocument zero = extract(Files.write(dir.resolve("zero.docx"), new byte[0]));
    assertThat(zero.status()).isEqualTo(Status.FAILED);
    assertThat(zero.reason()).isEqualTo("empty file (0 bytes)");
    ExtractedDocument broken = extract(Files.write(dir.resolve("broken.docx"), "PK\u0003\u0004 not a zip".getBytes()));
    assertThat(broken.status()).isIn(Status.FAILED, Status.EMPTY, Status.OK);
  }

  @Test
  void textOverTheWriteLimitIsCutAndPartial() throws IOException {
    Limits onePage = new Limits(Limits.DEFAULT_MAX_FILE_BYTES, 1, Limits.DEFAULT_OCR_PER_PAGE,
        Limits.DEFAULT_PARSE_PER_DOCUMENT, 300, OcrMode.AUTO, Limits.DEFAULT_MAX_IMAGE_PIXELS);
    Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(2_000));
    ExtractedDocument result = new TikaExtractor(onePage).extract(big, "big.txt");
    assertThat(result.status()).isEqualTo(Status.PARTIAL);
    assertThat(result.reason()).isEqualTo("text cut at 2000 characters");
    assertThat(result.pages().get(0).text().length()).isLessThanOrEqualTo(2_000);
  }
}
