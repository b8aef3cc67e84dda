package org.foiapipeline.release;

import org.foiapipeline.foia.PageStructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.contacts.ContactFinder;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.export.DocumentRecord.MessageRecord;
import org.foiapipeline.foia.EmailMessage;
import org.foiapipeline.resolve.AnnotatedPage;

/**
 * Reads a file as the logical documents it holds: splits its pages ({@link ReleaseSplitter}), finds each
 * document's own date and contacts with the contact finder run on that document's pages alone, and threads
 * its printed emails ({@link ThreadGrouper}). A file of one logical document reads exactly as before: the
 * contact finder sees all its pages. Thread-safe when the contact finder is.
 */
public final class ReleaseReader {
  private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
  private static final Set<String> NOT_NAMES = Set.of("from", "sent", "subject", "the", "and", "office", "sheriff",
      "department", "police", "county", "example", "com", "gov", "org", "net");

  private final ContactFinder contacts;
  private final CueReader cues = new CueReader();
  private final ReleaseSplitter splitter = new ReleaseSplitter();
  private final ThreadGrouper threads = new ThreadGrouper();

  public ReleaseReader(ContactFinder contacts) {
    this.contacts = contacts;
  }

  /**
   * What a file says, logical document by logical document.
   *
   * @param relations the file's date (its first logical document's, else the first one found) and every
   *     contact, each dated within its own logical document
   * @param logical the logical documents; empty when the file is one document without printed email
   */
  public record Reading(Relations relations, List<LogicalRecord> logical) {
    public Reading {
      logical = List.copyOf(logical);
    }
  }

  /**
   * The logical documents of a file's pages, from their text and structure alone (what {@link #read} splits
   * by), so that entities can be resolved document by document before the pages are read.
   *
   * @param numbers, texts, structures one entry per page, in order
   */
  public List<Segment> split(List<Integer> numbers, List<String> texts, List<PageStructure> structures) {
    List<PageCues> pages = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      pages.add(cues.read(numbers.get(i), texts.get(i), structures.get(i)));
    }
    return pages.isEmpty() ? List.of() : splitter.split(pages);
  }

  /** Never throws on odd pages; a file without pages has no logical documents. */
  public Reading read(List<AnnotatedPage> pages) {
    return read(pages, split(pages.stream().map(AnnotatedPage::number).toList(),
        pages.stream().map(AnnotatedPage::text).toList(), pages.stream().map(AnnotatedPage::structure).toList()));
  }

  /** As {@link #read(List)}, with the pages' logical documents as {@link #split} found them. */
  public Reading read(List<AnnotatedPage> pages, List<Segment> segments) {
    if (pages.isEmpty()) {
      return new Reading(contacts.relate(pages), List.of());
    }
    List<Relations> each = new ArrayList<>();
    for (Segment s : segments) {
      each.add(segments.size() == 1 ? contacts.relate(pages) : contacts.relate(within(pages, s)));
    }
    List<LogicalRecord> logical = describe(pages, segments, each);
    boolean plain = segments.size() == 1 && logical.get(0).messages() == null;
    return new Reading(merge(each), plain ? List.of() : logical);
  }

  private static List<AnnotatedPage> within(List<AnnotatedPage> pages, Segment s) {
    return pages.stream().filter(p -> s.contains(p.number())).toList();
  }

  private static Relations merge(List<Relations> each) {
    Optional<LocalDate> date = each.get(0).date().or(() -> each.stream().map(Relations::date)
        .flatMap(Optional::stream).findFirst());
    List<Contact> all = new ArrayList<>();
    each.forEach(r -> all.addAll(r.contacts()));
    return new Relations(date, all);
  }

  private List<LogicalRecord> describe(List<AnnotatedPage> pages, List<Segment> segments, List<Relations> each) {
    List<List<MessageRecord>> messages = new ArrayList<>();
    List<EmailDocument> emails = new ArrayList<>();
    List<Integer> emailIndex = new ArrayList<>();
    for (Segment s : segments) {
      List<MessageRecord> found = messages(within(pages, s));
      messages.add(found);
      if (!found.isEmpty() && (s.kind().equals("email") || s.kind().equals("document"))) {
        emailIndex.add(messages.size() - 1);
        emails.add(emailDocument(within(pages, s)));
      }
    }
    List<String> ids = threads.group(emails);
    List<LogicalRecord> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      int e = emailIndex.indexOf(i);
      String thread = e < 0 ? null : ids.get(e);
      String title = s.kind().equals("email") && !messages.get(i).isEmpty() ? messages.get(i).get(0).subject() : s.title();
      out.add(new LogicalRecord(s.start(), s.end(), s.kind(), each.get(i).date().map(LocalDate::toString).orElse(null),
          title, thread, e < 0 ? null : messages.get(i)));
    }
    return out;
  }

  /** The printed header blocks of the pages (quoted "wrote:" lines have no subject and are left out). */
  private static List<MessageRecord> messages(List<AnnotatedPage> pages) {
    List<MessageRecord> out = new ArrayList<>();
    for (AnnotatedPage p : pages) {
      for (EmailMessage m : p.structure().emails()) {
        if (!m.subject().isEmpty() || !m.to().isEmpty()) {
          out.add(new MessageRecord(p.number(), m.sent().map(LocalDate::toString).orElse(null), m.from(), m.to(),
              m.subject()));
        }
      }
    }
    return out;
  }

  private static EmailDocument emailDocument(List<AnnotatedPage> pages) {
    Set<String> participants = new LinkedHashSet<>();
    Set<String> signatures = new LinkedHashSet<>();
    String key = "";
    for (AnnotatedPage p : pages) {
      for (EmailMessage m : p.structure().emails()) {
        key = key.isEmpty() ? SubjectKey.of(m.subject()) : key;
        List<String> people = new ArrayList<>(m.to());
        people.addAll(m.cc());
        people.add(m.from());
        people.forEach(who -> participants.addAll(names(who)));
        List<String> sender = names(m.from());
        if (m.sent().isPresent() && !sender.isEmpty()) {
          signatures.add(m.sent().get() + "|" + sender.get(0));
        }
      }
    }
    return new EmailDocument(key, participants, signatures);
  }

  /** Address and name words of one From/To/Cc entry; exemption codes such as (b)(6) have none. */
  static List<String> names(String who) {
    List<String> out = new ArrayList<>();
    Matcher a = ADDRESS.matcher(who);
    while (a.find()) {
      out.add(a.group().toLowerCase(Locale.ROOT));
    }
    Matcher w = WORD.matcher(ADDRESS.matcher(who).replaceAll(" "));
    while (w.find()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (!NOT_NAMES.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }
}
