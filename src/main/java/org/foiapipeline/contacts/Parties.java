package org.foiapipeline.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Which resolved mentions name a party to a contact: federal agencies ({@code agency:*}) on one side,
 * jurisdictions on the other. A jurisdiction is a county or place, or a state when the mention names a state
 * agency (type AGENCY, e.g. "Virginia Department of Corrections"); a bare state name in an address is not a
 * party. Email addresses on federal domains name their agency.
 */
final class Parties {
  private static final Pattern ADDRESS = Pattern.compile("[\\w.'+-]+@(?<domain>[\\w-]+(?:\\.[\\w-]+)+)");
  private static final Map<String, String> DOMAINS =
      Map.of(
          "ice.dhs.gov", "agency:ice",
          "cbp.dhs.gov", "agency:cbp",
          "uscis.dhs.gov", "agency:uscis",
          "oig.dhs.gov", "agency:dhs-oig",
          "hq.dhs.gov", "agency:dhs",
          "dhs.gov", "agency:dhs",
          "usdoj.gov", "agency:doj",
          "fbi.gov", "agency:fbi",
          "ic.fbi.gov", "agency:fbi");
  private static final Pattern OFFICE =
      Pattern.compile(
          "sheriff|police|jail|detention|correction|commission|board|court|council|department|office|patrol"
              + "|attorney|bureau|division|government",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CITY_LINE_REST =
      Pattern.compile("^\\s*,?\\s*[A-Z][A-Za-z. ]{1,20}\\s+\\d{5}(?:-\\d{4})?\\b");

  private static final Pattern FEDERAL_OFFICE_REST =
      Pattern.compile("^\\s+(?:Field Office|Sector|Area Port|Port of Entry|Sub-?Office|Resident Office)\\b");

  private Parties() {}

  static boolean isAgency(ResolvedMention m) {
    return m.isResolved() && m.entityId().startsWith("agency:");
  }

  static boolean isJurisdiction(ResolvedMention m) {
    String id = m.entityId();
    return id.startsWith("county:")
        || id.startsWith("place:")
        || (id.startsWith("state:") && m.mention().type() == EntityType.AGENCY);
  }

  /**
   * The page's resolved mentions that lie inside {@code [start, end)}, in page order, without the city of a
   * postal address ("Alice, TX 78332") or of a federal office ("Baltimore Field Office"): those name where
   * an office is, not a party.
   */
  static List<ResolvedMention> within(AnnotatedPage page, int start, int end) {
    return page.mentions().stream()
        .filter(m -> m.mention().start() >= start && m.mention().end() <= end)
        .filter(m -> !(isJurisdiction(m) && !namesOffice(m) && placeNameOnly(page.text(), m)))
        .sorted(Comparator.comparingInt(m -> m.mention().start()))
        .toList();
  }

  /** A city in a postal address, or the city a federal office is named after ("Baltimore Field Office"). */
  private static boolean placeNameOnly(String text, ResolvedMention m) {
    int end = m.mention().end();
    int lineEnd = text.indexOf('\n', end);
    String rest = text.substring(Math.min(end, text.length()), lineEnd < 0 ? text.length() : lineEnd);
    return CITY_LINE_REST.matcher(rest).find() || FEDERAL_OFFICE_REST.matcher(rest).find();
  }

  /** Agency ids named by the mentions, in order. */
  static Set<String> agencies(List<ResolvedMention> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    mentions.stream().filter(Parties::isAgency).forEach(m -> ids.add(m.entityId()));
    return ids;
  }

  /** Agency ids named by federal email addresses in the text. */
  static Set<String> agenciesByAddress(String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      String domain = m.group("domain").toLowerCase(Locale.ROOT);
      String id = DOMAINS.get(domain);
      if (id == null && domain.endsWith(".ice.dhs.gov")) {
        id = "agency:ice";
      }
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Whether the text holds an email address that is not on a federal domain (a local party's). */
  static boolean hasLocalAddress(String text) {
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      String domain = m.group("domain").toLowerCase(Locale.ROOT);
      if (!DOMAINS.containsKey(domain) && !domain.endsWith("dhs.gov") && !domain.endsWith("fbi.gov")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Jurisdiction ids named by the mentions: offices first ("Stark County Sheriff's Office", "City of
   * Dickinson"), bare names after, each once.
   */
  static List<String> jurisdictions(List<ResolvedMention> mentions) {
    List<ResolvedMention> js = mentions.stream().filter(Parties::isJurisdiction).toList();
    List<String> ordered = new ArrayList<>();
    js.stream().filter(Parties::namesOffice).forEach(m -> ordered.add(m.entityId()));
    js.forEach(m -> ordered.add(m.entityId()));
    return List.copyOf(new LinkedHashSet<>(ordered));
  }

  private static boolean namesOffice(ResolvedMention m) {
    return OFFICE.matcher(m.mention().text()).find();
  }
}
