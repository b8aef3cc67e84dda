package org.foiapipeline.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.export.DocumentRecord.MessageRecord;

/**
 * Finds threads in export records (as the index stores them): by thread id, or every thread of a file. A
 * message printed in several chains (each reply quotes the ones before) is listed once, by its sender, sent
 * date and subject. Works on a snapshot of records; immutable.
 */
public final class ThreadIndex {
  private final List<DocumentRecord> records;

  public ThreadIndex(List<DocumentRecord> records) {
    this.records = List.copyOf(records);
  }

  /**
   * The threads {@code key} names: a thread id ({@code thread:...}), or a file id (or its first 8+ hex digits)
   * for every thread in that file; empty when nothing matches.
   *
   * @throws IllegalArgumentException when a short id prefix matches more than one file
   */
  public List<EmailThread> find(String key) {
    String k = key.strip();
    if (k.startsWith("thread:")) {
      EmailThread t = thread(k);
      return t.copies().isEmpty() ? List.of() : List.of(t);
    }
    List<DocumentRecord> files = records.stream().filter(r -> r.id() != null && r.id().startsWith(k)).toList();
    if (k.length() < 8 || files.isEmpty()) {
      return List.of();
    }
    if (files.size() > 1) {
      throw new IllegalArgumentException("\"" + key + "\" starts " + files.size() + " document ids; give more of the id");
    }
    Set<String> ids = new LinkedHashSet<>();
    logical(files.get(0)).stream().map(LogicalRecord::thread).filter(t -> t != null).forEach(ids::add);
    return ids.stream().map(this::thread).toList();
  }

  private static List<LogicalRecord> logical(DocumentRecord r) {
    return r.logicalDocuments() == null ? List.of() : r.logicalDocuments();
  }

  private EmailThread thread(String id) {
    List<EmailThread.Copy> copies = new ArrayList<>();
    Map<String, Gathered> messages = new LinkedHashMap<>();
    for (DocumentRecord r : records) {
      for (LogicalRecord l : logical(r)) {
        if (id.equals(l.thread())) {
          copies.add(new EmailThread.Copy(r.id(), r.path(), l.start(), l.end()));
          gather(messages, r, l);
        }
      }
    }
    List<Gathered> ordered = new ArrayList<>(messages.values());
    ordered.sort(Comparator.comparing((Gathered g) -> g.date == null ? "9999" : g.date).thenComparingInt(g -> -g.rank));
    List<EmailThread.Message> out = ordered.stream()
        .map(g -> new EmailThread.Message(g.date, g.from, g.to, g.subject, List.copyOf(g.at))).toList();
    String subject = ordered.isEmpty() ? "" : stripPrefixes(ordered.get(0).subject);
    return new EmailThread(id, subject, copies, out);
  }

  /** Adds a chain's messages; a chain prints newest first, so a later position is an older message. */
  private static void gather(Map<String, Gathered> messages, DocumentRecord r, LogicalRecord l) {
    if (l.messages() == null) {
      return;
    }
    for (int i = 0; i < l.messages().size(); i++) {
      MessageRecord m = l.messages().get(i);
      List<String> sender = ReleaseReader.names(m.from() == null ? "" : m.from());
      String who = sender.isEmpty() ? String.valueOf(m.from()).replaceAll("\\s+", "") : sender.get(0);
      String key = m.date() + "|" + who + "|" + SubjectKey.of(m.subject());
      Gathered g = messages.computeIfAbsent(key, k -> new Gathered(m, l.messages().size()));
      g.rank = Math.max(g.rank, l.messages().size() - i);
      g.at.add(r.path() + " p." + m.page());
    }
  }

  private static String stripPrefixes(String subject) {
    return subject == null ? "" : subject.replaceFirst("(?i)^\\s*((re|fw|fwd)\\s*[:;]\\s*)+", "");
  }

  /** One distinct message and every place it is printed. */
  private static final class Gathered {
    final String date;
    final String from;
    final List<String> to;
    final String subject;
    final Set<String> at = new LinkedHashSet<>();
    int rank;

    Gathered(MessageRecord m, int rank) {
      this.date = m.date();
      this.from = m.from();
      this.to = m.to();
      this.subject = m.subject();
      this.rank = rank;
    }
  }
}
