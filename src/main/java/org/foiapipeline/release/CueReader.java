package org.foiapipeline.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.foia.PageStructure;

/**
 * Reads the {@link PageCues} of one page from its text and FOIA structure. Every pattern tolerates what OCR
 * does to a printed page: {@code l}, {@code I} or {@code |} for 1, {@code O} for 0, a {@code ;} for a
 * {@code :}, speckle lines of one or two characters, blank lines between header fields. Immutable and
 * thread-safe.
 */
public final class CueReader {
  private static final Pattern PAGE_OF =
      Pattern.compile("(?i)\\bP\\s?a\\s?g\\s?e\\s*([0-9IlO|]{1,3})\\s*[o0]\\s?f\\s*([0-9IlO|]{1,3})\\b");
  private static final Pattern FAX =
      Pattern.compile("(?i)\\bFROM\\s*[:;]?.{0,40}\\bTO\\s*[:;]?.{0,40}\\bP\\s*[.,]?\\s*([0-9IlO|]{1,3})\\s*/\\s*([0-9IlO|]{1,3})");
  private static final Pattern FROM = Pattern.compile("(?i)^\\W{0,3}(?:From|Frorn|Fron|Fram|Frcm)\\s*[:;.,]");
  private static final Pattern OTHER_FIELD =
      Pattern.compile("(?i)^\\W{0,3}(?:Sent|Date|To|Cc|Subject|Subiect|Subj ect)\\s*[:;.,]");
  private static final Pattern SUBJECT = Pattern.compile("(?i)^\\W{0,3}(?:Subject|Subiect|Subj ect)\\s*[:;.,]\\s*(.*)$");
  private static final Pattern MARKER =
      Pattern.compile("(?i)^\\W{0,5}[-_—–=]{5,}|original\\s+message|forwarded\\s+message");
  private static final Pattern STAMP = Pattern.compile("(?i)^\\W{0,3}RECEIVED\\b.{0,20}$");
  private static final Pattern MOA = Pattern.compile("(?i)MEMORANDUM\\s+OF\\s+(?:AGREEMENT|UNDERSTANDING)");
  private static final Pattern MEMO = Pattern.compile("(?i)^\\W{0,3}MEMORANDUM(?:\\s+FOR\\b.*)?\\s*$");
  private static final Pattern MINUTES =
      Pattern.compile("(?i)\\bMinutes\\s+of\\b|BOARD\\s+OF\\s+(?:COUNTY\\s+)?(?:COMMISSIONERS|SUPERVISORS)"
          + "|\\bCITY\\s+COUNCIL\\b|\\bPOLICE\\s+JURY\\b|^\\S.{0,40}\\bASSEMBLY\\s*$");
  private static final Pattern TABLE =
      Pattern.compile("(?i)287\\s?\\(g\\)\\s+Program\\s*$|Association\\s+of\\s+Counties\\s*$|^(?:State|County)\\s+"
          + "(?:Jurisdiction|Average)");
  private static final Pattern AGENCY_HEAD = Pattern.compile("(?i)^\\W{0,3}U\\.?\\s?S\\.?\\s+Department\\s+of\\s+\\w+");
  /** A local letterhead is printed in capitals; the same words in mixed case close a signature block. */
  private static final Pattern LOCAL_HEAD =
      Pattern.compile("OFFICE\\s+OF\\s+THE\\s+SHERIFF|SHERIFF'?S?\\s+(?:OFFICE|DEPARTMENT)\\s*$|POLICE\\s+DEPARTMENT\\s*$");
  private static final Pattern DIGITS = Pattern.compile("([0-9IlO|]+)\\D*$");
  private static final int TOP = 5;
  private static final int FOOTER = 4;
  /** Cues sit in a page's first and last lines, and are short: a dump's one long line never holds one. */
  private static final int HEAD_LINES = 40;
  private static final int FOOT_LINES = 8;
  private static final int MAX_LINE = 300;
  private static final int MAX_TEXT = 20_000;

  /** The cues of page {@code number}; never throws, an empty page has none. */
  public PageCues read(int number, String text, PageStructure structure) {
    List<String> lines = lines(text);
    int body = bodyEnd(lines);
    int top = skipFurniture(lines);
    OptionalInt[] label = label(lines);
    String bates = structure.bates().isEmpty() ? "" : structure.bates().get(structure.bates().size() - 1);
    int from = emailStart(lines, top);
    boolean emailTop = from >= 0;
    boolean markerAbove = emailTop && from > 0 && isMarker(lines.get(from - 1));
    boolean endsWithMarker = body > 0 && isMarker(lines.get(body - 1));
    String heading = emailTop ? "" : heading(lines, top);
    return new PageCues(number, label[0], label[1], prefix(bates), serial(bates), emailTop, markerAbove,
        endsWithMarker, heading, title(lines, top, emailTop));
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    String cut = text.length() <= 2 * MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "\n" + text.substring(text.length() - MAX_TEXT);
    for (String line : cut.split("\\R")) {
      String t = line.strip();
      if (t.length() > MAX_LINE) {
        t = t.substring(0, MAX_LINE);
      }
      if (t.length() > 2 && (t.chars().anyMatch(Character::isLetterOrDigit) || isMarker(t))) {
        out.add(t);
      }
    }
    if (out.size() > HEAD_LINES + FOOT_LINES) {
      List<String> kept = new ArrayList<>(out.subList(0, HEAD_LINES));
      kept.addAll(out.subList(out.size() - FOOT_LINES, out.size()));
      return kept;
    }
    return out;
  }

  private static boolean isMarker(String line) {
    return line.length() < 120 && MARKER.matcher(line).find();
  }

  /** The index after the last body line: the page label and Bates line at the foot are not body. */
  private static int bodyEnd(List<String> lines) {
    int end = lines.size();
    while (end > 0 && end > lines.size() - 2 && isFooter(lines.get(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isFooter(String line) {
    return PAGE_OF.matcher(line).find() || line.matches("(?i)^[0-9IlO|]{1,3}(\\s+\\S+.*\\d{3,})?$")
        || line.matches("^[A-Z0-9][A-Z0-9 -]{2,40}[- ]\\d{4,10}$");
  }

  /** The first line below a fax header and a RECEIVED stamp. */
  private static int skipFurniture(List<String> lines) {
    int i = 0;
    while (i < lines.size() && i < 2 && (FAX.matcher(lines.get(i)).find() || STAMP.matcher(lines.get(i)).find())) {
      i++;
    }
    return i;
  }

  /** The page label (k) and count (N), from "Page k of N" near the foot or a fax header's P.00k/00N. */
  private static OptionalInt[] label(List<String> lines) {
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - FOOTER); i--) {
      Matcher m = PAGE_OF.matcher(lines.get(i));
      if (m.find()) {
        return pair(m.group(1), m.group(2));
      }
    }
    for (int i = 0; i < Math.min(2, lines.size()); i++) {
      Matcher m = FAX.matcher(lines.get(i));
      if (m.find()) {
        return pair(m.group(1), m.group(2));
      }
    }
    if (!lines.isEmpty() && lines.size() > 1) {
      Matcher bare = Pattern.compile("^([0-9IlO|]{1,3})(?:\\s+\\S.*)?$").matcher(lines.get(lines.size() - 1));
      if (bare.matches() && lines.get(lines.size() - 1).matches(".*\\d{4,}.*|^\\S{1,3}$")) {
        return new OptionalInt[] {number(bare.group(1)), OptionalInt.empty()};
      }
    }
    return new OptionalInt[] {OptionalInt.empty(), OptionalInt.empty()};
  }

  private static OptionalInt[] pair(String k, String n) {
    OptionalInt page = number(k);
    OptionalInt count = number(n);
    boolean sane = page.isPresent() && count.isPresent() && page.getAsInt() >= 1 && page.getAsInt() <= count.getAsInt();
    return sane ? new OptionalInt[] {page, count} : new OptionalInt[] {OptionalInt.empty(), OptionalInt.empty()};
  }

  static OptionalInt number(String ocr) {
    String digits = ocr.replaceAll("[Il|]", "1").replace('O', '0');
    return digits.matches("\\d{1,4}") ? OptionalInt.of(Integer.parseInt(digits)) : OptionalInt.empty();
  }

  /** The line where a header block opens in the top lines: a From line with another field soon after. */
  private static int emailStart(List<String> lines, int top) {
    for (int i = top; i < Math.min(lines.size(), top + 3); i++) {
      if (FROM.matcher(lines.get(i)).find()) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 7); j++) {
          if (OTHER_FIELD.matcher(lines.get(j)).find()) {
            return i;
          }
        }
      }
      if (!isMarker(lines.get(i))) {
        break;
      }
    }
    return -1;
  }

  private static String heading(List<String> lines, int top) {
    List<String> head = lines.subList(Math.min(top, lines.size()), Math.min(lines.size(), top + TOP));
    for (int i = 0; i < head.size(); i++) {
      String line = head.get(i);
      if (MOA.matcher(line).find()) {
        return "moa";
      }
      if (i < 2 && MEMO.matcher(line).find()) {
        return "memo";
      }
      if (MINUTES.matcher(line).find()) {
        return "minutes";
      }
      if (TABLE.matcher(line).find()) {
        return "table";
      }
      if ((i == 0 && AGENCY_HEAD.matcher(line).find()) || (i < 2 && LOCAL_HEAD.matcher(line).find())) {
        return "letter";
      }
    }
    return "";
  }

  private static String title(List<String> lines, int top, boolean email) {
    for (int i = top; email && i < Math.min(lines.size(), top + 10); i++) {
      Matcher m = SUBJECT.matcher(lines.get(i));
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    return top < lines.size() ? lines.get(top) : "";
  }

  static String prefix(String bates) {
    Matcher m = DIGITS.matcher(bates);
    String head = m.find() ? bates.substring(0, m.start()) : bates;
    return head.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
  }

  static OptionalLong serial(String bates) {
    Matcher m = DIGITS.matcher(bates);
    if (!m.find()) {
      return OptionalLong.empty();
    }
    String digits = m.group(1).replaceAll("[Il|]", "1").replace('O', '0');
    return digits.matches("\\d{1,12}") ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
  }
}
