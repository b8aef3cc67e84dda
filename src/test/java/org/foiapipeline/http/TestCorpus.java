package org.foiapipeline.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.Box;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.ingest.Fingerprint;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.Entity;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * A small index for the web tests, built in code: a two-page PDF letter from ICE to Dakota County (with an
 * exemption code, a Bates number and a redaction box), a PDF memo inside a zip about Harris County, and a text file
 * whose text is hostile markup.
 */
final class TestCorpus {
  static final String DAKOTA = "county:31043";
  static final String HARRIS = "county:48201";
  static final String ICE = "agency:ice";
  static final String[] HOSTILE = {
    "<script>window.__xss=1</script>",
    "\"><img src=x onerror=\"window.__xss=1\">",
    "<svg onload=\"window.__xss=1\"></svg>",
    "javascript:window.__xss=1",
    "</textarea><iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
  };
  static final String LETTER_P1 =
      "U.S. Immigration and Customs Enforcement\nDear Sheriff of Dakota County,\nICE asks whether Dakota County "
          + "will apply for a 287(g) agreement.\nContact: (b)(6) at ERO Omaha.\nICE-2019-000123";
  static final String LETTER_P2 = "Training schedule for Dakota County deputies with ICE instructors.\nICE-2019-000124";
  static final String MEMO = "Harris County Sheriff met ICE officials about the 287(g) task force model.";

  /** Display names the tests use. */
  static final EntityNames NAMES = new EntityNames() {
    final Map<String, String[]> known = Map.of(
        DAKOTA, new String[] {"Dakota County, NE", "NE"},
        HARRIS, new String[] {"Harris County, TX", "TX"},
        ICE, new String[] {"U.S. Immigration and Customs Enforcement", ""});

    @Override
    public String name(String id) {
      return known.containsKey(id) ? known.get(id)[0] : id;
    }

    @Override
    public String state(String id) {
      return known.containsKey(id) ? known.get(id)[1] : EntityNames.idsOnly().state(id);
    }
  };

  /** A directory that knows the three entities by name. */
  static final EntityDirectory DIRECTORY = new EntityDirectory() {
    @Override
    public List<Entity> lookup(String nameOrId) {
      String q = nameOrId.toLowerCase(java.util.Locale.ROOT);
      List<Entity> out = new ArrayList<>();
      for (String id : List.of(DAKOTA, HARRIS, ICE)) {
        if (id.equals(nameOrId) || NAMES.name(id).toLowerCase(java.util.Locale.ROOT).startsWith(q)
            || (id.equals(ICE) && q.equals("ice"))) {
          out.add(byId(id).orElseThrow());
        }
      }
      return out;
    }

    @Override
    public Optional<Entity> byId(String id) {
      return Optional.ofNullable(switch (id) {
        case DAKOTA, HARRIS -> new Entity(id, EntityType.COUNTY, NAMES.name(id), NAMES.state(id));
        case ICE -> new Entity(id, EntityType.AGENCY, NAMES.name(id), "");
        default -> null;
      });
    }
  };

  final String letterId;
  final String memoId;
  final String hostileId;

  private TestCorpus(String letterId, String memoId, String hostileId) {
    this.letterId = letterId;
    this.memoId = memoId;
    this.hostileId = hostileId;
  }

  /** Writes the source files under {@code base/in} and indexes them into {@code base/index}, paths relative to base. */
  static TestCorpus build(Path base) throws IOException {
    Path in = Files.createDirectories(base.resolve("in"));
    byte[] letter = pdf(List.of(LETTER_P1, LETTER_P2), true);
    Files.write(in.resolve("letter.pdf"), letter);
    byte[] memo = pdf(List.of(MEMO), false);
    try (OutputStream out = Files.newOutputStream(in.resolve("release.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("memos/memo.pdf"));
      zip.write(memo);
      zip.closeEntry();
    }
    String hostileText = "Dakota County note. " + String.join(" ", HOSTILE) + " ICE reply pending.";
    byte[] hostile = hostileText.getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("hostile.txt"), hostile);
    TestCorpus corpus = new TestCorpus(Fingerprint.of(letter), Fingerprint.of(memo), Fingerprint.of(hostile));
    try (IndexUpdater updater = IndexUpdater.open(base.resolve("index"), NAMES)) {
      add(updater, corpus.letterId, "in/letter.pdf", "application/pdf", List.of(LETTER_P1, LETTER_P2),
          LocalDate.of(2019, 3, 5), DAKOTA, ContactKind.INQUIRY);
      add(updater, corpus.memoId, "in/release.zip!/memos/memo.pdf", "application/pdf", List.of(MEMO),
          LocalDate.of(2020, 6, 1), HARRIS, ContactKind.MEETING);
      add(updater, corpus.hostileId, "in/hostile.txt", "text/plain", List.of(hostileText),
          LocalDate.of(2021, 1, 2), DAKOTA, ContactKind.OTHER);
      updater.commit();
    }
    return corpus;
  }

  static void add(IndexUpdater updater, String id, String path, String type, List<String> texts,
      LocalDate date, String jurisdiction, ContactKind kind) throws IOException {
    List<Page> pages = new ArrayList<>();
    List<AnnotatedPage> annotated = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<Box> boxes = i == 0 && type.equals("application/pdf") ? List.of(new Box(0.1, 0.5, 0.3, 0.04)) : List.of();
      Page page = new Page(i + 1, text, TextSource.TEXT_LAYER, -1, boxes, "");
      pages.add(page);
      annotated.add(new AnnotatedPage(page, structure(text), mentions(text, i + 1)));
    }
    Contact contact = new Contact(ICE, jurisdiction, Optional.of(date), 1, kind, texts.get(0));
    AnnotatedDocument doc = new AnnotatedDocument(id, path, new ExtractedDocument(type, Status.OK, "", pages),
        annotated, new Relations(Optional.of(date), List.of(contact)), 0.1);
    updater.add(doc, new LedgerEntry(path, id, Status.OK, "", pages.size(), 0, 0.1, 100, -1, System.currentTimeMillis()));
  }

  private static PageStructure structure(String text) {
    List<String> exemptions = text.contains("(b)(6)") ? List.of("(b)(6)") : List.of();
    List<String> bates = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("ICE-\\d{4}-\\d{6}").matcher(text);
    while (m.find()) {
      bates.add(m.group());
    }
    return new PageStructure(bates, exemptions, List.of(), List.of());
  }

  private static List<ResolvedMention> mentions(String text, int page) {
    List<ResolvedMention> out = new ArrayList<>();
    mention(out, text, page, "Dakota County", EntityType.COUNTY, DAKOTA);
    mention(out, text, page, "Harris County", EntityType.COUNTY, HARRIS);
    mention(out, text, page, "ICE", EntityType.AGENCY, ICE);
    return out;
  }

  private static void mention(List<ResolvedMention> out, String text, int page, String name, EntityType type, String id) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.add(new ResolvedMention(new Mention(name, type, at, at + name.length(), "test"), page, id, List.of()));
    }
  }

  /** A PDF with one page per text, lines drawn in Helvetica; optionally a black redaction bar on page 1. */
  static byte[] pdf(List<String> pages, boolean redaction) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(72, 700);
          for (String line : pages.get(i).split("\n")) {
            cs.showText(line);
            cs.newLineAtOffset(0, -18);
          }
          cs.endText();
          if (redaction && i == 0) {
            cs.addRect(61, 792 * 0.46f, 183, 32);
            cs.fill();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
