package org.foiapipeline.contacts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say an interaction happened and what kind it was.
 *
 * <p>Verb cues ("applied for", "requested information", "signed", "met with", "nominated officers") say
 * an interaction happened; when a passage holds several, the first one wins, because the main verb of an
 * English sentence usually comes before the clauses that hang off it. Noun cues ("agreement", "training",
 * "meeting") only colour correspondence that is already a contact. Status words read one line of a table.
 */
final class Cues {
  /** A matched cue: its kind and where it stands in the text it was found in. */
  record Cue(ContactKind kind, int start, int end) {}

  private record Rule(ContactKind kind, Pattern pattern) {}

  private static final List<Rule> VERBS =
      List.of(
          rule(ContactKind.INQUIRY,
              "inquir(?:ed|es|ing|y|ies)|enquir(?:ed|y)|requested (?:more )?(?:information|details|guidance)"
                  + "|request(?:s|ing)? (?:for )?(?:more )?information|express(?:ed|es|ing) (?:an |its |their |our |his |her )?interest"
                  + "|asked (?:about|for information)|interested in (?:joining|participating|the|learning)"
                  + "|would like (?:more )?information|learn more about|reached out"),
          rule(ContactKind.APPLICATION,
              "appl(?:y|ied|ying|ies) (?:for|to (?:join|participate|ICE))|submitted (?:an?|the|its|our|their|his|her) (?:\\S+ )?(?:application|request to|letter of intent)"
                  + "|application (?:for|to join|to participate|was submitted|has been submitted)|voted to (?:apply|join|participate|pursue|enter|seek)"
                  + "|request(?:ed|s|ing)? to (?:participate|join|enter)|seek(?:s|ing)? to (?:participate|join)"
                  + "|(?:request|application) (?:has been|was) forwarded|forwarded to headquarters"),
          rule(ContactKind.AGREEMENT,
              "signed|executed (?:the|an?|its|their) (?:287\\(g\\) )?(?:MOA|MOU|agreement|memorandum)|entered into|renew(?:ed|s|ing) (?:the|its|their|our)|(?:approved|authorized) (?:the|an?) (?:memorandum|MOA|agreement)"),
          rule(ContactKind.TRAINING,
              "nominat(?:ed|es|ing)|attend(?:ed|s|ing)? (?:the )?(?:287\\(g\\) )?(?:training|academy|course)|completed (?:the )?(?:287\\(g\\) )?training"
                  + "|trained|graduated|training (?:class|session|dates|course|was held|is scheduled|begins|scheduled)"
                  + "|(?:will|to) (?:be )?train"),
          rule(ContactKind.MEETING,
              "met with|meet(?:s|ing)? with|(?:will|to) meet|meeting (?:was held|took place|on|at)|site visit|visited|conference call|teleconference|briefed|briefing"
                  + "|presented an overview|(?:gave|made|delivered) a presentation|presentation (?:on|about|to|regarding)"));

  private static final List<Rule> NOUNS =
      List.of(
          rule(ContactKind.AGREEMENT, "memorandum of (?:agreement|understanding)|\\bMOA\\b|\\bMOU\\b|agreement"),
          rule(ContactKind.APPLICATION, "application|apply|applied"),
          rule(ContactKind.TRAINING, "training"),
          rule(ContactKind.MEETING, "meeting"),
          rule(ContactKind.INQUIRY, "inquiry|interest(?:ed)?|question"));

  private static final List<Rule> STATUS =
      List.of(
          rule(ContactKind.AGREEMENT, "signed|\\bMOA\\b|agreement|active|participating|executed|renewed"),
          rule(ContactKind.APPLICATION, "applied|application|pending|submitted"),
          rule(ContactKind.TRAINING, "trained|training|nominated"),
          rule(ContactKind.MEETING, "met|meeting"),
          rule(ContactKind.INQUIRY, "interested|interest|inquir(?:y|ed)|info(?:rmation)? requested|requested info"),
          rule(ContactKind.OTHER, "declined|withdr[ae]w"));

  private static final Pattern NOT_A_CONTACT =
      Pattern.compile(
          "\\bnot interested\\b|\\bno (?:response|contact|interest)\\b|\\bnone\\b|\\bn/a\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATION =
      Pattern.compile(
          "\\b(?:not|never|no longer|neither|nor|declined to|refused to|has yet to|have yet to)\\b|n't\\b",
          Pattern.CASE_INSENSITIVE);

  private Cues() {}

  private static Rule rule(ContactKind kind, String regex) {
    return new Rule(kind, Pattern.compile("(?<![\\w])(?:" + regex + ")", Pattern.CASE_INSENSITIVE));
  }

  /** The first verb cue in the text, unless a negation stands just before it ("has not applied"). */
  static Optional<Cue> verb(String text) {
    Optional<Cue> first = first(VERBS, text);
    return first.filter(c -> !negated(text, c.start()));
  }

  /** The first verb cue, else the first noun cue. */
  static Optional<Cue> any(String text) {
    return verb(text).or(() -> first(NOUNS, text));
  }

  /** The kind a table line's status word gives, or empty when the line records no interaction. */
  static Optional<ContactKind> status(String line) {
    if (NOT_A_CONTACT.matcher(line).find()) {
      return Optional.empty();
    }
    return first(STATUS, line).map(Cue::kind);
  }

  private static boolean negated(String text, int cueStart) {
    Matcher m = NEGATION.matcher(text.substring(Math.max(0, cueStart - 25), cueStart));
    return m.find();
  }

  private static Optional<Cue> first(List<Rule> rules, String text) {
    Cue best = null;
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = new Cue(rule.kind(), m.start(), m.end());
      }
    }
    return Optional.ofNullable(best);
  }
}
