package org.foiapipeline.nlp;

import java.util.List;

/**
 * A federal agency with the names it goes by.
 *
 * @param id e.g. {@code agency:ice}
 * @param aliases names and acronyms; an all-capitals alias must be written in capitals to count
 */
public record AgencyRecord(String id, String name, List<String> aliases) {
  public AgencyRecord {
    aliases = List.copyOf(aliases);
  }
}
