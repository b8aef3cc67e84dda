package org.foiapipeline.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.foiapipeline.resolve.AnnotatedPage;

/**
 * The project's {@link ContactFinder}: rules over the document's email headers, letters, agreements,
 * running text and tables (docs/CONTACTS.md lists them). Correspondence pages (emails and letters) are read
 * only by their own rules, because their parties are fixed by headers, letterheads and signatures, not by
 * the names in the body; a page of a status table is read as rows, any other page as running text. Stateless and thread-safe.
 *
 * <p>By default it reports ICE contacts only ({@link #ICE_ONLY}): a CBP or USCIS letter to a sheriff is
 * a real interaction, but not the one the project tracks. Pass {@link #FEDERAL} to report every federal
 * agency's contacts.
 */
public final class RuleContactFinder implements ContactFinder {
  public static final Set<String> ICE_ONLY = Set.of("agency:ice");
  public static final Set<String> FEDERAL =
      Set.of("agency:ice", "agency:dhs", "agency:dhs-oig", "agency:cbp", "agency:uscis", "agency:doj", "agency:fbi");

  private final Set<String> agencies;
  private final EmailRule emails = new EmailRule();
  private final LetterRule letters = new LetterRule();
  private final AgreementRule agreements = new AgreementRule();
  private final NarrativeRule narrative = new NarrativeRule();
  private final TableRule tables = new TableRule();

  public RuleContactFinder() {
    this(ICE_ONLY);
  }

  /** @param agencies the agency ids whose contacts are reported, e.g. {@link #ICE_ONLY} */
  public RuleContactFinder(Set<String> agencies) {
    if (agencies.isEmpty()) {
      throw new IllegalArgumentException("no agency to report contacts for; pass at least agency:ice");
    }
    this.agencies = Set.copyOf(agencies);
  }

  /** Never throws on odd pages: a document without pages or mentions has no date and no contacts. */
  @Override
  public Relations relate(List<AnnotatedPage> pages) {
    if (pages == null || pages.isEmpty()) {
      return new Relations(Optional.empty(), List.of());
    }
    DocumentContext doc = new DocumentContext(List.copyOf(pages), agencies);
    List<Contact> found = new ArrayList<>(emails.find(doc));
    found.addAll(letters.find(doc));
    found.addAll(agreements.find(doc));
    if (!AgreementRule.isAgreementDocument(doc)) {
      found.addAll(running(doc));
    }
    return new Relations(doc.documentDate, Deduplication.apply(found));
  }

  private List<Contact> running(DocumentContext doc) {
    Set<Integer> correspondence = correspondencePages(doc);
    Optional<String> program = programAgency(doc);
    List<Contact> out = new ArrayList<>();
    for (int i = 0; i < doc.pages.size(); i++) {
      AnnotatedPage page = doc.pages.get(i);
      if (correspondence.contains(i)) {
        continue;
      }
      // A status table's lines run together into one long "sentence"; its rows are read as rows only.
      out.addAll(TableRule.isTable(doc, page) ? tables.find(doc, page, program) : narrative.find(doc, page));
    }
    return out;
  }

  /** The agency a table of jurisdictions is about: ICE when the document names ICE or 287(g). */
  private Optional<String> programAgency(DocumentContext doc) {
    boolean ice = doc.pages.stream()
        .anyMatch(p -> doc.programAgency(p.text()).isPresent()
            || Parties.agencies(p.mentions()).contains("agency:ice"));
    return ice && doc.reports("agency:ice") ? Optional.of("agency:ice") : Optional.empty();
  }

  /** Pages with email headers, their continuation pages, and letter pages from salutation to closing. */
  private static Set<Integer> correspondencePages(DocumentContext doc) {
    Set<Integer> pages = new HashSet<>();
    boolean inCorrespondence = false;
    for (int i = 0; i < doc.pages.size(); i++) {
      AnnotatedPage page = doc.pages.get(i);
      boolean opens = !page.structure().emails().isEmpty() || LetterRule.opensLetter(page);
      inCorrespondence = opens || (inCorrespondence && !startsSomethingElse(page));
      if (inCorrespondence) {
        pages.add(i);
      }
    }
    return pages;
  }

  /** A page whose top lines look like a new document's title rather than a letter's or email's tail. */
  private static boolean startsSomethingElse(AnnotatedPage page) {
    String top = page.text().substring(0, DocumentDates.offsetAfterLines(page.text(), 2));
    return top.matches("(?s).*\\b(?:MINUTES|AGENDA|MEMORANDUM|REPORT|ATTACHMENT|Minutes|Agenda)\\b.*");
  }
}
