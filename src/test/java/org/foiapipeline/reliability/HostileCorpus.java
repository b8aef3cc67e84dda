package org.foiapipeline.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Writes a folder of inputs made to break an ingest: every one made here, in code, from nothing. */
final class HostileCorpus {
  /** Names zip members try to escape to; nothing by these names may appear outside the index folder. */
  static final String TRAVERSAL_NAME = "x-foia-traversal.pdf";
  static final String ABSOLUTE_NAME = "/tmp/x-foia-absolute.pdf";

  private final Path dir;
  private final Random random = new Random(42);

  private HostileCorpus(Path dir) {
    this.dir = dir;
  }

  static void write(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    new HostileCorpus(dir).all();
  }

  private void all() throws IOException, InterruptedException {
    byte[] good = textPdf("Memorandum of Agreement between ICE and Harris County Sheriff.");
    put("good.pdf", good);
    put("zero.pdf", new byte[0]);
    put("zero.docx", new byte[0]);
    put("zero.txt", new byte[0]);
    put("truncated-half.pdf", Arrays.copyOf(good, good.length / 2));
    put("truncated-header.pdf", ascii("%PDF-1.7\n"));
    put("garbage.pdf", randomBytes(50_000));
    put("garbage-with-header.pdf", concat(ascii("%PDF-1.4\n"), randomBytes(50_000)));
    put("corrupt-xref.pdf", corruptTail(good));
    put("encrypted-user-password.pdf", encrypted("user-secret"));
    put("encrypted-owner-only.pdf", encrypted(""));
    put("pdf-named.docx", good);
    put("zip-named.pdf", zip("inside.pdf", good));
    put("text-named.png", ascii("This is plain text about ICE in Travis County, named as an image.\n"));
    put("png-named.pdf", hugePng(1, 1));
    put("html-named.pdf", ascii("<html><body><p>ICE training in Dallas County</p></body></html>"));
    put("five-thousand-pages.pdf", manyPages(5_000));
    put("huge-image-header.png", hugePng(60_000, 60_000));
    put("huge-image-in-page.pdf", handPdf("/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R",
        "4 0 obj << /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /BitsPerComponent 8"
            + " /ColorSpace /DeviceRGB /Length 10 >> stream\n0123456789\nendstream endobj\n"
            + stream(5, "q 612 0 0 792 0 0 cm /Im1 Do Q")));
    put("deep-array.pdf", handPdf("/Deep " + "[".repeat(10_000) + "]".repeat(10_000), ""));
    put("deep-dictionary.pdf", handPdf("/Deep " + "<< /A ".repeat(10_000) + "1" + " >>".repeat(10_000), ""));
    put("broken-font.pdf", handPdf("/Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R",
        "4 0 obj << /Type /Font /Subtype /TrueType /BaseFont /Broken /FirstChar 32 /LastChar 126"
            + " /FontDescriptor 7 0 R >> endobj\n"
            + "7 0 obj << /Type /FontDescriptor /FontName /Broken /Flags 32 /FontBBox [0 0 1000 1000]"
            + " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 5 0 R >> endobj\n"
            + "5 0 obj << /Length 4000 >> stream\n" + new String(randomBytes(4000), StandardCharsets.ISO_8859_1)
            + "\nendstream endobj\n"
            + stream(6, "BT /F1 12 Tf 72 700 Td (ICE agreement with Travis County) Tj ET")));
    put("javascript-open-action.pdf", javascriptPdf());
    put("zip-bomb-single.zip", zip("zeros.pdf", new byte[64 * 1024 * 1024]));
    put("zip-bomb-nested.zip", zip("level1.zip", zip("level2.zip", zip("zeros.txt", new byte[40 * 1024 * 1024]))));
    put("zip-bomb-many.zip", zipOfZeros(12, 8 * 1024 * 1024));
    put("zip-traversal.zip", zipOf(new String[] {"../../" + TRAVERSAL_NAME, ABSOLUTE_NAME, "..\\..\\win.pdf", "ok/inner.pdf"}, good));
    put("zip-corrupt.zip", concat(new byte[] {'P', 'K', 3, 4}, randomBytes(5_000)));
    put("zip-truncated.zip", Arrays.copyOf(zip("a.pdf", good), 200));
    put("zip-empty.zip", emptyZip());
    put("zip-only-folders.zip", zip("empty-folder/", new byte[0]));
    put("binary-junk.txt", randomBytes(20_000));
    put("bad-utf8.txt", concat(ascii("ICE in Harris County "), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}));
    put("one-long-line.txt", ascii("ICE ".repeat(1_000_000)));
    put("malformed.eml", ascii("From: <<<\nSubject: =?bogus?Q?=ZZ?=\nContent-Type: multipart/mixed; boundary=\n\n--\n"));
    put("deep-tags.html", ascii("<div>".repeat(20_000) + "ICE" + "</div>".repeat(10)));
    put("not-really.docx", zip("[Content_Types].xml", ascii("<not xml")));
    put("comma, \"quote\".pdf", good);
    put("x".repeat(240) + ".pdf", good);
    put("bad\nname.pdf", good);
    put("tab\tand\rcarriage.pdf", good);
    Files.createDirectories(dir.resolve("folder-named.pdf"));
    put("folder-named.pdf/inside.pdf", good);
    Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(dir.resolve("loop/back"), Path.of(".."));
    Files.createSymbolicLink(dir.resolve("dangling.pdf"), Path.of("does-not-exist.pdf"));
    sh("mkfifo '" + dir.resolve("fifo.pdf") + "'");
    // A name that is not valid UTF-8 (Latin-1 é), as old Windows shares and zip tools leave behind.
    sh("printf 'ICE' > \"$(printf '" + dir + "/caf\\351.txt')\"");
  }

  private void put(String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private static void sh(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("failed: " + command);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] corruptTail(byte[] pdf) {
    byte[] out = pdf.clone();
    for (int i = Math.max(0, out.length - 400); i < out.length - 10; i++) {
      out[i] = '#';
    }
    return out;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    try (doc) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static PDDocument withText(String text) throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(72, 700);
      cs.showText(text);
      cs.endText();
    }
    return doc;
  }

  private static byte[] textPdf(String text) throws IOException {
    return save(withText(text));
  }

  private static byte[] encrypted(String userPassword) throws IOException {
    PDDocument doc = withText("Encrypted ICE agreement");
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
    policy.setEncryptionKeyLength(128);
    doc.protect(policy);
    return save(doc);
  }

  private static byte[] javascriptPdf() throws IOException {
    PDDocument doc = withText("ICE agreement with an OpenAction script");
    doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi'); while (true) {}"));
    return save(doc);
  }

  private static byte[] manyPages(int n) throws IOException {
    PDDocument doc = new PDDocument();
    for (int i = 0; i < n; i++) {
      doc.addPage(new PDPage());
    }
    return save(doc);
  }

  /** A one-page PDF written by hand (no xref: readers must rebuild it), with extra page keys and objects. */
  private static byte[] handPdf(String pageKeys, String objects) {
    return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + pageKeys + " >> endobj\n"
        + objects + "trailer << /Root 1 0 R /Size 8 >>\n%%EOF\n");
  }

  private static String stream(int number, String content) {
    return number + " 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n";
  }

  /** A PNG whose header claims the given size, with almost no pixel data behind it. */
  private static byte[] hugePng(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 1, 0, 1});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = ascii(type);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    return zipOf(new String[] {name}, content);
  }

  private static byte[] zipOf(String[] names, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] zipOfZeros(int members, int size) throws IOException {
    String[] names = new String[members];
    for (int i = 0; i < members; i++) {
      names[i] = "zeros-" + i + ".txt";
    }
    return zipOf(names, new byte[size]);
  }

  /** Only the end-of-central-directory record: a zip with nothing in it. */
  private static byte[] emptyZip() {
    byte[] eocd = new byte[22];
    eocd[0] = 'P';
    eocd[1] = 'K';
    eocd[2] = 5;
    eocd[3] = 6;
    return eocd;
  }
}
