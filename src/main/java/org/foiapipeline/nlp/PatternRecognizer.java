package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Local agencies by pattern (source {@code pattern}): county offices anchored on a gazetteer county name,
 * state agencies anchored on a state name, ICE field offices, city police departments and "City of X".
 * Thread-safe.
 */
public final class PatternRecognizer implements Recognizer {
  private final Gazetteer gazetteer;
  private final Set<String> stateCodes;

  public PatternRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.stateCodes =
        ReferenceData.standard().states().stream().map(StateRecord::code).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Mention> find(String pageText) {
    List<Token> tokens = TextTokens.tokenize(pageText);
    return find(pageText, tokens, gazetteer.hits(tokens));
  }

  /** The patterns over already tokenised text and its gazetteer hits (lets a caller tokenise once). */
  public List<Mention> find(String pageText, List<Token> tokens, List<GazetteerHit> hits) {
    List<Mention> out = new ArrayList<>(OfficePatterns.find(pageText, tokens, hits));
    out.addAll(PlacePatterns.find(pageText, tokens));
    List<Mention> locals = new ArrayList<>(out);
    hits.stream().filter(h -> h.entry().type() == EntityType.COUNTY)
        .forEach(h -> locals.add(new Mention("", EntityType.COUNTY, h.start(), h.end(), "gazetteer")));
    out.addAll(AddressPatterns.find(pageText, tokens, hits, stateCodes, locals));
    return out;
  }
}
