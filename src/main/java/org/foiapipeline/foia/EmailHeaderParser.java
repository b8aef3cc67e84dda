package org.foiapipeline.foia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits printed email threads into their header blocks.
 *
 * <p>A header block is a run of {@code From:}, {@code Sent:}/{@code Date:}, {@code To:}, {@code Cc:},
 * {@code Subject:} lines in any order (some may be missing) that holds a {@code From:} line and at least one
 * other field; a second {@code From:} starts the next block. One or two blank lines between fields (as OCR
 * often leaves them) do not end the block. A value wraps onto the following line when a
 * recipient list ends with {@code ;} or {@code ,} or the next line holds an address, or when the line sits
 * between two field lines. An {@code -----Original Message-----} or {@code Forwarded message} marker right
 * above a block belongs to it. A quoted-reply line ({@code On Tue, Mar 5, 2019 at 10:42 AM X wrote:}) is a
 * message of its own with a sender and a date. Immutable and thread-safe.
 */
public final class EmailHeaderParser {
  private static final Pattern FIELD =
      Pattern.compile(
          "^[ \\t>]*(?<label>From|Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance)[ \\t]*:[ \\t]*(?<value>.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKER =
      Pattern.compile("^[ \\t>]*-{3,}\\s*(?:Original Message|Forwarded message)\\s*-*\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WROTE =
      Pattern.compile(
          "(?m)^[ \\t>]*On\\s+(?<when>[^\\n]{6,60}?),?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?,?"
              + "\\s+(?<who>[^\\n]{1,150}?(?:\\n[^\\n]{1,100}?)?)\\s*wrote:");

  private final DateFinder dates;

  public EmailHeaderParser(DateFinder dates) {
    this.dates = dates;
  }

  /** The header blocks and quoted-reply lines of the text, in text order. */
  public List<EmailMessage> find(String text) {
    List<Line> lines = Line.split(text);
    List<EmailMessage> messages = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, i);
      if (end > i) {
        block(lines, i, end).ifPresent(messages::add);
        i = end;
      } else {
        i++;
      }
    }
    messages.addAll(quotedReplies(text));
    messages.sort(Comparator.comparingInt(EmailMessage::start));
    return messages;
  }

  /** The index after the last line of a header run starting at {@code i}, or {@code i} when none starts. */
  private static int runEnd(List<Line> lines, int i) {
    if (!lines.get(i).isField()) {
      return i;
    }
    boolean seenFrom = false;
    int j = i;
    while (j < lines.size()) {
      Line line = lines.get(j);
      if (line.isField()) {
        boolean from = line.label().equals("from");
        if (from && seenFrom) {
          break;
        }
        seenFrom |= from;
        j++;
      } else if (isContinuation(lines, j)) {
        j++;
      } else if (line.blank() && nextFieldAfterBlanks(lines, j, seenFrom) > j) {
        j = nextFieldAfterBlanks(lines, j, seenFrom);
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * OCR often puts a blank line between printed header lines: the index of the field line after at most two
   * blank lines, or {@code j} when none follows (or it is the next message's From).
   */
  private static int nextFieldAfterBlanks(List<Line> lines, int j, boolean seenFrom) {
    int k = j;
    while (k < lines.size() && k < j + 2 && lines.get(k).blank()) {
      k++;
    }
    boolean field = k < lines.size() && lines.get(k).isField();
    return field && !(seenFrom && lines.get(k).label().equals("from")) ? k : j;
  }

  private static boolean isContinuation(List<Line> lines, int j) {
    Line line = lines.get(j);
    if (line.blank() || j == 0) {
      return false;
    }
    Line previousField = null;
    for (int k = j - 1; k >= 0 && previousField == null; k--) {
      previousField = lines.get(k).isField() ? lines.get(k) : null;
    }
    boolean sandwiched = j + 1 < lines.size() && lines.get(j + 1).isField() && !lines.get(j + 1).label().equals("from");
    String previousText = lines.get(j - 1).text().strip();
    boolean list =
        previousField != null
            && List.of("to", "cc", "bcc", "from").contains(previousField.label())
            && (previousText.endsWith(";") || previousText.endsWith(",") || line.text().contains("@"));
    return sandwiched || list || wrappedSubject(lines, j);
  }

  /** A long Subject line's tail, alone on the line before the blank line that opens the body. */
  private static boolean wrappedSubject(List<Line> lines, int j) {
    Line previous = lines.get(j - 1);
    String text = lines.get(j).text().strip();
    boolean beforeBody = j + 1 >= lines.size() || lines.get(j + 1).blank();
    return previous.label().equals("subject")
        && previous.text().strip().length() >= 30
        && beforeBody
        && !text.matches(".*[,:]$");
  }

  private Optional<EmailMessage> block(List<Line> lines, int from, int to) {
    Fields fields = new Fields();
    String current = null;
    for (int k = from; k < to; k++) {
      Line line = lines.get(k);
      current = line.isField() ? line.label() : current;
      fields.add(current, line.isField() ? line.value() : line.text().strip());
    }
    if (fields.from.isEmpty() || fields.count < 2) {
      return Optional.empty();
    }
    int start = markerAbove(lines, from);
    int end = lines.get(to - 1).end();
    List<String> to1 = recipients(fields.to.toString());
    List<String> cc = recipients(fields.cc.toString());
    return Optional.of(
        new EmailMessage(
            oneLine(fields.from), to1, cc, dates.first(oneLine(fields.sent)), oneLine(fields.subject), start, end));
  }

  private static String oneLine(CharSequence value) {
    return value.toString().replaceAll("\\s+", " ").strip();
  }

  private static int markerAbove(List<Line> lines, int from) {
    for (int k = from - 1; k >= 0 && k >= from - 2; k--) {
      if (MARKER.matcher(lines.get(k).text()).matches()) {
        return lines.get(k).start();
      }
      if (!lines.get(k).blank()) {
        break;
      }
    }
    return lines.get(from).start();
  }

  private List<EmailMessage> quotedReplies(String text) {
    List<EmailMessage> found = new ArrayList<>();
    Matcher m = WROTE.matcher(text);
    while (m.find()) {
      String who = m.group("who").replaceAll("\\s+", " ").strip();
      found.add(new EmailMessage(who, List.of(), List.of(), dates.first(m.group("when")), "", m.start(), m.end()));
    }
    return found;
  }

  /** Splits a To/Cc value on semicolons, or on commas when it is a list of bare addresses. */
  static List<String> recipients(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return List.of();
    }
    String separator = v.contains(";") ? ";" : v.matches("[^,]*@[^,]*(,[^,]*@[^,]*)+") ? "," : "\\n";
    return Arrays.stream(v.split(separator)).map(EmailHeaderParser::oneLine).filter(s -> !s.isEmpty()).toList();
  }

  /** The accumulated values of one block's fields. */
  private static final class Fields {
    final StringBuilder from = new StringBuilder();
    final StringBuilder to = new StringBuilder();
    final StringBuilder cc = new StringBuilder();
    final StringBuilder sent = new StringBuilder();
    final StringBuilder subject = new StringBuilder();
    int count;

    void add(String label, String value) {
      StringBuilder target =
          switch (label) {
            case "from" -> from;
            case "to" -> to;
            case "cc" -> cc;
            case "sent", "date" -> sent;
            case "subject" -> subject;
            default -> null;
          };
      if (target == null) {
        return;
      }
      count += target.isEmpty() ? 1 : 0;
      target.append(target.isEmpty() ? "" : "\n").append(value);
    }
  }

  /** One line of the text with its offsets and, when it is a header field, its label and value. */
  private record Line(String text, int start, int end, String label, String value) {
    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        String t = text.substring(start, end).replace("\r", "");
        Matcher m = FIELD.matcher(t);
        boolean field = m.matches();
        lines.add(
            new Line(t, start, end, field ? m.group("label").toLowerCase(Locale.ROOT) : "",
                field ? m.group("value").strip() : ""));
        if (nl < 0) {
          break;
        }
        start = nl + 1;
      }
      return lines;
    }

    boolean isField() {
      return !label.isEmpty();
    }

    boolean blank() {
      return text.isBlank();
    }
  }
}
