package org.foiapipeline.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Filters that narrow a search or a contact table. Empty means "no filter".
 *
 * @param agencies agency ids, any of which must be present
 * @param jurisdictions jurisdiction ids (county:, place:, state:), any of which must be present
 * @param state USPS state code
 * @param from earliest document (or contact) date, inclusive
 * @param to latest date, inclusive
 * @param kind contact kind label
 * @param exemption exemption code as normalised, e.g. {@code (b)(6)}
 */
public record Filters(
    List<String> agencies,
    List<String> jurisdictions,
    Optional<String> state,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> kind,
    Optional<String> exemption) {
  public Filters {
    agencies = List.copyOf(agencies);
    jurisdictions = List.copyOf(jurisdictions);
  }

  public static final Filters NONE =
      new Filters(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
