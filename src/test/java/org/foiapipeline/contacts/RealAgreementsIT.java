package org.foiapipeline.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiapipeline.extract.Page;
import org.foiapipeline.foia.FoiaStructureFinder;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;
import org.junit.jupiter.api.Test;

/**
 * The agreement rule on the real 287(g) MOAs that have a text layer, with an oracle recogniser (the
 * labelled agency's name and ICE's, wherever the text spells them): is the ICE-agency agreement found, and
 * is it dated by its signature date?
 */
class RealAgreementsIT {
  private static final Path REAL = Path.of("corpus/real");
  private static final Pattern ICE =
      Pattern.compile("Immigration\\s+(?:and|&)\\s+Customs\\s+Enforcement|\\bICE\\b|\\bERO\\b");

  private final FoiaStructureFinder structure = new FoiaStructureFinder();
  private final ContactFinder finder = new RuleContactFinder();

  @Test
  void findsTheAgreementOfMostRealMoasWithText() throws IOException {
    int docs = 0;
    int found = 0;
    int dated = 0;
    int nearlyDated = 0;
    List<String> misses = new ArrayList<>();
    for (CSVRecord row : labels()) {
      if (row.get("text_layer").equals("none")) {
        continue;
      }
      docs++;
      String jurisdiction = jurisdiction(row);
      Relations r = finder.relate(pages(REAL.resolve("pdf").resolve(row.get("file")), row.get("agency"), jurisdiction));
      Optional<Contact> agreement = r.contacts().stream()
          .filter(c -> c.jurisdiction().equals(jurisdiction) && c.kind() == ContactKind.AGREEMENT).findFirst();
      LocalDate signed = LocalDate.parse(row.get("signed_date"));
      found += agreement.isPresent() ? 1 : 0;
      boolean rightDate = agreement.flatMap(Contact::date).filter(signed::equals).isPresent();
      dated += rightDate ? 1 : 0;
      nearlyDated += agreement.flatMap(Contact::date)
          .filter(d -> Math.abs(d.toEpochDay() - signed.toEpochDay()) <= 1).isPresent() ? 1 : 0;
      if (!rightDate) {
        misses.add(row.get("file") + " " + signed + " -> " + agreement.map(c -> c.date().toString()).orElse("none")
            + " " + r.contacts().size());
      }
    }
    System.out.printf(
        "real MOAs with text: %d, agreement found: %d, signature date right: %d, within a day: %d%n",
        docs, found, dated, nearlyDated);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(found).isGreaterThanOrEqualTo(docs * 3 / 4);
  }

  private static String jurisdiction(CSVRecord row) {
    if (!row.get("county_fips").isEmpty()) {
      return "county:" + row.get("county_fips");
    }
    String agency = row.get("agency");
    if (agency.endsWith("Police Department")) {
      String name = agency.replace(" Police Department", "").toLowerCase(Locale.ROOT).replace(' ', '-');
      return "place:" + row.get("state") + ":" + name;
    }
    return "state:" + row.get("state");
  }

  private List<AnnotatedPage> pages(Path pdf, String agency, String jurisdiction) throws IOException {
    List<AnnotatedPage> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setPageEnd("\f");
      String[] texts = stripper.getText(doc).split("\f", -1);
      for (int n = 1; n <= doc.getNumberOfPages(); n++) {
        String text = texts[n - 1];
        List<ResolvedMention> mentions = new ArrayList<>();
        mark(text, nameRegex(agency), n, jurisdiction, mentions);
        mark(text, ICE, n, "agency:ice", mentions);
        pages.add(new AnnotatedPage(Page.ofText(n, text), structure.find(text), mentions));
      }
    }
    return pages;
  }

  private static Pattern nameRegex(String agency) {
    String[] words = agency.replace("'", "").split(" ");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(b.isEmpty() ? "" : "\\s+").append(Pattern.quote(w).replace("Sheriffs", "\\ESheriff[’']?s\\Q"));
    }
    return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static void mark(String text, Pattern p, int page, String id, List<ResolvedMention> out) {
    Matcher m = p.matcher(text);
    EntityType type = id.startsWith("agency:") || id.startsWith("state:") ? EntityType.AGENCY : EntityType.COUNTY;
    while (m.find()) {
      out.add(new ResolvedMention(new Mention(m.group(), type, m.start(), m.end(), "oracle"), page, id, List.of()));
    }
  }

  private static List<CSVRecord> labels() throws IOException {
    try (Reader in = Files.newBufferedReader(REAL.resolve("labels.csv"))) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
