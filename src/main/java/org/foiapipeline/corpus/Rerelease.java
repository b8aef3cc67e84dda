package org.foiapipeline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.foiapipeline.foia.ExemptionFinder;

/**
 * Turns a draft into another release of the same document, the way an agency re-processes a FOIA request:
 * other names, e-mail addresses and phone numbers hidden, other exemption codes printed beside the boxes, a
 * new Bates range, and sometimes a cover page. Words under a box already drawn stay hidden (they were never
 * kept); tokens that carry a contact's evidence are never hidden, so the copy records the same contacts.
 */
final class Rerelease {
  private static final List<Exemption> PRIVACY = List.of(
      new Exemption("(b)(6)", List.of("(b)(6)")),
      new Exemption("(b)(6), (b)(7)(C)", List.of("(b)(6)", "(b)(7)(C)")),
      new Exemption("(b)(6);(b)(7)(C)", List.of("(b)(6)", "(b)(7)(C)")),
      new Exemption("b6, b7c", List.of("(b)(6)", "(b)(7)(C)")),
      new Exemption("(b)(7)(C)", List.of("(b)(7)(C)")));
  private static final Pattern PHONE = Pattern.compile(".*\\b555-01\\d\\d\\b.*|\\(\\d{3}\\)");
  private static final Pattern EMAIL = Pattern.compile("<?[^\\s@]+@[^\\s@]+>?[,.;]?");

  private final Random r;
  private final Metrics metrics;
  private final ExemptionFinder finder = new ExemptionFinder();
  private final TreeSet<String> exemptions = new TreeSet<>();

  private Rerelease(Random r, Metrics metrics) {
    this.r = r;
    this.metrics = metrics;
  }

  /**
   * Release number {@code release} (2 or more) of {@code d}.
   *
   * @param cover whether the release starts with a FOIA office cover page
   */
  static Draft of(Draft d, int release, boolean cover, Random r, Metrics metrics) {
    return new Rerelease(r, metrics).draft(d, release, cover);
  }

  private Draft draft(Draft d, int release, boolean cover) {
    List<Block> blocks = new ArrayList<>();
    if (cover) {
      blocks.addAll(cover(d, release));
    }
    d.blocks().forEach(b -> blocks.add(block(b)));
    Draft.Furniture f = d.furniture();
    int year = d.date().getYear() + 2 + r.nextInt(3);
    String bates = r.nextBoolean() ? "ICE-" + year + "-FOIA-%06d" : "DHS-" + String.format(Locale.ROOT, "%03d", release) + "-%05d";
    Draft.Furniture furniture = new Draft.Furniture(bates, 1 + r.nextInt(20000), f.pageLabel(), f.faxHeader(), f.style());
    return new Draft(d.kind(), d.date(), blocks, d.contacts(), List.copyOf(exemptions), furniture);
  }

  private Block block(Block b) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(tokens(p.tokens()), p.align(), p.indent());
    }
    if (b instanceof Block.Row row) {
      return new Block.Row(row.cells().stream().map(c -> new Block.Cell(c.offset(), tokens(c.tokens()))).toList(), row.boxed());
    }
    return b;
  }

  private List<Token> tokens(List<Token> in) {
    List<Token> out = new ArrayList<>();
    for (Token t : in) {
      Token next = t.redaction() ? recode(t) : hideMaybe(t);
      boolean hidden = !t.redaction() && next.redaction();
      if (hidden && !out.isEmpty() && out.get(out.size() - 1).redaction()) {
        continue; // one box covers "(555) 555-0100" whole, as a reviewer would draw it
      }
      out.add(next);
    }
    return out;
  }

  /** An existing box: the same box, with its label sometimes printed another way. */
  private Token recode(Token t) {
    List<String> codes = finder.find(t.text());
    boolean privacy = codes.contains("(b)(6)") || codes.contains("(b)(7)(C)");
    Exemption ex = privacy && r.nextDouble() < 0.6 ? PRIVACY.get(r.nextInt(PRIVACY.size())) : new Exemption(t.text(), codes);
    exemptions.addAll(ex.codes());
    return new Token(ex.printed(), t.style(), t.glue(), List.of(), true, t.hiddenWidth());
  }

  /** A name, e-mail address or phone number this release also hides (about half of them). */
  private Token hideMaybe(Token t) {
    if (!hideable(t) || r.nextDouble() >= 0.5) {
      return t;
    }
    Exemption ex = PRIVACY.get(r.nextInt(PRIVACY.size()));
    exemptions.addAll(ex.codes());
    return new Token(ex.printed(), t.style(), t.glue(), List.of(), true, Math.max(18f, metrics.width(t)));
  }

  private static boolean hideable(Token t) {
    if (t.marks().stream().anyMatch(m -> m instanceof Mark.ContactMark)) {
      return false;
    }
    boolean person = !t.marks().isEmpty()
        && t.marks().stream().allMatch(m -> m instanceof Mark.EntityMark em && em.entity().type().equals("person"));
    return person || PHONE.matcher(t.text()).matches() || EMAIL.matcher(t.text()).matches();
  }

  private List<Block> cover(Draft d, int release) {
    Style title = new Style(Style.Face.SANS, 14f);
    Style body = new Style(Style.Face.SERIF, 11f);
    String request = d.date().getYear() + 1 + "-ICFO-" + String.format(Locale.ROOT, "%05d", 10000 + r.nextInt(89999));
    String ice = Actors.ICE.name();
    // The agency's name is an entity mention like any other, so gold counts it.
    Token agency = new Token(ice, title, false, List.of(new Mark.EntityMark(Actors.ICE, ice)), false, 0);
    return List.of(
        new Block.Paragraph(List.of(agency), Block.Align.CENTER, 0),
        paragraph("Freedom of Information Act Office", title, Block.Align.CENTER),
        new Block.Gap(30),
        paragraph("FOIA Request " + request + " - Supplemental Release " + (release - 1), body, Block.Align.LEFT),
        paragraph("The enclosed records were re-processed following an administrative appeal. Portions are"
            + " withheld under the exemptions marked beside each redaction.", body, Block.Align.LEFT),
        new Block.PageBreak());
  }

  private static Block.Paragraph paragraph(String text, Style style, Block.Align align) {
    List<Token> tokens = new ArrayList<>();
    for (String w : text.split(" ")) {
      tokens.add(Token.word(w, style, false));
    }
    return new Block.Paragraph(tokens, align, 0);
  }
}
