package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Where on a page the trained name finder can add something: around two capitalised words in a row
 * ("Larry Smith", "Sheriff Norman Chaffins", "Dakota Co"), an initial allowed between them — the shape of
 * every name the model adds to the gazetteer and the patterns — that no mention found already covers, and
 * that are not both words no name is made of ("Dear Sheriff", "Office Director", "PM To", "MEMORANDUM OF").
 * Stateless.
 */
final class NameCandidates {
  private NameCandidates() {}

  /**
   * Words of context the finder sees on either side of a pair: its features look two tokens each way and
   * every word is at least one token, so two words keep every feature of the pair's own tokens as in the
   * whole sentence.
   */
  static final int CONTEXT_WORDS = 2;

  private static final Pattern PAIR =
      Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]+)\\.?(?:[ \\t]+\\p{Lu}\\.)?[ \\t\\n]+(\\p{Lu}[\\p{L}'\u2019-]+)");

  /**
   * Capitalised words of letters, memos and e-mails that are never part of a person's or a place's name the
   * gazetteer does not know: function words, salutations, times, titles and the words of office and agency
   * names. A pair of two of them is skipped; one of them beside another word still counts.
   */
  private static final Set<String> NEVER_A_NAME = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "to", "from", "for", "by", "of", "and", "or", "in",
      "on", "at", "with", "as", "re", "fw", "fwd", "cc", "bcc", "subject", "sent", "date", "dear", "page",
      "please", "thank", "thanks", "regards", "sincerely", "original", "message", "attachment", "attachments",
      "am", "pm", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "mr", "mrs", "ms", "dr", "hon", "honorable", "sheriff", "sheriffs", "deputy",
      "chief", "director", "assistant", "associate", "executive", "acting", "special", "agent", "officer",
      "officers", "deportation", "detention", "supervisory", "manager", "program", "programs", "office",
      "offices", "field", "clerk", "commissioner", "commissioners", "board", "county", "city", "state",
      "department", "agency", "division", "unit", "section", "act", "law", "enforcement", "immigration",
      "customs", "homeland", "security", "removal", "operations", "jail", "staff", "report", "meeting",
      "regular", "agenda", "minutes", "memorandum", "agreement", "agreements", "purpose", "authority", "policy",
      "training", "costs", "expenditures", "approval", "signatures", "status", "inquiry", "application",
      "pending", "jurisdiction", "jurisdictions", "participating", "nationality", "information",
      "requesting", "prepared", "lea", "moa", "ice", "ero", "hsi", "dhs", "if", "we", "our", "you",
      "your", "i", "it", "is", "are", "be", "will", "all", "any", "each", "no", "not");

  /**
   * The stretches of a sentence worth the finder's time: each candidate pair with {@link #CONTEXT_WORDS}
   * words either side (cut at the sentence's ends), overlapping stretches joined, in text order.
   */
  static List<Span> windows(String pageText, Span sentence, List<Mention> known) {
    List<Span> out = new ArrayList<>();
    Matcher m = PAIR.matcher(pageText);
    int from = sentence.getStart();
    while (from < sentence.getEnd() && m.region(from, sentence.getEnd()).find()) {
      from = m.start(2);
      if (!worthTrying(m, known)) {
        continue;
      }
      int start = wordsBack(pageText, m.start(), sentence.getStart());
      int end = wordsOn(pageText, m.end(), sentence.getEnd());
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && start <= last.getEnd()) {
        out.set(out.size() - 1, new Span(last.getStart(), Math.max(last.getEnd(), end)));
      } else {
        out.add(new Span(start, end));
      }
    }
    return out;
  }

  private static boolean worthTrying(Matcher pair, List<Mention> known) {
    if (never(pair.group(1)) && never(pair.group(2))) {
      return false;
    }
    int start = pair.start();
    int end = pair.end();
    return known.stream().noneMatch(k -> k.start() <= start && end <= k.end());
  }

  private static boolean never(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return NEVER_A_NAME.contains(w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w);
  }

  /** Where the {@link #CONTEXT_WORDS}-th whitespace-separated word before {@code at} starts, not before {@code limit}. */
  private static int wordsBack(String text, int at, int limit) {
    int i = at;
    for (int words = 0; words < CONTEXT_WORDS && i > limit; words++) {
      while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  /** Where the {@link #CONTEXT_WORDS}-th whitespace-separated word after {@code at} ends, not after {@code limit}. */
  private static int wordsOn(String text, int at, int limit) {
    int i = at;
    for (int words = 0; words < CONTEXT_WORDS && i < limit; words++) {
      while (i < limit && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < limit && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }
}
