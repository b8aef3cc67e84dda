package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.foiapipeline.corpus.Layout.Line;
import org.foiapipeline.corpus.Layout.PageLayout;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.ContactRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.export.DocumentRecord.MessageRecord;

/**
 * The truth about one merged release, gathered document by document: each logical document's gold record
 * (as {@link Gold} writes it for a single file) shifted to the release's page numbers, plus its page range,
 * kind, date, thread and messages.
 */
final class ReleaseGold {
  private final List<DocumentRecord> parts = new ArrayList<>();
  private final List<LogicalRecord> logical = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<String> bates = new ArrayList<>();
  private LocalDate firstDate;

  void add(Draft draft, List<PageLayout> pages, ReleaseFactory.Slot slot) {
    int offset = texts.size();
    DocumentRecord part = Gold.record(draft, pages, new boolean[pages.size()], null, null);
    parts.add(shift(part, offset));
    texts.addAll(part.text());
    bates.addAll(part.bates());
    firstDate = firstDate == null ? draft.date() : firstDate;
    List<MessageRecord> messages = messages(slot, draft, pages, offset);
    String title = slot.plan() != null ? slot.plan().subject(slot.shown() - 1) : firstLine(pages);
    logical.add(new LogicalRecord(offset + 1, offset + pages.size(), kind(draft.kind()), draft.date().toString(),
        title, slot.thread(), messages.isEmpty() ? null : messages));
  }

  LocalDate firstDate() {
    return firstDate;
  }

  DocumentRecord record(boolean[] scanned) {
    List<String> kinds = new ArrayList<>();
    int ocr = 0;
    for (boolean s : scanned) {
      kinds.add(s ? "scanned" : "digital");
      ocr += s ? 1 : 0;
    }
    TreeSet<String> exemptions = new TreeSet<>();
    List<ContactRecord> contacts = new ArrayList<>();
    parts.forEach(p -> {
      exemptions.addAll(p.exemptions());
      contacts.addAll(p.contacts());
    });
    return new DocumentRecord(null, null, texts.size(), "ok", ocr, firstDate.toString(), entities(), contacts,
        List.copyOf(exemptions), bates, texts, null, kinds, "release", (List<DocumentRecord.RedactionRecord>) null)
        .withLogicalDocuments(logical);
  }

  /** The coarse kind a reader names: every email is an email, a CBP letter is a letter. */
  static String kind(String draftKind) {
    return switch (draftKind) {
      case "email", "email_clipping" -> "email";
      case "letter", "distractor_cbp", "distractor_uscis" -> "letter";
      case "distractor_county_list" -> "table";
      default -> draftKind;
    };
  }

  private static DocumentRecord shift(DocumentRecord r, int offset) {
    List<EntityRecord> entities = r.entities().stream()
        .map(e -> new EntityRecord(e.id(), e.type(), e.name(), e.mentions(),
            e.pages().stream().map(p -> p + offset).toList(), e.variants()))
        .toList();
    List<ContactRecord> contacts = r.contacts().stream()
        .map(c -> new ContactRecord(c.agency(), c.jurisdiction(), c.date(), c.page() + offset, c.kind(), c.snippet()))
        .toList();
    return new DocumentRecord(null, null, r.pages(), r.status(), 0, r.date(), entities, contacts, r.exemptions(),
        r.bates(), r.text(), null, null, r.kind());
  }

  private List<EntityRecord> entities() {
    Map<String, List<EntityRecord>> byId = new LinkedHashMap<>();
    parts.forEach(p -> p.entities().forEach(e -> byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e)));
    List<EntityRecord> out = new ArrayList<>();
    byId.forEach((id, list) -> {
      TreeSet<Integer> pages = new TreeSet<>();
      LinkedHashSet<String> variants = new LinkedHashSet<>();
      int mentions = 0;
      for (EntityRecord e : list) {
        pages.addAll(e.pages());
        variants.addAll(e.variants());
        mentions += e.mentions();
      }
      EntityRecord first = list.get(0);
      out.add(new EntityRecord(id, first.type(), first.name(), mentions, List.copyOf(pages), List.copyOf(variants)));
    });
    return out;
  }

  /** The printed messages of an email document, in page order: the n-th From line is the n-th message. */
  private static List<MessageRecord> messages(ReleaseFactory.Slot slot, Draft draft, List<PageLayout> pages,
      int offset) {
    List<Integer> fromPages = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      for (Line line : pages.get(i).lines()) {
        if (line.text().startsWith("From:")) {
          fromPages.add(offset + i + 1);
        }
      }
    }
    List<MessageRecord> out = new ArrayList<>();
    if (slot.plan() != null) {
      for (int k = 0; k < slot.shown() && k < fromPages.size(); k++) {
        int message = slot.shown() - 1 - k;
        ThreadPlan plan = slot.plan();
        out.add(new MessageRecord(fromPages.get(k), plan.time(message).toLocalDate().toString(), plan.from(message),
            null, plan.subject(message)));
      }
    } else if (slot.thread() != null && !fromPages.isEmpty()) {
      out.add(new MessageRecord(fromPages.get(0), draft.date().toString(), null, null, firstSubject(pages)));
    }
    return out;
  }

  private static String firstSubject(List<PageLayout> pages) {
    return pages.get(0).lines().stream().map(Line::text).filter(t -> t.startsWith("Subject:"))
        .map(t -> t.substring("Subject:".length()).strip()).findFirst().orElse("");
  }

  private static String firstLine(List<PageLayout> pages) {
    return pages.get(0).lines().stream().map(Line::text).filter(t -> !t.isBlank()).findFirst().orElse("");
  }
}
